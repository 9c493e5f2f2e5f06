package nl.wegwijs.knowledge.language;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a text is detectably written in another language than the one it is filed under, by its letters
 * only: Cyrillic text under a language written in another script (a Ukrainian question as the title of a
 * Dutch translation), Russian under Ukrainian and Ukrainian under Russian by the letters and common words
 * only one of them has. Latin letters under Ukrainian or Russian are never called wrong: people write both
 * in Latin letters (transliteration), and a name or abbreviation (BSN, UWV, DigiD) is Latin in every language.
 */
public final class Scripts {

    /** Languages written in Cyrillic letters (ISO 639-1). */
    private static final Set<String> CYRILLIC = Set.of(
            "uk", "ru", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "cv", "ce", "os", "kv", "ab");

    private Scripts() {}

    public static boolean writtenInCyrillic(String language) {
        return CYRILLIC.contains(language);
    }

    /**
     * What the text is written in instead of {@code language} ("Cyrillic letters (Ukrainian, it seems)",
     * "Russian"), or empty when nothing says so. Cyrillic counts when most of the letters are; Ukrainian and
     * Russian need clear clues for the one and none for the other.
     */
    public static Optional<String> otherThan(String text, String language) {
        if (text == null || text.isBlank() || cyrillicShare(text) <= 0.5) {
            return Optional.empty();
        }
        TextAnalysis.CyrillicClues clues = TextAnalysis.cyrillicClues(text);
        if (!writtenInCyrillic(language)) {
            String guess = clues.russian() > clues.ukrainian() ? "Russian" : clues.ukrainian() > 0 ? "Ukrainian" : null;
            return Optional.of("Cyrillic letters" + (guess == null ? "" : " (" + guess + ", it seems)"));
        }
        if ("uk".equals(language) && clues.russian() >= 3 && clues.ukrainian() == 0) {
            return Optional.of("Russian");
        }
        if ("ru".equals(language) && clues.ukrainian() >= 3 && clues.russian() == 0) {
            return Optional.of("Ukrainian");
        }
        return Optional.empty();
    }

    /** The language's name in English ("Dutch"), or the code when Java does not know it. */
    public static String name(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equals(language) ? language : name;
    }

    /** The share of the text's letters that are Cyrillic. */
    static double cyrillicShare(String text) {
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                }
            }
        }
        return letters == 0 ? 0 : cyrillic / (double) letters;
    }
}
