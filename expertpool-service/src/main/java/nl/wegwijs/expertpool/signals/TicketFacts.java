package nl.wegwijs.expertpool.signals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import nl.wegwijs.expertpool.AmsterdamDays;
import nl.wegwijs.expertpool.experts.Themes;

/**
 * What this service reads from the helpdesk's ticket events ({@code helpdesk.ticket.v1}: TicketOpened,
 * TicketAnswered, TicketClosed, TicketReopened, TicketTopicChanged): which ticket, its topic and language as
 * the event states them, and when it was asked and answered (TicketTopicChanged's {@code previousTopic} and
 * {@code changedAt} are not needed). The question and answer texts in TicketAnswered are
 * never read. Times are read leniently, like {@link AnalyticsFacts}.
 */
record TicketFacts(
        UUID ticketId,
        String topic,
        String language,
        String questionLanguage,
        String openedAt,
        String askedAt,
        String answeredAt) {

    /** The expert-pool theme of the ticket's topic; null while the helpdesk has not classified it. */
    String theme() {
        return Themes.ofHelpdeskTopic(topic);
    }

    /** The language of the question (TicketAnswered names it {@code questionLanguage}); null when not given. */
    String questionLanguageOrNull() {
        String value = language != null && !language.isBlank() ? language : questionLanguage;
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toLowerCase(Locale.ROOT);
        return code.length() <= 10 ? code : code.substring(0, 10);
    }

    /**
     * The (Amsterdam) day the question was asked; for TicketOpened the envelope's time when the data has none.
     */
    LocalDate askedOn(OffsetDateTime envelopeTime, boolean opened) {
        LocalDate day = AnalyticsFacts.dayOf(openedAt != null ? openedAt : askedAt);
        if (day == null && opened && envelopeTime != null) {
            return AmsterdamDays.of(envelopeTime);
        }
        return day;
    }

    LocalDate answeredOn(OffsetDateTime envelopeTime) {
        LocalDate day = AnalyticsFacts.dayOf(answeredAt);
        if (day == null && envelopeTime != null) {
            return AmsterdamDays.of(envelopeTime);
        }
        return day;
    }
}
