package nl.wegwijs.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vehicle registration plates: they point to a car's keeper as surely as an address does.
 *
 * <ul>
 *   <li>Dutch plates in every sidecode, letters in capitals: with dashes ("12-ABC-3", "AB-12-CD", "99-XX-99",
 *       "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"), and the sidecodes since 1978 also
 *       without ("12ABC3", "AB12CD"); the older ones without dashes are left, as "1234AB" is a postcode and "UA2022",
 *       "ABCD12" may be anything;
 *   <li>Ukrainian plates: two region letters, four digits and two letters, in the Latin or Cyrillic letters a plate
 *       uses (А В С Е Н І К М О Р Т Х and their Latin look-alikes), with or without spaces ("AA 1234 BB", "АА1234ВВ",
 *       "KA 5678 IX");
 *   <li>after a word for a plate ("kenteken", "номер", "номерами", "licence plate", "держномер"; "kenteken is"),
 *       either kind also in small letters or with spaces ("kenteken 12 abc 3", "номер аа 1234 вв").
 * </ul>
 *
 * Ordinary tokens of a similar look stay: language levels ("B1-B2", "A2"), times, postcodes ("1234 AB"), ISCO codes
 * and years (digits only), "COVID-19". The plate becomes {@code [plate]}; the word before it stays.
 */
final class Plates {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** The Dutch sidecodes 1 to 14, letters L and digits D, groups split where the dashes go. */
    private static final List<String> SIDECODES = List.of(
            "LL DD DD",
            "DD DD LL",
            "DD LL DD",
            "LL DD LL",
            "LL LL DD",
            "DD LL LL",
            "DD LLL D",
            "D LLL DD",
            "LL DDD L",
            "L DDD LL",
            "LLL DD L",
            "L DD LLL",
            "D LL DDD",
            "DDD LL D");
    /** The sidecodes written without dashes too: those since 1978 (4 and 7 to 14). */
    private static final List<Integer> UNDASHED = List.of(4, 7, 8, 9, 10, 11, 12, 13, 14);

    private static final String UKRAINIAN_LETTER = "[ABCEHIKMOPTXАВСЕНІКМОРТХ]";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}\\-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])";

    private static final Pattern DUTCH =
            Pattern.compile(BEFORE + "(?:" + sidecodes("-", "[A-Z]", true) + ")" + AFTER, FLAGS);
    private static final Pattern UKRAINIAN = Pattern.compile(
            BEFORE + UKRAINIAN_LETTER + "{2}[\\h-]?[0-9]{4}[\\h-]?" + UKRAINIAN_LETTER + "{2}" + AFTER, FLAGS);

    private static final String PLATE_WORD = "(?<![\\p{L}])(?iu:kenteken\\p{L}*|nummerbord\\p{L}*|licen[cs]e\\h+plate"
            + "|number\\h+plate|registration\\h+(?:number|plate)|(?:car|vehicle)\\h+plate|номерн\\p{L}*\\h+знак\\p{L}*"
            + "|держномер\\p{L}*|госномер\\p{L}*|автономер\\p{L}*|номер\\p{L}*)(?![\\p{L}])[\\h:–—-]*"
            + "(?:(?iu:is|was|це|это|є)\\h+)?";
    /**
     * After a word for a plate: either kind in any letter case, spaces or dashes between the groups; a Ukrainian plate
     * tried first, as "AA 12" of "AA 1234 BB" has the shape of a Dutch plate's start.
     */
    private static final Pattern AFTER_PLATE_WORD = Pattern.compile(
            "(?<word>" + PLATE_WORD + ")(?<plate>(?iu:" + UKRAINIAN_LETTER + "{2}[\\h-]?[0-9]{4}[\\h-]?"
                    + UKRAINIAN_LETTER + "{2}|" + sidecodes("[\\h-]?", "[A-Z]", false) + "))" + AFTER,
            FLAGS);

    private Plates() {}

    static String redact(String text) {
        String result = text;
        if (mentionsAPlateWord(result)) {
            result = AFTER_PLATE_WORD
                    .matcher(result)
                    .replaceAll(m -> Matcher.quoteReplacement(m.group("word") + Redactor.PLATE));
        }
        result = UKRAINIAN.matcher(result).replaceAll(Matcher.quoteReplacement(Redactor.PLATE));
        return DUTCH.matcher(result).replaceAll(Matcher.quoteReplacement(Redactor.PLATE));
    }

    /** Spellings of the words for a plate to look for before the pattern is tried (most texts have none). */
    private static final List<String> PLATE_WORD_PARTS = List.of(
            "номер",
            "Номер",
            "НОМЕР",
            "kenteken",
            "Kenteken",
            "KENTEKEN",
            "nummerbord",
            "Nummerbord",
            "plate",
            "Plate",
            "PLATE",
            "registration",
            "Registration");

    private static boolean mentionsAPlateWord(String text) {
        for (String part : PLATE_WORD_PARTS) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sidecodes as one alternation: each group of L as {@code letter}, of D as a digit, {@code dash} between the
     * groups; {@code undashedToo}: the recent sidecodes also without dashes.
     */
    private static String sidecodes(String dash, String letter, boolean undashedToo) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < SIDECODES.size(); i++) {
            String[] groups = SIDECODES.get(i).split(" ");
            List<String> parts = new ArrayList<>();
            for (String group : groups) {
                parts.add((group.charAt(0) == 'L' ? letter : "[0-9]") + "{" + group.length() + "}");
            }
            alternatives.add(String.join(dash, parts));
            if (undashedToo && UNDASHED.contains(i + 1)) {
                alternatives.add(String.join("", parts));
            }
        }
        return String.join("|", alternatives);
    }
}
