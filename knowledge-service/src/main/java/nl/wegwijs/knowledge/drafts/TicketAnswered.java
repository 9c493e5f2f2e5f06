package nl.wegwijs.knowledge.drafts;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.wegwijs.platform.events.UnreadableEventException;

/** Our reading of helpdesk's {@code nl.wegwijs.helpdesk.TicketAnswered} (tolerant: other fields ignored). */
record TicketAnswered(
        UUID ticketId,
        String question,
        String questionLanguage,
        String answer,
        String answerLanguage,
        String topic,
        String channel,
        OffsetDateTime askedAt,
        OffsetDateTime answeredAt) {

    static final String TYPE = "nl.wegwijs.helpdesk.TicketAnswered";

    TicketAnswered requireUsable(String eventId) {
        if (ticketId == null || question == null || question.isBlank()) {
            throw new UnreadableEventException("TicketAnswered " + eventId + " has no ticketId or question");
        }
        return this;
    }
}
