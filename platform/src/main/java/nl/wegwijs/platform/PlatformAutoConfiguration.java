package nl.wegwijs.platform;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.outbox.OutboxRelay;
import nl.wegwijs.platform.privacy.Redactor;
import nl.wegwijs.platform.web.ProblemDetailsAdvice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the messaging plumbing and web conventions into every service that depends on the platform. */
@AutoConfiguration
@EnableScheduling
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock, ObjectProvider<OutboxRelay> relay) {
        return new Outbox(jdbc, json, clock, () -> relay.ifAvailable(OutboxRelay::wakeUp));
    }

    @Bean
    @ConditionalOnProperty(name = "wegwijs.outbox.relay.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            StreamBridge streamBridge,
            MeterRegistry meters,
            @Value("${wegwijs.events.source:/wegwijs/${spring.application.name}}") String source,
            @Value("${wegwijs.outbox.batch-size:100}") int batchSize,
            @Value("${wegwijs.outbox.poll-interval:200ms}") Duration pollInterval,
            @Value("${wegwijs.outbox.idle-poll-interval:2s}") Duration idlePollInterval) {
        return new OutboxRelay(
                jdbc, transactions, streamBridge, meters, source, batchSize, pollInterval, idlePollInterval);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc, TransactionTemplate transactions) {
        return new ProcessedEvents(jdbc, transactions);
    }

    @Bean
    Pseudonyms pseudonyms(@Value("${wegwijs.analytics.pseudonym-key}") String key) {
        return new Pseudonyms(key);
    }

    /**
     * The Redactor every service uses; {@code wegwijs.privacy.public-contacts} (comma-separated phone numbers and
     * e-mail addresses of organisations, empty by default) names the contacts it keeps besides those it recognises as
     * an organisation's by their shape (service numbers, role addresses, PO boxes).
     */
    @Bean
    @ConditionalOnMissingBean
    Redactor redactor(@Value("${wegwijs.privacy.public-contacts:}") String publicContacts) {
        return new Redactor(List.of(publicContacts.split(",")));
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
