package nl.wegwijs.platform.inbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotent consumption: a consumer's effect and the record that it handled an event id commit
 * in one transaction, so a redelivered event has no second effect.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public ProcessedEvents(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs the effect unless this consumer already handled the event.
     *
     * @return {@code false} when the event was a duplicate and nothing ran
     */
    public boolean handleOnce(String consumer, String eventId, Runnable effect) {
        Boolean handled = transactions.execute(status -> {
            int inserted = jdbc.sql(
                            "insert into processed_event (consumer, event_id) values (:consumer, :eventId) on conflict do nothing")
                    .param("consumer", consumer)
                    .param("eventId", eventId)
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(handled);
    }
}
