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

    /** Erases the person behind a ticket; erasing twice is harmless and emits nothing new. */
    @Transactional
    PersonErased erase(UUID ticketId, String actor) {
        record Locked(OffsetDateTime erasedAt, UUID caseId, String question) {}
        Locked ticket = jdbc.sql("select erased_at, case_id, question from ticket where id = :id for update")
                .param("id", ticketId)
                .query((rs, n) -> new Locked(
                        rs.getObject("erased_at", OffsetDateTime.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getString("question")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Ticket", ticketId));
        if (ticket.erasedAt() != null) {
            return new PersonErased(ticketId, ticket.erasedAt());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
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
        jdbc.sql("""
                        update ticket set question = null, answer = null, pending_answer = null,
                            pending_answer_language = null, pending_answer_topic = null, pending_answer_by = null,
                            pending_answer_at = null, erased_at = :now, updated_at = :now
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
        PersonErased event = new PersonErased(ticketId, now);
        outbox.add(TOPIC, TYPE, ticketId.toString(), event);
        log.info("Person of ticket {} erased", ticketId);
        return event;
    }
}
