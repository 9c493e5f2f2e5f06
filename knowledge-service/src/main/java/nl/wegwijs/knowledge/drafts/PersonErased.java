package nl.wegwijs.knowledge.drafts;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.wegwijs.platform.events.UnreadableEventException;

/** Our reading of helpdesk's {@code nl.wegwijs.helpdesk.PersonErased}. */
record PersonErased(UUID ticketId, OffsetDateTime erasedAt) {

    static final String TYPE = "nl.wegwijs.helpdesk.PersonErased";

    PersonErased requireUsable(String eventId) {
        if (ticketId == null) {
            throw new UnreadableEventException("PersonErased " + eventId + " has no ticketId");
        }
        return this;
    }
}
