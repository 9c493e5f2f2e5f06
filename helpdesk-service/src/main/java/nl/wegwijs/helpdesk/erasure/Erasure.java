package nl.wegwijs.helpdesk.erasure;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.helpdesk.cases.CaseService;
import nl.wegwijs.helpdesk.tickets.Contact;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.privacy.Redactor;
import nl.wegwijs.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class Erasure {

    static final String TOPIC = "helpdesk.person.v1";
    static final String TYPE = "nl.wegwijs.helpdesk.PersonErased";
    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final CaseService cases;
    private final Redactor redactor;
    private final Clock clock;

    Erasure(JdbcClient jdbc, Outbox outbox, CaseService cases, Redactor redactor, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.cases = cases;
        this.redactor = redactor;
        this.clock = clock;
    }

    record PersonErased(UUID ticketId, OffsetDateTime erasedAt) {}

    /** The answer: the ticket asked for, when it was erased, and how many tickets this request erased. */
    record Erased(UUID ticketId, OffsetDateTime erasedAt, int tickets) {}

    /**
     * Erases the person behind a ticket: every ticket of its person (the same e-mail address or phone
     * number), each as a single ticket was, with one {@code PersonErased} per ticket. Erasing twice is
     * harmless and emits nothing new.
     */
    @Transactional
    Erased erase(UUID ticketId, String actor) {
        // locks the person's tickets in one order (oldest first), whichever ticket the request names
        UUID personId = jdbc.sql("select person_id from ticket where id = :id")
                .param("id", ticketId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Ticket", ticketId));
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        int erased = 0;
        // again until none is left: a ticket opened for this person while the first lock waited
        // commits before it, and only a new statement sees it
        List<UUID> left;
        while (!(left = jdbc.sql(
                                "select id from ticket where person_id = :person and erased_at is null order by created_at, id for update")
                        .param("person", personId)
                        .query(UUID.class)
                        .list())
                .isEmpty()) {
            for (UUID id : left) {
                eraseTicket(id, actor, now);
                erased++;
            }
        }
        log.info("Person of ticket {} erased ({} tickets)", ticketId, erased);
        OffsetDateTime erasedAt = jdbc.sql("select erased_at from ticket where id = :id")
                .param("id", ticketId)
                .query(OffsetDateTime.class)
                .single();
        return new Erased(ticketId, erasedAt, erased);
    }

    private void eraseTicket(UUID ticketId, String actor, OffsetDateTime now) {
        record Locked(UUID caseId, String question) {}
        Locked ticket = jdbc.sql("select case_id, question from ticket where id = :id")
                .param("id", ticketId)
                .query((rs, n) -> new Locked(rs.getObject("case_id", UUID.class), rs.getString("question")))
                .single();
        // the names in the contact data and those the person introduced in the question ("Мене звати ...")
        List<String> names =
                new ArrayList<>(jdbc.sql("select name, email, phone from ticket_contact where ticket_id = :id")
                        .param("id", ticketId)
                        .query(Contact.class)
                        .optional()
                        .map(Contact::names)
                        .orElse(List.of()));
        if (ticket.question() != null) {
            names.addAll(redactor.namesIntroducedIn(ticket.question()));
        }
        jdbc.sql("delete from ticket_contact where ticket_id = :id")
                .param("id", ticketId)
                .update();
        jdbc.sql("delete from ticket_note where ticket_id = :id")
                .param("id", ticketId)
                .update();
        // the keyed hash of the request that opened it (Idempotency-Key): a retry after the erasure is a new question
        jdbc.sql("delete from idempotent_request where ticket_id = :id")
                .param("id", ticketId)
                .update();
        jdbc.sql("""
                        update ticket set question = null, answer = null, pending_answer = null,
                            pending_answer_language = null, pending_answer_topic = null, pending_answer_by = null,
                            pending_answer_at = null, email_key = null, phone_key = null,
                            erased_at = :now, updated_at = :now
                        where id = :id
                        """).param("id", ticketId).param("now", now).update();
        if (ticket.caseId() != null) {
            cases.personErased(ticket.caseId(), names);
        }
        // Events of this ticket that already went out still hold its (redacted) question and answer in
        // the outbox until the relay's retention cleanup; they have done their work, so they go now.
        // Events not marked sent yet stay and still go out, in order, before the PersonErased added
        // below; ErasedTicketsOutbox removes them once the relay has marked them.
        jdbc.sql("delete from outbox_event where aggregate_id = :id and published_at is not null")
                .param("id", ticketId.toString())
                .update();
        jdbc.sql(
                        "insert into ticket_history (ticket_id, at, actor, action, detail) values (:id, :at, :actor, 'PERSON_ERASED', null)")
                .param("id", ticketId)
                .param("at", now)
                .param("actor", actor)
                .update();
        outbox.add(TOPIC, TYPE, ticketId.toString(), new PersonErased(ticketId, now));
    }
}
