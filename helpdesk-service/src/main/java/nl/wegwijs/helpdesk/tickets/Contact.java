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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
