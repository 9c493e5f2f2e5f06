package nl.wegwijs.helpdesk.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.platform.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key}s of requests that opened tickets (table {@code idempotent_request}), so that a repeat
 * answers the first ticket instead of opening a second one.
 *
 * <p>A key belongs to an endpoint and a caller (the token's user name; every anonymous caller through the gateway is
 * {@code public}, so the public form's keys share one scope). A repeat is recognised only with the same key and the
 * same request: the same meaning (the validated request: contact data trimmed, JSON key order and whitespace do not
 * matter). Only then does it answer the first ticket, with its tracking code: whoever gets it has sent the very
 * question and contact data it was opened with. The same key with another request is a 409 that tells nothing of the
 * first. Only a keyed hash (HMAC with the pseudonym key) of the request is kept, never its text; keys are forgotten
 * after {@code wegwijs.helpdesk.idempotency.retention} (24 hours) and when the ticket's person is erased.
 *
 * <p>Concurrent repeats: the key is claimed (inserted) before the ticket is written, in the same transaction; a
 * second insert under the same key waits for the first transaction and then finds its key (or, if it rolled back,
 * takes the key itself). So one ticket, and every caller gets it.
 */
@Component
class IdempotentRequests {

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

    /** Where a key was used: keys of one endpoint never meet those of another. */
    enum Endpoint {
        PUBLIC_QUESTION("public-question"),
        STAFF_TICKET("staff-ticket");

        final String code;

        Endpoint(String code) {
            this.code = code;
        }
    }

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final Duration retention;

    IdempotentRequests(
            JdbcClient jdbc,
            Pseudonyms pseudonyms,
            Clock clock,
            @Value("${wegwijs.helpdesk.idempotency.retention:24h}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("wegwijs.helpdesk.idempotency.retention must be positive");
        }
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Claims the key for a new ticket {@code newTicketId}, or finds the ticket an earlier identical request opened.
     * Empty: the key is this request's now (the caller writes the ticket in the same transaction; a rollback frees
     * the key). Present: the earlier ticket. A key older than the retention counts as unused and is taken over.
     *
     * @throws ConflictException the key was used for a different request
     */
    Optional<UUID> claim(
            Endpoint endpoint,
            String caller,
            IdempotencyKey key,
            TicketService.NewQuestion question,
            UUID newTicketId) {
        String fingerprint = fingerprint(endpoint, question);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime expired = now.minus(retention);
        // waits for a concurrent transaction that inserted the same key; locks the row found either way
        int claimed = jdbc.sql("""
                        insert into idempotent_request
                            (endpoint, caller, idempotency_key, request_hash, ticket_id, created_at)
                        values (:endpoint, :caller, :key, :hash, :ticket, :now)
                        on conflict (endpoint, caller, idempotency_key) do update
                            set request_hash = excluded.request_hash, ticket_id = excluded.ticket_id,
                                created_at = excluded.created_at
                            where idempotent_request.created_at <= :expired
                        """)
                .param("endpoint", endpoint.code)
                .param("caller", caller)
                .param("key", key.value())
                .param("hash", fingerprint)
                .param("ticket", newTicketId)
                .param("now", now)
                .param("expired", expired)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        record Earlier(String requestHash, UUID ticketId) {}
        Earlier earlier = jdbc.sql("""
                        select request_hash, ticket_id from idempotent_request
                        where endpoint = :endpoint and caller = :caller and idempotency_key = :key
                        """)
                .param("endpoint", endpoint.code)
                .param("caller", caller)
                .param("key", key.value())
                .query((rs, n) -> new Earlier(rs.getString("request_hash"), rs.getObject("ticket_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("Idempotency-Key neither claimed nor found"));
        if (!earlier.requestHash().equals(fingerprint)) {
            throw new ConflictException("The Idempotency-Key was used before for a different request; use a new key "
                    + "for a new question");
        }
        return Optional.of(earlier.ticketId());
    }

    /** Forgets the keys older than the retention; returns how many went. */
    @Scheduled(
            fixedDelayString = "${wegwijs.helpdesk.idempotency.cleanup-interval:1h}",
            initialDelayString = "${wegwijs.helpdesk.idempotency.cleanup-interval:1h}")
    int deleteExpired() {
        int deleted = jdbc.sql("delete from idempotent_request where created_at <= :expired")
                .param("expired", OffsetDateTime.now(clock).minus(retention))
                .update();
        if (deleted > 0) {
            log.info("Forgot {} idempotency keys older than {}", deleted, retention);
        }
        return deleted;
    }

    /**
     * What a repeat must match: the request as validated (contact data trimmed, the language in lower case), each
     * field length-prefixed so no two requests read alike, through the keyed hash: the stored value cannot be
     * checked against a guessed question or address without the key.
     */
    private String fingerprint(Endpoint endpoint, TicketService.NewQuestion q) {
        StringBuilder canonical = new StringBuilder("idempotent-request:").append(endpoint.code);
        Contact contact = q.contact() == null ? new Contact(null, null, null) : q.contact();
        for (String field : new String[] {
            q.text(),
            q.language() == null ? null : q.language().toLowerCase(Locale.ROOT),
            q.channel() == null ? null : q.channel().name(),
            q.topic(),
            contact.name(),
            contact.email(),
            contact.phone()
        }) {
            canonical.append('|');
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
        }
        return pseudonyms.of(canonical.toString());
    }
}
