package nl.wegwijs.knowledge.drafts;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tickets whose person asked to be forgotten (ticket id and when, nothing else), so that an
 * erasure is never undone by a {@code TicketAnswered} processed after it: the two events travel on
 * different topics and may arrive in either order.
 */
@Repository
class ErasedTickets {

    /** Our own advisory lock key space (two-int form, apart from the platform's single-key locks). */
    private static final int LOCK_SPACE = 0x4b455254; // "KERT": knowledge erased tickets

    private final JdbcClient jdbc;

    ErasedTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds a transaction-scoped lock on the ticket, so that its intake and its erasure never run side
     * by side: whichever commits first, the other sees it.
     */
    void lock(UUID ticketId) {
        jdbc.sql("select pg_advisory_xact_lock(:space, :key)")
                .param("space", LOCK_SPACE)
                .param("key", ticketId.hashCode())
                .query((rs, n) -> 1)
                .single();
    }

    void remember(UUID ticketId, OffsetDateTime erasedAt) {
        jdbc.sql("insert into erased_ticket (ticket_id, erased_at) values (:id, :at) on conflict do nothing")
                .param("id", ticketId)
                .param("at", erasedAt)
                .update();
    }

    boolean contains(UUID ticketId) {
        return jdbc.sql("select count(*) from erased_ticket where ticket_id = :id")
                        .param("id", ticketId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
