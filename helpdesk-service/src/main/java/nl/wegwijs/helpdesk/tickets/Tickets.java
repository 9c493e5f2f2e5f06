package nl.wegwijs.helpdesk.tickets;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tickets, their contact data, notes and history in the helpdesk database. */
@Repository
class Tickets {

    private final JdbcClient jdbc;

    Tickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Ticket t, People.ContactKeys keys) {
        jdbc.sql("""
                        insert into ticket (id, tracking_code, question, language, detected_language, transliterated,
                            channel, status, topic, created_by, created_at, updated_at, person_id, email_key, phone_key)
                        values (:id, :trackingCode, :question, :language, :detectedLanguage, :transliterated,
                            :channel, :status, :topic, :createdBy, :createdAt, :updatedAt, :personId, :emailKey, :phoneKey)
                        """)
                .param("id", t.id())
                .param("trackingCode", t.trackingCode())
                .param("question", t.question())
                .param("language", t.language())
                .param("detectedLanguage", t.detectedLanguage())
                .param("transliterated", t.transliterated())
                .param("channel", t.channel().name())
                .param("status", t.status().name())
                .param("topic", t.topic())
                .param("createdBy", t.createdBy())
                .param("createdAt", t.createdAt())
                .param("updatedAt", t.updatedAt())
                .param("personId", t.personId())
                .param("emailKey", keys.email())
                .param("phoneKey", keys.phone())
                .update();
    }

    Optional<Ticket> find(UUID id) {
        return jdbc.sql("select * from ticket where id = :id")
                .param("id", id)
                .query(Ticket.class)
                .optional();
    }

    /** Reads the ticket and locks it until the transaction ends, so two answers never race. */
    Optional<Ticket> lock(UUID id) {
        return jdbc.sql("select * from ticket where id = :id for update")
                .param("id", id)
                .query(Ticket.class)
                .optional();
    }

    Optional<Ticket> findByTrackingCode(String code) {
        return jdbc.sql("select * from ticket where tracking_code = :code")
                .param("code", code)
                .query(Ticket.class)
                .optional();
    }

    /** Updates the given columns (names are constants from this package, never user input). */
    void update(UUID id, Map<String, Object> columns, OffsetDateTime now) {
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.put("updated_at", now);
        StringBuilder sql = new StringBuilder("update ticket set ");
        List<String> sets = new ArrayList<>();
        values.keySet().forEach(column -> sets.add(column + " = :" + column));
        sql.append(String.join(", ", sets)).append(" where id = :id");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("id", id);
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object value = entry.getValue() instanceof Enum<?> e ? e.name() : entry.getValue();
            statement = statement.param(entry.getKey(), value);
        }
        statement.update();
    }

    PagedItems<Ticket> list(TicketFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.language() != null) {
            where.add("language = :language");
            params.put("language", filter.language());
        }
        if (filter.topic() != null) {
            if ("none".equals(filter.topic())) {
                where.add("topic is null");
            } else {
                where.add("topic = :topic");
                params.put("topic", filter.topic());
            }
        }
        if (filter.assignee() != null) {
            if ("none".equals(filter.assignee())) {
                where.add("assignee is null");
            } else {
                where.add("assignee = :assignee");
                params.put("assignee", filter.assignee());
            }
        }
        if (filter.caseId() != null) {
            where.add("case_id = :caseId");
            params.put("caseId", filter.caseId());
        }
        if (filter.awaitingReview() != null) {
            where.add(filter.awaitingReview() ? "pending_answer is not null" : "pending_answer is null");
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from ticket" + clause)
                .params(params)
                .query(Long.class)
                .single();
        List<Ticket> items = jdbc.sql(
                        "select * from ticket" + clause + " order by created_at desc, id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Ticket.class)
                .list();
        return new PagedItems<>(items, page, size, total);
    }

    void saveContact(UUID ticketId, Contact contact) {
        jdbc.sql("insert into ticket_contact (ticket_id, name, email, phone) values (:id, :name, :email, :phone)")
                .param("id", ticketId)
                .param("name", contact.name())
                .param("email", contact.email())
                .param("phone", contact.phone())
                .update();
    }

    Optional<Contact> contact(UUID ticketId) {
        return jdbc.sql("select name, email, phone from ticket_contact where ticket_id = :id")
                .param("id", ticketId)
                .query(Contact.class)
                .optional();
    }

    /** The contact data of several tickets at once (an inbox page), by ticket id. */
    Map<UUID, Contact> contacts(Collection<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Contact> contacts = new LinkedHashMap<>();
        jdbc.sql("select ticket_id, name, email, phone from ticket_contact where ticket_id = any(:ids)")
                .param("ids", ticketIds.toArray(UUID[]::new))
                .query((rs, n) -> contacts.put(
                        rs.getObject("ticket_id", UUID.class),
                        new Contact(rs.getString("name"), rs.getString("email"), rs.getString("phone"))))
                .list();
        return contacts;
    }

    void addNote(UUID noteId, UUID ticketId, String author, String text, OffsetDateTime at) {
        jdbc.sql(
                        "insert into ticket_note (id, ticket_id, author, text, created_at) values (:id, :ticket, :author, :text, :at)")
                .param("id", noteId)
                .param("ticket", ticketId)
                .param("author", author)
                .param("text", text)
                .param("at", at)
                .update();
    }

    List<TicketViews.Note> notes(UUID ticketId) {
        return jdbc.sql(
                        "select id, author, text, created_at from ticket_note where ticket_id = :id order by created_at, id")
                .param("id", ticketId)
                .query(TicketViews.Note.class)
                .list();
    }

    /** One page of the ticket's notes, oldest first (then by id: a stable order). */
    List<TicketViews.Note> notes(UUID ticketId, long offset, int limit) {
        return jdbc.sql("""
                        select id, author, text, created_at from ticket_note where ticket_id = :id
                        order by created_at, id limit :limit offset :offset
                        """)
                .param("id", ticketId)
                .param("limit", limit)
                .param("offset", offset)
                .query(TicketViews.Note.class)
                .list();
    }

    long noteCount(UUID ticketId) {
        return jdbc.sql("select count(*) from ticket_note where ticket_id = :id")
                .param("id", ticketId)
                .query(Long.class)
                .single();
    }

    void record(UUID ticketId, OffsetDateTime at, String actor, String action, String detail) {
        jdbc.sql(
                        "insert into ticket_history (ticket_id, at, actor, action, detail) values (:id, :at, :actor, :action, :detail)")
                .param("id", ticketId)
                .param("at", at)
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
                .update();
    }

    List<TicketViews.HistoryEntry> history(UUID ticketId) {
        return jdbc.sql("select at, actor, action, detail from ticket_history where ticket_id = :id order by id")
                .param("id", ticketId)
                .query(TicketViews.HistoryEntry.class)
                .list();
    }

    /** One page of the ticket's history, in the order it was written (oldest first). */
    List<TicketViews.HistoryEntry> history(UUID ticketId, long offset, int limit) {
        return jdbc.sql("""
                        select at, actor, action, detail from ticket_history where ticket_id = :id
                        order by id limit :limit offset :offset
                        """)
                .param("id", ticketId)
                .param("limit", limit)
                .param("offset", offset)
                .query(TicketViews.HistoryEntry.class)
                .list();
    }

    long historyCount(UUID ticketId) {
        return jdbc.sql("select count(*) from ticket_history where ticket_id = :id")
                .param("id", ticketId)
                .query(Long.class)
                .single();
    }

    /** Whether a ticket is assigned to this user name (tickets keep their assignee once answered or closed). */
    boolean anyAssignedTo(String assignee) {
        return jdbc.sql("select exists (select 1 from ticket where assignee = :assignee)")
                .param("assignee", assignee)
                .query(Boolean.class)
                .single();
    }

    /** Open (assigned, not yet answered) tickets per assignee: the workload shown with suggested assignees. */
    Map<String, Long> workload() {
        Map<String, Long> load = new LinkedHashMap<>();
        jdbc.sql(
                        "select assignee, count(*) as n from ticket where status = 'ASSIGNED' and assignee is not null group by assignee")
                .query((rs, n) -> load.put(rs.getString("assignee"), rs.getLong("n")))
                .list();
        return load;
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from ticket where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
