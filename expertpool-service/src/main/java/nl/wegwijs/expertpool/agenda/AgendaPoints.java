package nl.wegwijs.expertpool.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.wegwijs.expertpool.JsonLists;
import nl.wegwijs.expertpool.privacy.StoredTexts;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agenda points, their supporters and their history. */
@Repository
public class AgendaPoints {

    private static final String FILTER = " where (cast(:status as text) is null or status = :status)"
            + " and (cast(:theme as text) is null or theme = :theme)"
            + " and (cast(:session as uuid) is null or session_id = cast(:session as uuid))";

    private final JdbcClient jdbc;
    private final JsonLists lists;

    AgendaPoints(JdbcClient jdbc, JsonLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    void insert(AgendaPoint p) {
        jdbc.sql("""
                        insert into agenda_point (id, session_id, theme, text, status, raised_at, updated_at)
                        values (:id, :session, :theme, :text, :status, :raisedAt, :raisedAt)
                        """)
                .param("id", p.id())
                .param("session", p.sessionId())
                .param("theme", p.theme())
                .param("text", p.text())
                .param("status", p.status().name())
                .param("raisedAt", p.raisedAt())
                .update();
    }

    void update(AgendaPoint p) {
        jdbc.sql("""
                        update agenda_point set status = :status, priority = :priority, reference = :reference,
                            visit_date = :visitDate, visitors = cast(:visitors as jsonb), answered_on = :answeredOn,
                            answer_summary = :answerSummary, updated_at = :updatedAt
                        where id = :id
                        """)
                .param("id", p.id())
                .param("status", p.status().name())
                .param("priority", p.priority())
                .param("reference", p.reference())
                .param("visitDate", p.visitDate())
                .param("visitors", lists.write(p.visitors()))
                .param("answeredOn", p.answeredOn())
                .param("answerSummary", p.answerSummary())
                .param("updatedAt", p.updatedAt())
                .update();
    }

    public Optional<AgendaPoint> find(UUID id) {
        return jdbc.sql("select * from agenda_point where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    Optional<AgendaPoint> lock(UUID id) {
        return jdbc.sql("select * from agenda_point where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public List<AgendaPoint> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from agenda_point where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(this::map)
                .list();
    }

    List<AgendaPoint> page(AgendaStatus status, String theme, UUID session, PageRequest request) {
        return jdbc.sql("select * from agenda_point" + FILTER
                        + " order by priority nulls last, raised_at desc, id limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("theme", theme)
                .param("session", session == null ? null : session.toString())
                .param("limit", request.getPageSize())
                .param("offset", request.getOffset())
                .query(this::map)
                .list();
    }

    long count(AgendaStatus status, String theme, UUID session) {
        return jdbc.sql("select count(*) from agenda_point" + FILTER)
                .param("status", status == null ? null : status.name())
                .param("theme", theme)
                .param("session", session == null ? null : session.toString())
                .query(Long.class)
                .single();
    }

    public long count() {
        return count(null, null, null);
    }

    boolean supports(UUID pointId, UUID expertId) {
        return jdbc.sql("select count(*) from agenda_support where agenda_point_id = :point and expert_id = :expert")
                        .param("point", pointId)
                        .param("expert", expertId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void addSupport(UUID pointId, UUID expertId, String quote, OffsetDateTime at) {
        jdbc.sql("""
                        insert into agenda_support (agenda_point_id, expert_id, quote, supported_at)
                        values (:point, :expert, :quote, :at)
                        """)
                .param("point", pointId)
                .param("expert", expertId)
                .param("quote", quote)
                .param("at", at)
                .update();
    }

    public int supporterCount(UUID pointId) {
        return jdbc.sql("select count(*) from agenda_support where agenda_point_id = :point")
                .param("point", pointId)
                .query(Integer.class)
                .single();
    }

    /** The supporters with their names (null once erased) and whether they may be quoted now. */
    public List<Supporter> supporters(UUID pointId) {
        return jdbc.sql("""
                        select s.expert_id, s.quote, s.supported_at, e.name,
                            (e.erased_at is null and e.consent_participate) as active,
                            (e.erased_at is null and e.consent_participate and e.consent_quote) as may_quote
                        from agenda_support s join expert e on e.id = s.expert_id
                        where s.agenda_point_id = :point order by s.supported_at, s.expert_id
                        """)
                .param("point", pointId)
                .query((rs, n) -> new Supporter(
                        rs.getObject("expert_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("quote"),
                        rs.getBoolean("active"),
                        rs.getBoolean("may_quote"),
                        rs.getObject("supported_at", OffsetDateTime.class)))
                .list();
    }

    /** Erasure: an expert's quotes are their words, so they go; the anonymous support stays counted. */
    void clearQuotes(UUID expertId) {
        jdbc.sql("update agenda_support set quote = null where expert_id = :expert")
                .param("expert", expertId)
                .update();
    }

    /**
     * The expert's points: raised in a session they were invited to or attended, or raised, supported or taken to
     * members of parliament by them.
     */
    Set<UUID> pointsOf(UUID expertId) {
        return new HashSet<>(jdbc.sql("""
                        select id from agenda_point
                        where session_id in (select session_id from invitation where expert_id = :expert)
                           or id in (select agenda_point_id from agenda_support where expert_id = :expert)
                           or visitors @> cast(:visitor as jsonb)
                        """)
                .param("expert", expertId)
                .param("visitor", lists.write(List.of(expertId)))
                .query(UUID.class)
                .list());
    }

    /**
     * Rewrites every free text of every point (its text, reference and answer, its steps, its supporters' quotes)
     * with the change {@code text} gives for the point's id.
     */
    void rewriteTexts(Function<UUID, UnaryOperator<String>> text) {
        StoredTexts.rewrite(
                jdbc,
                "agenda_point",
                List.of("id"),
                List.of(),
                List.of("text", "reference", "answer_summary"),
                row -> text.apply((UUID) row.get("id")));
        StoredTexts.rewrite(
                jdbc,
                "agenda_history",
                List.of("id"),
                List.of("agenda_point_id"),
                List.of("note", "reference", "answer_summary"),
                row -> text.apply((UUID) row.get("agenda_point_id")));
        StoredTexts.rewrite(
                jdbc,
                "agenda_support",
                List.of("agenda_point_id", "expert_id"),
                List.of(),
                List.of("quote"),
                row -> text.apply((UUID) row.get("agenda_point_id")));
    }

    void recordStep(UUID pointId, AgendaHistoryEntry e) {
        jdbc.sql("""
                        insert into agenda_history (agenda_point_id, from_status, to_status, changed_at, changed_by, note,
                            reference, visit_date, visitor_count, answered_on, answer_summary)
                        values (:point, :from, :to, :at, :by, :note, :reference, :visitDate, :visitors, :answeredOn, :summary)
                        """)
                .param("point", pointId)
                .param("from", e.from() == null ? null : e.from().name())
                .param("to", e.to().name())
                .param("at", e.changedAt())
                .param("by", e.changedBy())
                .param("note", e.note())
                .param("reference", e.reference())
                .param("visitDate", e.visitDate())
                .param("visitors", e.visitorCount())
                .param("answeredOn", e.answeredOn())
                .param("summary", e.answerSummary())
                .update();
    }

    List<AgendaHistoryEntry> history(UUID pointId) {
        return jdbc.sql("select * from agenda_history where agenda_point_id = :point order by id")
                .param("point", pointId)
                .query((rs, n) -> new AgendaHistoryEntry(
                        rs.getString("from_status") == null ? null : AgendaStatus.valueOf(rs.getString("from_status")),
                        AgendaStatus.valueOf(rs.getString("to_status")),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("changed_by"),
                        rs.getString("note"),
                        rs.getString("reference"),
                        rs.getObject("visit_date", LocalDate.class),
                        (Integer) rs.getObject("visitor_count"),
                        rs.getObject("answered_on", LocalDate.class),
                        rs.getString("answer_summary")))
                .list();
    }

    private AgendaPoint map(ResultSet rs, int row) throws SQLException {
        return new AgendaPoint(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("theme"),
                rs.getString("text"),
                AgendaStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("priority"),
                rs.getString("reference"),
                rs.getObject("visit_date", LocalDate.class),
                lists.read(rs.getString("visitors")).stream()
                        .map(UUID::fromString)
                        .toList(),
                rs.getObject("answered_on", LocalDate.class),
                rs.getString("answer_summary"),
                rs.getObject("raised_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
