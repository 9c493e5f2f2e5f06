package nl.wegwijs.helpdesk.tickets;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Tracking codes people use to look up their answer without an account: 12 characters from a
 * secure random source over an alphabet without look-alikes (no 0/O, 1/I/L), about 59 bits, so
 * guessing one is hopeless even without the gateway's rate limit.
 */
final class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As typed by a person: any case, with spaces or dashes between groups. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
