package nl.wegwijs.expertpool.signals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Stream;
import nl.wegwijs.expertpool.AmsterdamDays;
import nl.wegwijs.expertpool.experts.Themes;

/**
 * What this service reads from any helpdesk or knowledge analytics event: the theme (topic), the
 * language, an optional count and a time. Every field may be missing; times are read leniently so
 * that a producer's change of format never stops the read model, and counted on their Amsterdam day.
 */
record AnalyticsFacts(
        String topic,
        String theme,
        String language,
        String questionLanguage,
        Integer count,
        String openedAt,
        String answeredAt,
        String publishedAt,
        String occurredAt) {

    static final String UNCLASSIFIED = "unclassified";
    static final String UNKNOWN_LANGUAGE = "unknown";

    String themeOrUnclassified() {
        String value = topic != null && !topic.isBlank() ? topic : theme;
        if (value == null || value.isBlank()) {
            return UNCLASSIFIED;
        }
        return truncate(Themes.normalise(value), 100);
    }

    String languageOrUnknown() {
        String value = language != null && !language.isBlank() ? language : questionLanguage;
        if (value == null || value.isBlank()) {
            return UNKNOWN_LANGUAGE;
        }
        return truncate(value.trim().toLowerCase(Locale.ROOT), 10);
    }

    long countOrOne() {
        return count == null || count < 1 ? 1 : Math.min(count, 10_000);
    }

    LocalDate day(OffsetDateTime envelopeTime, LocalDate today) {
        return Stream.of(openedAt, answeredAt, publishedAt, occurredAt)
                .map(AnalyticsFacts::dayOf)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(envelopeTime == null ? today : AmsterdamDays.of(envelopeTime));
    }

    /**
     * The Amsterdam day ({@link AmsterdamDays}) of an RFC 3339 time, or the date a text starts with (a plain date, or
     * a time without an offset); null when the text is neither.
     */
    static LocalDate dayOf(String time) {
        if (time == null || time.isBlank()) {
            return null;
        }
        try {
            return AmsterdamDays.of(OffsetDateTime.parse(time));
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(time.length() >= 10 ? time.substring(0, 10) : time);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
