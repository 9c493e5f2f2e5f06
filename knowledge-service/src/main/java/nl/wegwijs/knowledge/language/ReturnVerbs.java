package nl.wegwijs.knowledge.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coming back told from giving back, in Russian and Ukrainian. Russian stems "вернуть" (give back: "нужно вернуть
 * huurtoeslag") and "вернуться" (come back: "вернуться в Украину") alike ("вернут"), "вернул" and "вернулся" too; the
 * Ukrainian lemmas "повернути" and "повернутися" differ only in an ending the lexicon forgives. So the lexicon
 * could not name paying a benefit back without naming every return home. Analysis reads the reflexive forms
 * (ending in -ся/-сь: вернуться, вернусь, возвращаюсь, повернутися, повертаюся, повернувшись) as the noun "return"
 * ("возвращение", "повернення"), which is what they say, and which the lexicon's "возвращение в украину" names;
 * "вернуть", "повернути", "повертати" stay verbs of giving back. Russian and Ukrainian only.
 */
final class ReturnVerbs {

    /** Cheap test first: most texts have no such word. */
    private static final Pattern ANY = Pattern.compile("(?iu)вер[нт]|возвра");

    /**
     * A reflexive form of вернуться/возвращаться/возвратиться (ru) or (по)вернутися/(по)вертатися (uk, and the
     * Russian-looking "вернутися"): the stem, anything, then -ся or -сь at the end of the word.
     */
    private static final Pattern COMING_BACK = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:по)?(?:верн|верт|возвра[тщ])\\p{L}*(?:ся|сь)(?![\\p{L}])",
            Pattern.UNICODE_CHARACTER_CLASS);

    private ReturnVerbs() {}

    /** The text with every reflexive return verb written as the noun "return" of the language; else as it is. */
    static String comingBackAsNoun(String text, String language) {
        String noun = switch (language) {
            case "ru" -> "возвращение";
            case "uk" -> "повернення";
            default -> null;
        };
        if (noun == null || text == null || !ANY.matcher(text).find()) {
            return text;
        }
        Matcher m = COMING_BACK.matcher(text);
        return m.find() ? m.replaceAll(noun) : text;
    }
}
