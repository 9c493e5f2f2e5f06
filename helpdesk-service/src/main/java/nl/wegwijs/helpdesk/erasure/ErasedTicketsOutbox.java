package nl.wegwijs.helpdesk.erasure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes a ticket's events from the outbox once they went out after its person was erased.
 *
 * <p>An erasure deletes the ticket's events that are already marked published. Events that are not
 * marked yet still go out, in order, before {@code PersonErased}: those waiting for the relay, and
 * those the relay is sending at that very moment (it marks a batch only after sending it, in its own
 * transaction, which the erasure neither sees nor waits for). Once marked they would keep the
 * redacted question and answer for the outbox's 7-day retention. This sweep deletes every published
 * {@code helpdesk.ticket.v1} event of an erased ticket; it judges only committed state, so it is
 * right whatever the order in which the erasure and a relay run committed. {@code PersonErased}
 * itself (no personal data) stays for the retention like every other event.
 */
@Component
class ErasedTicketsOutbox {

    private static final Logger log = LoggerFactory.getLogger(ErasedTicketsOutbox.class);

    private final JdbcClient jdbc;

    ErasedTicketsOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the published ticket events of erased tickets; returns how many went. */
    @Scheduled(fixedDelayString = "${wegwijs.helpdesk.erasure.outbox-sweep-interval:1m}")
    int removePublishedEventsOfErasedTickets() {
        int removed = jdbc.sql("""
                        delete from outbox_event o using ticket t
                        where t.erased_at is not null
                          and o.aggregate_id = t.id::text
                          and o.topic = 'helpdesk.ticket.v1'
                          and o.published_at is not null
                        """).update();
        if (removed > 0) {
            log.info("Removed {} published events of erased tickets from the outbox", removed);
        }
        return removed;
    }
}
