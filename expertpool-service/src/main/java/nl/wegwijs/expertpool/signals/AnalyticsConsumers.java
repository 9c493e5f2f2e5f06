package nl.wegwijs.expertpool.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.wegwijs.expertpool.AmsterdamDays;
import nl.wegwijs.platform.events.IncomingEvent;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts the knowledge base's analytics events ({@code analytics.knowledge.v1}) per day, kind, theme and
 * language. Every knowledge analytics type is counted under its name (so new types need no code); signals
 * read {@code ArticlePublished} and {@code ArticleRetired}. Types from elsewhere are ignored. Each event
 * counts once, however often it is delivered.
 */
@Configuration
class AnalyticsConsumers {

    static final String KNOWLEDGE_PREFIX = "nl.wegwijs.analytics.knowledge.";
    static final String CONSUMER = "expertpool-signals";

    @Bean
    Consumer<Message<byte[]>> knowledgeAnalytics(
            SignalCounts counts, ProcessedEvents processed, JsonMapper json, Clock clock) {
        return message -> {
            IncomingEvent event = IncomingEvent.from(message);
            if (!event.type().startsWith(KNOWLEDGE_PREFIX) || event.type().length() == KNOWLEDGE_PREFIX.length()) {
                return;
            }
            String kind = event.type().substring(KNOWLEDGE_PREFIX.length());
            if (kind.length() > 60) {
                return;
            }
            AnalyticsFacts facts = event.dataAs(AnalyticsFacts.class, json);
            LocalDate day = facts.day(event.time(), AmsterdamDays.today(clock));
            processed.handleOnce(
                    CONSUMER,
                    event.id(),
                    () -> counts.add(
                            day,
                            SignalCounts.KNOWLEDGE,
                            kind,
                            facts.themeOrUnclassified(),
                            facts.languageOrUnknown(),
                            facts.countOrOne()));
        };
    }
}
