package nl.wegwijs.expertpool.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.wegwijs.expertpool.privacy.StoredTexts;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions and their invitations. */
@Repository
public class Sessions {

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Session s) {
        jdbc.sql("""
                        insert into thematic_session (id, theme, title, starts_at, language, location, capacity, created_at)
                        values (:id, :theme, :title, :startsAt, :language, :location, :capacity, :createdAt)
                        """)
                .param("id", s.id())
                .param("theme", s.theme())
                .param("title", s.title())
                .param("startsAt", s.startsAt())
                .param("language", s.language())
                .param("location", s.location())
                .param("capacity", s.capacity())
                .param("createdAt", s.createdAt())
                .update();
    }

    public Optional<Session> find(UUID id) {
        return jdbc.sql("select * from thematic_session where id = :id")
                .param("id", id)
                .query(Sessions::map)
                .optional();
    }

    /** Locks the session row so that concurrent invitations cannot overfill it. */
    Optional<Session> lock(UUID id) {
        return jdbc.sql("select * from thematic_session where id = :id for update")
                .param("id", id)
                .query(Sessions::map)
                .optional();
    }

    List<Session> page(String theme, PageRequest request) {
        return jdbc.sql("select * from thematic_session where (cast(:theme as text) is null or theme = :theme)"
                        + " order by starts_at desc, id limit :limit offset :offset")
                .param("theme", theme)
                .param("limit", request.getPageSize())
                .param("offset", request.getOffset())
                .query(Sessions::map)
                .list();
    }

    long count(String theme) {
        return jdbc.sql("select count(*) from thematic_session where (cast(:theme as text) is null or theme = :theme)")
                .param("theme", theme)
                .query(Long.class)
                .single();
    }

    public long count() {
        return count(null);
    }

    List<Invitation> invitations(UUID sessionId) {
        return jdbc.sql("""
                        select i.*, e.name from invitation i join expert e on e.id = i.expert_id
                        where i.session_id = :session order by i.invited_at, i.expert_id
                        """)
                .param("session", sessionId)
                .query((rs, n) -> new Invitation(
                        rs.getObject("expert_id", UUID.class),
                        rs.getString("name"),
                        Invitation.Status.valueOf(rs.getString("status")),
                        rs.getObject("invited_at", OffsetDateTime.class),
                        rs.getObject("replied_at", OffsetDateTime.class),
                        rs.getBoolean("attended")))
                .list();
    }

    void invite(UUID sessionId, UUID expertId, OffsetDateTime at) {
        jdbc.sql("""
                        insert into invitation (session_id, expert_id, status, invited_at)
                        values (:session, :expert, 'INVITED', :at)
                        on conflict (session_id, expert_id)
                        do update set status = 'INVITED', invited_at = :at, replied_at = null
                        """)
                .param("session", sessionId)
                .param("expert", expertId)
                .param("at", at)
                .update();
    }

    void reply(UUID sessionId, UUID expertId, Invitation.Status status, OffsetDateTime at) {
        jdbc.sql(
                        "update invitation set status = :status, replied_at = :at where session_id = :session and expert_id = :expert")
                .param("status", status.name())
                .param("at", at)
                .param("session", sessionId)
                .param("expert", expertId)
                .update();
    }

    /** Marks the expert present; someone who came without an invitation is recorded as accepted. */
    void attended(UUID sessionId, UUID expertId, OffsetDateTime at) {
        jdbc.sql("""
                        insert into invitation (session_id, expert_id, status, invited_at, replied_at, attended)
                        values (:session, :expert, 'ACCEPTED', :at, :at, true)
                        on conflict (session_id, expert_id)
                        do update set attended = true, status = 'ACCEPTED',
                            replied_at = coalesce(invitation.replied_at, :at)
                        """)
                .param("session", sessionId)
                .param("expert", expertId)
                .param("at", at)
                .update();
    }

    void held(UUID sessionId, OffsetDateTime at) {
        jdbc.sql("update thematic_session set held_at = :at where id = :id and held_at is null")
                .param("at", at)
                .param("id", sessionId)
                .update();
    }

    void minutes(UUID sessionId, String minutes, OffsetDateTime at) {
        jdbc.sql("update thematic_session set minutes = :minutes, minutes_updated_at = :at where id = :id")
                .param("minutes", minutes)
                .param("at", at)
                .param("id", sessionId)
                .update();
    }

    /** Cancels the expert's open invitations to sessions still to come; returns how many. */
    int cancelOpenInvitations(UUID expertId, OffsetDateTime now) {
        return jdbc.sql("""
                        update invitation set status = 'CANCELLED', replied_at = :now
                        where expert_id = :expert and status in ('INVITED', 'ACCEPTED')
                          and session_id in (select id from thematic_session where starts_at > :now)
                        """).param("expert", expertId).param("now", now).update();
    }

    /** The sessions the expert was invited to (whatever they replied, also when it was cancelled) or attended. */
    public Set<UUID> sessionsOf(UUID expertId) {
        return new HashSet<>(jdbc.sql("select session_id from invitation where expert_id = :expert")
                .param("expert", expertId)
                .query(UUID.class)
                .list());
    }

    /**
     * Rewrites the title and minutes of every session with the change {@code text} gives for that session's id, the
     * location with the one {@code place} gives.
     */
    void rewriteTexts(Function<UUID, UnaryOperator<String>> text, Function<UUID, UnaryOperator<String>> place) {
        StoredTexts.rewrite(
                jdbc,
                "thematic_session",
                List.of("id"),
                List.of(),
                List.of("title", "minutes"),
                row -> text.apply((UUID) row.get("id")));
        StoredTexts.rewrite(
                jdbc,
                "thematic_session",
                List.of("id"),
                List.of(),
                List.of("location"),
                row -> place.apply((UUID) row.get("id")));
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(
                rs.getObject("id", UUID.class),
                rs.getString("theme"),
                rs.getString("title"),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getString("language"),
                rs.getString("location"),
                rs.getInt("capacity"),
                rs.getString("minutes"),
                rs.getObject("minutes_updated_at", OffsetDateTime.class),
                rs.getObject("held_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
