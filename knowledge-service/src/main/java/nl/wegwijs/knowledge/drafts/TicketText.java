package nl.wegwijs.knowledge.drafts;

import java.util.regex.Pattern;

/**
 * Whether a draft's title or body is still the text a ticket's question or answer put there. Equal but
 * for blanks: the editor's browser normalises line endings and trims when a draft is saved unchanged,
 * and that is not an edit.
 */
final class TicketText {

    /** Blank characters, as one regular expression that Java and PostgreSQL read alike. */
    static final String BLANK = "[ \t\n\r\f\u00A0\u2007\u202F\u2028\u2029\uFEFF]";

    private static final Pattern BLANKS = Pattern.compile(BLANK);

    private TicketText() {}

    static String withoutBlanks(String text) {
        return BLANKS.matcher(text).replaceAll("");
    }

    /** Both hold text, and it is equal but for blanks (two empty bodies are not a copy of anything). */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String compact = withoutBlanks(a);
        return !compact.isEmpty() && compact.equals(withoutBlanks(b));
    }
}
