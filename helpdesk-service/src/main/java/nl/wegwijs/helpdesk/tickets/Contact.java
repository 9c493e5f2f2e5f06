package nl.wegwijs.helpdesk.tickets;

import java.util.ArrayList;
import java.util.List;

/** How to reach the person who asked: shown only to AGENT and ADMIN, never in events or logs. */
public record Contact(String name, String email, String phone) {

    boolean isEmpty() {
        return blank(name) && blank(email) && blank(phone);
    }

    /** The names the person gave (the name, and name-like parts of the e-mail address), for the redactor. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (!blank(name)) {
            names.add(name);
        }
        if (!blank(email)) {
            // the part before the @ is often the name ("olena.koval@...")
            for (String part :
                    email.substring(0, Math.max(0, email.indexOf('@'))).split("[._+-]")) {
                if (part.length() >= 3 && part.chars().allMatch(Character::isLetter)) {
                    names.add(part);
                }
            }
        }
        return names;
    }

    /**
     * The value without surrounding whitespace (also no-break and zero-width spaces, as copied from a mail or a web
     * page); null when nothing is left.
     */
    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
