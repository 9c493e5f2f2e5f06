package nl.wegwijs.matching.preconditions;

import java.util.ArrayList;
import java.util.List;

/**
 * An If-Match request header (RFC 9110, section 13.1.1): absent (no condition), {@code *} (any current version), or a
 * list of entity tags, one of which must be the resource's current ETag under the strong comparison (section 8.8.3.2):
 * both tags strong and their opaque tags the same characters. So a weak tag ({@code W/"2"}) never matches, and
 * {@code "02"} is not {@code "2"}. A header that is no list of entity tags ({@code 2}, {@code garbage}) matches
 * nothing either: the request named no version that can be checked.
 */
public final class IfMatch {

    private static final IfMatch ABSENT = new IfMatch(null, false, List.of(), true);

    private final String header;
    private final boolean any;
    private final List<Tag> tags;
    private final boolean wellFormed;

    private record Tag(boolean weak, String opaque) {
        @Override
        public String toString() {
            return (weak ? "W/" : "") + opaque;
        }
    }

    private IfMatch(String header, boolean any, List<Tag> tags, boolean wellFormed) {
        this.header = header;
        this.any = any;
        this.tags = tags;
        this.wellFormed = wellFormed;
    }

    /** The condition a request's If-Match header sets; {@code null} (no header) sets none. */
    public static IfMatch of(String header) {
        if (header == null) {
            return ABSENT;
        }
        String value = header.strip();
        if (value.equals("*")) {
            return new IfMatch(header, true, List.of(), true);
        }
        List<Tag> tags = parse(value);
        return tags == null ? new IfMatch(header, false, List.of(), false) : new IfMatch(header, false, tags, true);
    }

    /** Whether a request with this condition may change the resource whose current (strong) ETag is given. */
    public boolean matches(String currentEtag) {
        if (this == ABSENT || any) {
            return true;
        }
        return tags.stream().anyMatch(tag -> !tag.weak() && tag.opaque().equals(currentEtag));
    }

    /**
     * Lets the request go on, or refuses it (412) saying why, for {@code what} ("vacancy", "candidate") whose current
     * ETag is given.
     */
    public void check(String what, String currentEtag) {
        if (matches(currentEtag)) {
            return;
        }
        throw new PreconditionFailedException(why(what), currentEtag);
    }

    private String why(String what) {
        if (!wellFormed || tags.isEmpty()) {
            return "The If-Match header (" + shown(header.strip()) + ") is neither * nor a list of entity tags such as "
                    + "\"3\" (quotes included); send the ETag the " + what + " was read with";
        }
        if (tags.stream().allMatch(Tag::weak)) {
            String weak = tags.stream()
                    .map(Tag::toString)
                    .reduce((a, b) -> a + ", " + b)
                    .orElseThrow();
            return "If-Match compares entity tags strongly, so a weak one (" + weak + ") never matches; send the ETag "
                    + "the " + what + " was read with, as it came (without W/)";
        }
        return PreconditionFailedException.changedSinceRead(what);
    }

    /** A header as a message shows it: at most 40 characters. */
    private static String shown(String value) {
        return value.codePointCount(0, value.length()) <= 40
                ? value
                : value.substring(0, value.offsetByCodePoints(0, 40)) + "...";
    }

    /** The entity tags of a list ({@code "1", W/"2"}); null when the text is not such a list. */
    private static List<Tag> parse(String value) {
        List<Tag> tags = new ArrayList<>();
        boolean afterTag = false;
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == ',') { // empty list elements are allowed (RFC 9110, section 5.6.1)
                afterTag = false;
                i++;
                continue;
            }
            if (afterTag) { // two tags need a comma between them
                return null;
            }
            int open = value.startsWith("W/", i) ? i + 2 : i;
            if (open >= n || value.charAt(open) != '"') {
                return null;
            }
            int close = value.indexOf('"', open + 1);
            if (close < 0) {
                return null;
            }
            for (int k = open + 1; k < close; k++) {
                char e = value.charAt(k);
                if (e < 0x21 || e == 0x7f) { // etagc: visible characters but DQUOTE, and obs-text
                    return null;
                }
            }
            tags.add(new Tag(open > i, value.substring(open, close + 1)));
            i = close + 1;
            afterTag = true;
        }
        return tags;
    }
}
