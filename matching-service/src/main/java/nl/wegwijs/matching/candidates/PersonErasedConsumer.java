package nl.wegwijs.matching.candidates;

import java.util.UUID;
import java.util.function.Consumer;
import nl.wegwijs.platform.events.IncomingEvent;
import nl.wegwijs.platform.events.UnreadableEventException;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the helpdesk's erasures (topic {@code helpdesk.person.v1}, durable group, once per event id): every
 * candidate who came with the erased person's ticket is erased here too. Other types are ignored; an event
 * without a readable ticketId goes to the dead-letter topic.
 */
@Configuration
class PersonErasedConsumer {

    static final String TYPE = "nl.wegwijs.helpdesk.PersonErased";
    private static final Logger log = LoggerFactory.getLogger(PersonErasedConsumer.class);

    /** The part of the helpdesk's event this service reads. */
    record PersonErased(UUID ticketId) {}

    @Bean
    Consumer<Message<byte[]>> personEvents(CandidateService service, ProcessedEvents processed, JsonMapper json) {
        return message -> {
            IncomingEvent event = IncomingEvent.from(message);
            if (!TYPE.equals(event.type())) {
                return;
            }
            PersonErased erased = event.dataAs(PersonErased.class, json);
            if (erased.ticketId() == null) {
                throw new UnreadableEventException("PersonErased " + event.id() + " has no ticketId");
            }
            processed.handleOnce("matching-person-erasure", event.id(), () -> {
                int count = service.eraseLinkedTo(erased.ticketId(), "helpdesk erasure " + event.id());
                if (count > 0) {
                    log.info("Erased {} candidate(s) after helpdesk erasure event {}", count, event.id());
                }
            });
        };
    }
}
