package nl.wegwijs.knowledge.articles;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One language version of a draft or article. {@code outdated}: the source language changed after
 * this translation was last edited.
 */
public record TranslationText(String title, String body, boolean outdated) {

    /** A translation's key must be a two-letter language code (400 otherwise). */
    public static String requireLanguage(String language) {
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new nl.wegwijs.platform.web.InvalidRequestException(
                    "translations", "keys must be two-letter language codes such as uk, ru, nl, en");
        }
        return language;
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
