package nl.wegwijs.helpdesk.tickets;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Events on {@value #TOPIC}, keyed by ticket id (contract in docs/CONVENTIONS-FOR-HELPERS.md). */
final class TicketEvents {

    static final String TOPIC = "helpdesk.ticket.v1";
    static final String PREFIX = "nl.wegwijs.helpdesk.";

    private TicketEvents() {}

    record TicketOpened(UUID ticketId, String language, String topic, String channel, OffsetDateTime openedAt) {}

    /** Question and answer with personal data redacted. */
    record TicketAnswered(
            UUID ticketId,
            String question,
            String questionLanguage,
            String answer,
            String answerLanguage,
            String topic,
            String channel,
            OffsetDateTime askedAt,
            OffsetDateTime answeredAt) {}

    record TicketClosed(UUID ticketId, String language, String topic, String channel, OffsetDateTime closedAt) {}

    record TicketReopened(UUID ticketId, String language, String topic, String channel, OffsetDateTime reopenedAt) {}

    /** Staff changed the ticket's topic; {@code previousTopic} is null when it had none. */
    record TicketTopicChanged(UUID ticketId, String topic, String previousTopic, OffsetDateTime changedAt) {}
}
