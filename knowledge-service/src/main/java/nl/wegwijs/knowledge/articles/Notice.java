package nl.wegwijs.knowledge.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.knowledge.language.Scripts;

/**
 * Something an editor should know about what was just published or changed, which did not stop it: a
 * translation published marked as possibly out of date, a translation left out. {@code field} names the
 * translation ({@code translations.uk}), as errors name fields.
 */
public record Notice(String field, String message) {

    /** The languages whose translation is flagged outdated, in language order. */
    public static List<String> outdatedLanguages(Map<String, TranslationText> translations) {
        return translations.entrySet().stream()
                .filter(e -> e.getValue().outdated())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** One notice per outdated translation: the public sees it marked as possibly out of date. */
    public static List<Notice> outdated(Map<String, TranslationText> translations, String sourceLanguage) {
        List<Notice> notices = new ArrayList<>();
        for (String language : outdatedLanguages(translations)) {
            notices.add(new Notice(
                    "translations." + language,
                    "may be out of date: the " + name(sourceLanguage) + " (" + sourceLanguage
                            + ") text changed after this translation was last edited; readers of "
                            + name(language) + " see it marked as possibly out of date until it is updated"));
        }
        return notices;
    }

    private static String name(String language) {
        return Scripts.name(language);
    }
}
