package nl.wegwijs.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of identity documents: a number after a word for a passport, ID card or residence document
 * in uk/ru/nl/en ("паспорт № FX123456", "ID-картка 001234567", "paspoort NW92BD4C1", "passport
 * number 12 34 56 78 9"), or for the IND's client number of a foreign national ("V-nummer 1234567890",
 * ten digits; also "Номер V 1234567890" in a Ukrainian or Russian sentence, and a capital V with ten digits wherever it
 * stands), and two shapes that are a document number wherever they stand: a Ukrainian
 * passport (two capital letters and six digits, "FX123456", "КВ №123456") and a Dutch passport or ID
 * card (nine capitals and digits, two letters first, a digit last, no letter O: "NW92BD4C1"). Only
 * the number becomes {@code [document]}; "Загубила паспорт, що робити?" stays.
 */
final class Documents {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private static final String KEYWORD = "(?iu:(?:закордонн\\p{L}*\\h+)?паспорт\\p{L}*|passport|paspoort|reisdocument"
            + "|id[\\h-]?(?:card|kaart|картк\\p{L}*|карт\\p{L}*)|identiteitskaart|identity\\h+card"
            + "|посвідк\\p{L}*|посвідчен\\p{L}*|удостоверени\\p{L}*|verblijfs(?:document|vergunning|pas)"
            + "|residence\\h+(?:permit|document)|документ\\p{L}*|document(?:nummer)?"
            + "|v[\\h-]?(?:nummer|nr\\.?|number)|vreemdelingennummer|vreemdelingen\\h?nr\\.?|alien\\h+number"
            + "|(?:номер\\p{L}*|number|nummer|nr\\.?|№)\\h*(?-i:[VВ])(?=[\\h-]?\\d))";
    /** What may stand between the word and the number: "№", "nr.", "number", "серія", ":". */
    private static final String LINK = "(?:\\h|[:#№.,\\-]|(?iu:серія|серії|серия|серии|series|номер|номеру|nummer"
            + "|number|nr|no|n°|is)(?![\\p{L}]))*";

    private static final String UKRAINIAN_LETTERS = "[A-ZА-ЯІЇЄҐ]";
    /** Up to two capitals then six to ten digits, single spaces or dashes between; or the Dutch shape. */
    private static final String NUMBER = "(?<![\\p{L}\\p{N}])(?:(?:" + UKRAINIAN_LETTERS
            + "{1,2}\\h?[№#]?\\h?)?\\d(?:[\\h-]?\\d){5,9}" + "|[A-Za-z]{2}[A-Za-z0-9]{6}\\d)(?![\\p{L}\\p{N}])";

    private static final Pattern AFTER_KEYWORD =
            Pattern.compile("(?<![\\p{L}])(?<keyword>" + KEYWORD + LINK + ")(?<number>" + NUMBER + ")", FLAGS);
    private static final Pattern UKRAINIAN_PASSPORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + UKRAINIAN_LETTERS
                    + "{2}\\h?[№#]?\\h?(?:\\d{6}|\\d{3}[\\h-]\\d{3})(?![\\p{L}\\p{N}])",
            FLAGS);
    /** A V-nummer written as the IND writes it, a capital V and ten digits: "V 1234567890", "V1234567890". */
    private static final Pattern V_NUMBER =
            Pattern.compile("(?<![\\p{L}\\p{N}])V[\\h-]?\\d{10}(?![\\p{L}\\p{N}])", FLAGS);

    private static final Pattern DUTCH_DOCUMENT =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-NP-Z]{2}[A-NP-Z0-9]{6}\\d(?![\\p{L}\\p{N}])", FLAGS);

    private Documents() {}

    static String redact(String text) {
        Matcher m = AFTER_KEYWORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean document =
                    digits(m.group("number")) >= 6 || m.group("number").length() == 9;
            m.appendReplacement(
                    out, Matcher.quoteReplacement(document ? m.group("keyword") + Redactor.DOCUMENT : m.group()));
        }
        m.appendTail(out);
        String result =
                UKRAINIAN_PASSPORT.matcher(out.toString()).replaceAll(Matcher.quoteReplacement(Redactor.DOCUMENT));
        result = V_NUMBER.matcher(result).replaceAll(Matcher.quoteReplacement(Redactor.DOCUMENT));
        Matcher dutch = DUTCH_DOCUMENT.matcher(result);
        StringBuilder dutchOut = new StringBuilder();
        while (dutch.find()) {
            boolean document = digits(dutch.group()) >= 3;
            dutch.appendReplacement(dutchOut, Matcher.quoteReplacement(document ? Redactor.DOCUMENT : dutch.group()));
        }
        dutch.appendTail(dutchOut);
        return dutchOut.toString();
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
