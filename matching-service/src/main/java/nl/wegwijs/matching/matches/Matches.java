package nl.wegwijs.matching.matches;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The match and match_history tables. */
@Repository
class Matches {

    private final JdbcClient jdbc;

    Matches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new match; false when the pair is matched already. A concurrent insert of the same pair makes this
     * one wait for that transaction and answer false if it commits (nothing written, the transaction still usable
     * to read the winner).
     */
    boolean insert(Match m) {
        return jdbc.sql("""
                                insert into match (id, vacancy_id, candidate_id, status, score, override_reason,
                                                   proposed_by, created_at, updated_at)
                                values (:id, :vacancy, :candidate, :status, :score, :override, :by, :at, :at)
                                on conflict (vacancy_id, candidate_id) do nothing
                                """)
                        .param("id", m.id())
                        .param("vacancy", m.vacancyId())
                        .param("candidate", m.candidateId())
                        .param("status", m.status().name())
                        .param("score", m.score())
                        .param("override", m.overrideReason())
                        .param("by", m.proposedBy())
                        .param("at", m.createdAt())
                        .update()
                == 1;
    }

    /** Moves a match on if it is still in the expected status; false when someone else moved it first. */
    boolean move(UUID id, MatchStatus from, MatchStatus to, OffsetDateTime at) {
        return jdbc.sql("update match set status = :to, updated_at = :at where id = :id and status = :from")
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("at", at)
                        .update()
                == 1;
    }

    void step(UUID matchId, MatchStatus status, String actor, String reason, OffsetDateTime at) {
        jdbc.sql("""
                        insert into match_history (match_id, status, actor, reason, at)
                        values (:match, :status, :actor, :reason, :at)
                        """)
                .param("match", matchId)
                .param("status", status.name())
                .param("actor", actor)
                .param("reason", reason)
                .param("at", at)
                .update();
    }

    Optional<Match> find(UUID id) {
        return jdbc.sql("select * from match where id = :id")
                .param("id", id)
                .query(Matches::map)
                .optional();
    }

    /** The candidate a match is about. */
    Optional<UUID> candidateOf(UUID id) {
        return jdbc.sql("select candidate_id from match where id = :id")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    /** The match of a vacancy and a candidate (there is at most one). */
    Optional<UUID> findPair(UUID vacancyId, UUID candidateId) {
        return jdbc.sql("select id from match where vacancy_id = :v and candidate_id = :c")
                .param("v", vacancyId)
                .param("c", candidateId)
                .query(UUID.class)
                .optional();
    }

    List<Match> search(UUID vacancyId, UUID candidateId, MatchStatus status, long offset, int limit) {
        return jdbc.sql("""
                        select * from match
                        where (cast(:v as uuid) is null or vacancy_id = :v)
                          and (cast(:c as uuid) is null or candidate_id = :c)
                          and (cast(:s as varchar) is null or status = :s)
                        order by created_at desc, id offset :offset limit :limit
                        """)
                .param("v", vacancyId)
                .param("c", candidateId)
                .param("s", status == null ? null : status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(Matches::map)
                .list();
    }

    /**
     * A page of the matches an employer sees for a vacancy: every one but the declined, newest proposal first
     * (ties by id, so the order is stable from page to page).
     */
    List<Match> shownToEmployer(UUID vacancyId, long offset, int limit) {
        return jdbc.sql("""
                        select * from match
                        where vacancy_id = :v and status <> :declined
                        order by created_at desc, id offset :offset limit :limit
                        """)
                .param("v", vacancyId)
                .param("declined", MatchStatus.DECLINED.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(Matches::map)
                .list();
    }

    /** How many matches an employer sees for a vacancy: every one but the declined. */
    long countShownToEmployer(UUID vacancyId) {
        return jdbc.sql("select count(*) from match where vacancy_id = :v and status <> :declined")
                .param("v", vacancyId)
                .param("declined", MatchStatus.DECLINED.name())
                .query(Long.class)
                .single();
    }

    long count(UUID vacancyId, UUID candidateId, MatchStatus status) {
        return jdbc.sql("""
                        select count(*) from match
                        where (cast(:v as uuid) is null or vacancy_id = :v)
                          and (cast(:c as uuid) is null or candidate_id = :c)
                          and (cast(:s as varchar) is null or status = :s)
                        """)
                .param("v", vacancyId)
                .param("c", candidateId)
                .param("s", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /** How many matches a candidate had before this one: the first proposal starts "time to first match". */
    long countForCandidate(UUID candidateId) {
        return jdbc.sql("select count(*) from match where candidate_id = :c")
                .param("c", candidateId)
                .query(Long.class)
                .single();
    }

    /** Deletes a candidate's matches with their history; answers how many there were. */
    int deleteForCandidate(UUID candidateId) {
        jdbc.sql("delete from match_history where match_id in (select id from match where candidate_id = :c)")
                .param("c", candidateId)
                .update();
        return jdbc.sql("delete from match where candidate_id = :c")
                .param("c", candidateId)
                .update();
    }

    List<Match.Step> history(UUID matchId) {
        return jdbc.sql("select * from match_history where match_id = :id order by id")
                .param("id", matchId)
                .query((rs, n) -> new Match.Step(
                        MatchStatus.valueOf(rs.getString("status")),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    private static Match map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal score = rs.getBigDecimal("score");
        return new Match(
                rs.getObject("id", UUID.class),
                rs.getObject("vacancy_id", UUID.class),
                rs.getObject("candidate_id", UUID.class),
                MatchStatus.valueOf(rs.getString("status")),
                score,
                rs.getString("override_reason"),
                rs.getString("proposed_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                null,
                null);
    }
}
