package nl.wegwijs.platform.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth. Any date next to a word for being born in uk/ru/nl/en ("народилася 12.03.1985",
 * "born on March 12, 1985", "geb. 3-4-1990", "12.03.1985 р.н."), and any full numeric date before 2010
 * ("12.03.1985", "1985-03-12"), which in a question to the helpdesk is nearly always someone's birth
 * date. Deadlines and other dates stay: "vóór 1 januari 2027", "до 01.03.2027".
 */
final class BirthDates {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    /** Dates from this year on are not taken for a birth date without a word saying so (children's are). */
    static final int FIRST_YEAR_NOT_TAKEN_FOR_A_BIRTH_DATE = 2010;

    private static final String NUMERIC = "\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})(?![\\d])";
    private static final String ISO = "\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d])";
    private static final String WRITTEN = "\\d{1,2}(?:st|nd|rd|th|-?го|-?е)?\\.?\\h+\\p{L}{3,}\\.?,?\\h+\\d{4}(?![\\d])"
            + "|\\p{L}{3,}\\.?\\h+\\d{1,2}(?:st|nd|rd|th)?,?\\h+\\d{4}(?![\\d])";
    private static final String ANY_DATE = "(?<![\\d.])(?:" + ISO + "|" + NUMERIC + "|" + WRITTEN + ")";

    private static final String BORN =
            "(?iu:народил\\p{L}*|народив\\p{L}*|народжен\\p{L}*|дата\\h+народження|д\\.\\h?н\\."
                    + "|родил\\p{L}*|рожден\\p{L}*|дата\\h+рождения|д\\.\\h?р\\.|born|date\\h+of\\h+birth|birth\\h*date|birthday"
                    + "|d\\.o\\.b\\.?|dob|geboren|geboortedatum|geb\\.|narodylas\\p{L}*|narodyvsia|rodilas|rodilsya)";
    private static final Pattern AFTER_WORD = Pattern.compile(
            "(?<![\\p{L}])(?<word>" + BORN + "(?![\\p{L}])\\h*[:,\\-]?\\h*(?:(?iu:on|op|in|в|у|о|the|am)\\h+)?)(?<date>"
                    + ANY_DATE + ")",
            FLAGS);
    private static final Pattern BEFORE_WORD = Pattern.compile(
            "(?<date>(?<![\\d.])(?:" + ISO + "|" + NUMERIC
                    + "))(?<word>\\h*(?iu:р\\.\\h?н\\.|г\\.\\h?р\\.|року\\h+народження" + "|года\\h+рождения|geboren))",
            FLAGS);
    private static final Pattern FULL_NUMERIC = Pattern.compile(
            "(?<![\\d.])(?:(?<day>\\d{1,2})(?<sep>[./-])(?<month>\\d{1,2})\\k<sep>(?<year>\\d{4})"
                    + "|(?<isoYear>\\d{4})-(?<isoMonth>\\d{1,2})-(?<isoDay>\\d{1,2}))(?![\\d])",
            FLAGS);

    private BirthDates() {}

    static String redact(String text) {
        String result =
                AFTER_WORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group("word") + Redactor.DATE));
        result = BEFORE_WORD.matcher(result).replaceAll(m -> Matcher.quoteReplacement(Redactor.DATE + m.group("word")));
        Matcher m = FULL_NUMERIC.matcher(result);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(beforeTheCutOff(m) ? Redactor.DATE : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean beforeTheCutOff(Matcher m) {
        boolean iso = m.group("isoYear") != null;
        int year = Integer.parseInt(iso ? m.group("isoYear") : m.group("year"));
        int month = Integer.parseInt(iso ? m.group("isoMonth") : m.group("month"));
        int day = Integer.parseInt(iso ? m.group("isoDay") : m.group("day"));
        if (year < 1900 || year >= FIRST_YEAR_NOT_TAKEN_FOR_A_BIRTH_DATE) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
