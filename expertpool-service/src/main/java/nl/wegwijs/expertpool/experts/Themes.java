package nl.wegwijs.expertpool.experts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Themes experts know from experience: the helpdesk's topic codes, plus free themes a coordinator
 * types (stored trimmed and in lower case so that filters and suggestions match).
 *
 * <p>Mapping from the helpdesk: the expert pool's themes <em>are</em> the helpdesk's topic codes (the
 * list below is the helpdesk's {@code topic} table as seeded, code for code), so a helpdesk topic maps to the
 * theme with the same code ({@link #ofHelpdeskTopic}); a topic the helpdesk adds later arrives as a theme of
 * its own code. A question without a topic is unclassified.
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

    /** The longest theme stored (the columns are {@code varchar(100)}). */
    public static final int MAX_LENGTH = 100;

    private static final Set<String> CODES = Set.copyOf(TOPIC_CODES);

    private Themes() {}

    public static String normalise(String theme) {
        return theme == null ? null : theme.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The theme a helpdesk topic code stands for: the same code, normalised as themes are; null (or blank)
     * when the helpdesk has not classified the question.
     */
    public static String ofHelpdeskTopic(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        String theme = normalise(topic);
        return theme.length() <= MAX_LENGTH ? theme : theme.substring(0, MAX_LENGTH);
    }

    public static boolean isTopicCode(String theme) {
        return theme != null && CODES.contains(theme);
    }

    /** The theme as analysts may see it: a topic code, or {@code free} for a typed theme (free text). */
    public static String forAnalytics(String theme) {
        return isTopicCode(theme) ? theme : "free";
    }
}
