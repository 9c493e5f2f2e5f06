package nl.wegwijs.matching.candidates;

import java.util.function.Consumer;
import nl.wegwijs.platform.events.PersonErasures;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the helpdesk's erasures (topic {@code helpdesk.person.v1}, durable group, once per event id): every
 * candidate who came with the erased person's ticket is erased here too.
 */
@Configuration
class PersonErasedConsumer {

    private static final Logger log = LoggerFactory.getLogger(PersonErasedConsumer.class);

    @Bean
    Consumer<Message<byte[]>> personEvents(CandidateService service, ProcessedEvents processed, JsonMapper json) {
        return PersonErasures.consumer("matching-person-erasure", processed, json, (erased, eventId) -> {
            int count = service.eraseLinkedTo(erased.ticketId(), "helpdesk erasure " + eventId);
            if (count > 0) {
                log.info(
                        "Erased {} {} after helpdesk erasure event {}",
                        count,
                        count == 1 ? "candidate" : "candidates",
                        eventId);
            }
        });
    }
}
