package nl.wegwijs.knowledge.articles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.IsoLanguages;

/**
 * One language version of a draft or article. {@code outdated}: the source language changed after
 * this translation was last edited.
 */
public record TranslationText(String title, String body, boolean outdated) {

    /**
     * Every translation's key must be an ISO 639-1 language code ({@code uk}, {@code ru}, {@code nl},
     * {@code en}, ...): 400 naming each other key as field {@code translations.<key>} (as JSON paths name
     * map entries), so "xx" never becomes a language of a draft or article.
     */
    public static void requireLanguages(Collection<String> languages) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String language : languages) {
            if (!IsoLanguages.isCode(language)) {
                String shown = language == null ? "" : language.length() > 16 ? language.substring(0, 16) : language;
                problems.add(new FieldProblem(
                        "translations." + shown, "must be an ISO 639-1 language code such as uk, ru, nl or en"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /**
     * Applies an editor's changes: changed translations are stored and no longer outdated; when the
     * source language's text changes, every other translation not changed in the same edit becomes
     * outdated.
     */
    public static Map<String, TranslationText> merge(
            Map<String, TranslationText> existing, Map<String, TranslationText> incoming, String sourceLanguage) {
        Map<String, TranslationText> result = new LinkedHashMap<>(existing);
        boolean sourceChanged = false;
        for (var e : incoming.entrySet()) {
            TranslationText before = existing.get(e.getKey());
            TranslationText after =
                    new TranslationText(e.getValue().title(), e.getValue().body(), false);
            boolean changed = before == null
                    || !Objects.equals(before.title(), after.title())
                    || !Objects.equals(before.body(), after.body());
            if (changed) {
                result.put(e.getKey(), after);
                if (e.getKey().equals(sourceLanguage) && before != null) {
                    sourceChanged = true;
                }
            }
        }
        if (sourceChanged) {
            for (var e : existing.entrySet()) {
                boolean editedNow = incoming.containsKey(e.getKey())
                        && !e.getKey().equals(sourceLanguage)
                        && changedIn(existing, incoming, e.getKey());
                if (!e.getKey().equals(sourceLanguage) && !editedNow) {
                    TranslationText t = result.get(e.getKey());
                    result.put(e.getKey(), new TranslationText(t.title(), t.body(), true));
                }
            }
        }
        return result;
    }

    private static boolean changedIn(
            Map<String, TranslationText> existing, Map<String, TranslationText> incoming, String language) {
        TranslationText before = existing.get(language);
        TranslationText after = incoming.get(language);
        return before == null
                || !Objects.equals(before.title(), after.title())
                || !Objects.equals(before.body(), after.body());
    }
}
