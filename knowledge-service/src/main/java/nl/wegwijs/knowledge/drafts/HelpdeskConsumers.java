package nl.wegwijs.knowledge.drafts;

import java.util.function.Consumer;
import nl.wegwijs.platform.events.IncomingEvent;
import nl.wegwijs.platform.events.PersonErasures;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumers of the helpdesk's topics (group {@code knowledge-service}). Each event has its effect once
 * (its id recorded with the effect); types we do not know are ignored; unreadable ones go to the
 * dead-letter topic {@code error.<topic>.knowledge-service}.
 */
@Configuration(proxyBeanMethods = false)
class HelpdeskConsumers {

    static final String CONSUMER = "knowledge-service";

    @Bean
    Consumer<Message<byte[]>> ticketEvents(ProcessedEvents processed, JsonMapper json, DraftIntake intake) {
        return message -> {
            IncomingEvent event = IncomingEvent.from(message);
            if (!TicketAnswered.TYPE.equals(event.type())) {
                return;
            }
            TicketAnswered answered = event.dataAs(TicketAnswered.class, json).requireUsable(event.id());
            processed.handleOnce(CONSUMER, event.id(), () -> intake.receive(answered));
        };
    }

    @Bean
    Consumer<Message<byte[]>> personEvents(ProcessedEvents processed, JsonMapper json, DraftIntake intake) {
        return PersonErasures.consumer(
                CONSUMER, processed, json, (erased, eventId) -> intake.erase(erased.ticketId(), erased.erasedAt()));
    }
}
