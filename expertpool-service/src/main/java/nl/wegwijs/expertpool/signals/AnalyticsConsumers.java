package nl.wegwijs.expertpool.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.wegwijs.platform.events.IncomingEvent;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the signals read model from {@code analytics.helpdesk.v1} and {@code analytics.knowledge.v1}.
 * Every helpdesk or knowledge analytics type is counted under its name (so new types need no code);
 * types from elsewhere are ignored. Each event counts once, however often it is delivered.
 */
@Configuration
class AnalyticsConsumers {

    static final String HELPDESK_PREFIX = "nl.wegwijs.analytics.helpdesk.";
    static final String KNOWLEDGE_PREFIX = "nl.wegwijs.analytics.knowledge.";
    static final String CONSUMER = "expertpool-signals";

    @Bean
    Consumer<Message<byte[]>> helpdeskAnalytics(
            SignalCounts counts, ProcessedEvents processed, JsonMapper json, Clock clock) {
        return message -> count(message, HELPDESK_PREFIX, SignalCounts.HELPDESK, counts, processed, json, clock);
    }

    @Bean
    Consumer<Message<byte[]>> knowledgeAnalytics(
            SignalCounts counts, ProcessedEvents processed, JsonMapper json, Clock clock) {
        return message -> count(message, KNOWLEDGE_PREFIX, SignalCounts.KNOWLEDGE, counts, processed, json, clock);
    }

    private static void count(
            Message<byte[]> message,
            String prefix,
            String source,
            SignalCounts counts,
            ProcessedEvents processed,
            JsonMapper json,
            Clock clock) {
        IncomingEvent event = IncomingEvent.from(message);
        if (!event.type().startsWith(prefix) || event.type().length() == prefix.length()) {
            return;
        }
        String kind = event.type().substring(prefix.length());
        if (kind.length() > 60) {
            return;
        }
        AnalyticsFacts facts = event.dataAs(AnalyticsFacts.class, json);
        LocalDate day = facts.day(event.time(), LocalDate.now(clock));
        processed.handleOnce(
                CONSUMER,
                event.id(),
                () -> counts.add(
                        day, source, kind, facts.themeOrUnclassified(), facts.languageOrUnknown(), facts.countOrOne()));
    }
}
