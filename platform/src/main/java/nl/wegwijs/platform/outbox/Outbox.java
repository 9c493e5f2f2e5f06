package nl.wegwijs.platform.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event in the same database transaction as the state change that caused it. The
 * {@link OutboxRelay} publishes it after commit; nothing is sent to Kafka from a request thread.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Runnable afterCommit;

    public Outbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this(jdbc, json, clock, () -> {});
    }

    /** @param afterCommit runs after a transaction that added events commits (wakes the relay) */
    public Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    /**
     * Adds an event to the outbox; must run inside the transaction of the state change.
     *
     * @param topic the Kafka topic, {@code <service>.<aggregate>.v<N>} or {@code analytics.<service>.v<N>}
     * @param type the CloudEvents type, for example {@code nl.wegwijs.helpdesk.TicketAnswered}
     * @param aggregateId the record key: events of one aggregate stay in order
     * @param data the event record, serialised as the JSON body
     * @return the event id ({@code ce_id})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID add(String topic, String type, String aggregateId, Object data) {
        UUID eventId = UUID.randomUUID();
        jdbc.sql("""
                        insert into outbox_event (event_id, topic, event_type, aggregate_id, payload, occurred_at)
                        values (:eventId, :topic, :type, :aggregateId, :payload, :occurredAt)
                        """)
                .param("eventId", eventId)
                .param("topic", topic)
                .param("type", type)
                .param("aggregateId", aggregateId)
                .param("payload", json.writeValueAsString(data))
                .param("occurredAt", OffsetDateTime.now(clock))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    afterCommit.run();
                }
            });
        }
        return eventId;
    }
}
