package nl.wegwijs.expertpool.experts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Themes experts know from experience: the helpdesk's topic codes, plus free themes a coordinator
 * types (stored trimmed and in lower case so that filters and suggestions match).
 */
public final class Themes {

    /** The helpdesk's topic codes, in the helpdesk's order. */
    public static final List<String> TOPIC_CODES = List.of(
            "temporary-protection-residence",
            "municipal-registration-bsn",
            "living-allowance",
            "work-employer-notification",
            "health-care-insurance",
            "housing-shelter",
            "education-school",
            "language-lessons",
            "banking",
            "transport-driving-licence",
            "travel-ukraine",
            "benefits",
            "pets",
            "documents",
            "mental-health",
            "other");

    private static final Set<String> CODES = Set.copyOf(TOPIC_CODES);

    private Themes() {}

    public static String normalise(String theme) {
        return theme == null ? null : theme.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static boolean isTopicCode(String theme) {
        return theme != null && CODES.contains(theme);
    }

    /** The theme as analysts may see it: a topic code, or {@code free} for a typed theme (free text). */
    public static String forAnalytics(String theme) {
        return isTopicCode(theme) ? theme : "free";
    }
}
