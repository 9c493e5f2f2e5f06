package nl.wegwijs.helpdesk.language;

import java.util.regex.Pattern;

/**
 * The part of a question that tells its language. What every language of the helpdesk shares is left out before
 * detection: e-mail addresses (also {@code name(at)domain}), web addresses, handles, anything with a digit (phone
 * numbers, IBANs, document numbers, dates, postcodes), the Dutch names of Dutch institutions and benefits that
 * newcomers use whatever language they write (toeslag words, DigiD, BSN, gemeente, huisarts, gastgezin, ...) and, in a
 * text not written in capitals, acronyms (UWV, IND). So "How do I apply for huurtoeslag?" is English, and "Reach me at
 * serhiy.melnyk@proton.me" neither German nor Latin-letter Ukrainian. When that leaves too little ("huurtoeslag?"),
 * the Dutch words stay; a question of nothing but an address or a number has no language ({@code und}).
 */
final class DetectionText {

    private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}])";

    /** An address, with @ or an obfuscated (at), [at], {at}, and dots or (dot). */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]++\\s*(?:@|[(\\[{]\\s*(?:at|@)\\s*[)\\]}])\\s*[\\p{L}\\p{N}-]++"
                    + "(?:\\s*(?:\\.|[(\\[{]\\s*dot\\s*[)\\]}])\\s*[\\p{L}\\p{N}-]++)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)\\S+|" + NOT_IN_WORD_BEFORE
                    + "[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)*\\.(?:nl|com|org|net|eu|ua|ru|gov|info|io|me)"
                    + NOT_IN_WORD_AFTER + "(?:/\\S*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}._]+");

    /** A phone number, IBAN, document number, date, postcode: whatever has a digit, up to the next space. */
    private static final Pattern WITH_DIGIT = Pattern.compile("(?<!\\S)[^\\s\\p{N}]*+\\p{N}\\S*+");

    /**
     * Dutch names newcomers keep in any language: benefits (any ...toeslag), institutions, documents, places. Words
     * Dutch questions need for their grammar are not among them, so a Dutch question stays Dutch without them.
     */
    private static final Pattern DUTCH_TERMS = Pattern.compile(
            NOT_IN_WORD_BEFORE
                    + "(?:\\p{L}*toeslag(?:en)?|kinderbijslag|kindgebonden\\s+budget|leefgeld|bijstand|uitkering"
                    + "|gemeente(?:huis|n|s)?|huisarts(?:en|enpost)?|gastgezin(?:nen)?|gastouders?|parkeerboete"
                    + "|inburgering(?:sexamen|splicht)?|zorgverzekeraar|zorgverzekering|eigen\\s+risico|uittreksel"
                    + "|verblijfsvergunning|verblijfsdocument|verblijfssticker|belastingdienst|woningcorporatie"
                    + "|huurcontract|huurwoning|noodopvang|opvang(?:locatie)?|consultatiebureau|basisschool"
                    + "|kinderopvang|leerplicht(?:ambtenaar)?|nieuwkomersklas|rijbewijs|ov-chipkaart|mijnoverheid"
                    + "|wijkteam|digid|bsn|brp|uwv|ind|duo|svb|coa|ggd|cak|cjib|rdw|rmo)"
                    + NOT_IN_WORD_AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Acronyms in Latin capitals (IBAN, UWV, GP): none of them tells the language. */
    private static final Pattern ACRONYM = Pattern.compile(NOT_IN_WORD_BEFORE + "[A-Z]{2,5}" + NOT_IN_WORD_AFTER);

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Fewer letters than this say nothing about a language. */
    static final int MINIMUM_LETTERS = 3;

    private DetectionText() {}

    /** The text to detect the language of (see the class comment). */
    static String of(String text) {
        String withoutPersonalData = withoutPersonalData(text);
        String words = withoutSharedTerms(withoutPersonalData);
        return letters(words) >= MINIMUM_LETTERS ? words : withoutPersonalData;
    }

    static long letters(String text) {
        return LETTER.matcher(text).results().count();
    }

    private static String withoutPersonalData(String text) {
        String s = EMAIL.matcher(text).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        return WITH_DIGIT.matcher(s).replaceAll(" ");
    }

    private static String withoutSharedTerms(String text) {
        String s = DUTCH_TERMS.matcher(text).replaceAll(" ");
        return writtenInCapitals(s) ? s : ACRONYM.matcher(s).replaceAll(" ");
    }

    private static boolean writtenInCapitals(String text) {
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        long lower = text.codePoints().filter(Character::isLowerCase).count();
        return upper >= lower;
    }
}
