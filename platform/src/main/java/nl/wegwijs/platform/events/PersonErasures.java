package nl.wegwijs.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a service follows the helpdesk's erasures (topic {@code helpdesk.person.v1}): each {@value
 * #TYPE} reaches the service's own erasure once per event id; other types are ignored; an event
 * without a ticket id cannot be acted on and goes to the dead-letter topic.
 */
public final class PersonErasures {

    public static final String TYPE = "nl.wegwijs.helpdesk.PersonErased";

    /** What services read of the helpdesk's event: whose ticket, and when. */
    public record PersonErased(UUID ticketId, OffsetDateTime erasedAt) {}

    private PersonErasures() {}

    /**
     * A Spring Cloud Stream consumer for {@code helpdesk.person.v1}; {@code erase} gets the event and
     * its id, inside the transaction that records the id as processed for {@code consumer}.
     */
    public static Consumer<Message<byte[]>> consumer(
            String consumer, ProcessedEvents processed, JsonMapper json, BiConsumer<PersonErased, String> erase) {
        return message -> {
            IncomingEvent event = IncomingEvent.from(message);
            if (!TYPE.equals(event.type())) {
                return;
            }
            PersonErased erased = event.dataAs(PersonErased.class, json);
            if (erased.ticketId() == null) {
                throw new UnreadableEventException("PersonErased " + event.id() + " has no ticketId");
            }
            processed.handleOnce(consumer, event.id(), () -> erase.accept(erased, event.id()));
        };
    }
}
