package nl.wegwijs.platform.web;

/**
 * What a person cannot see in text, as request bodies treat it. Bidirectional embedding, override and
 * isolate controls (U+202A to U+202E, U+2066 to U+2069) are taken out of every string: they reorder what
 * follows ("\u202Eoogsten" shows as "netsgoo"), so a title could spoof the page that shows it, and no text in
 * Ukrainian, Russian, Dutch or English needs them. A string with no visible character at all (zero-width
 * spaces, no-break spaces, word joiners, soft hyphens, direction marks, Hangul fillers, plain whitespace)
 * becomes empty, so every "must not be blank" check, {@code @NotBlank} or {@code isBlank()}, refuses it as
 * it refuses spaces. Invisible characters inside visible text are kept (emoji sequences need the zero-width
 * joiner).
 */
final class InvisibleText {

    private InvisibleText() {}

    /** The text as a request body gives it to a service. */
    static String normalise(String text) {
        String shown = withoutBidiControls(text);
        return hasVisibleCharacter(shown) ? shown : "";
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String withoutBidiControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBidiControl(text.charAt(i))) {
                StringBuilder kept = new StringBuilder(text.length());
                text.chars().filter(c -> !isBidiControl(c)).forEach(c -> kept.append((char) c));
                return kept.toString();
            }
        }
        return text;
    }

    static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(InvisibleText::isVisible);
    }

    private static boolean isVisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false; // zero-width, direction marks, soft hyphen; a combining mark alone shows nothing
        }
        // letters the Unicode standard classes as letters but fonts draw as blank
        return c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0 && c != 0x2800;
    }
}
