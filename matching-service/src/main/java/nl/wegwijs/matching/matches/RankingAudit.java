package nl.wegwijs.matching.matches;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log of rankings shown and of coaches' overrides: who saw what, from which inputs, with which
 * version of the scoring. Job matching is a high-risk AI use under the EU AI Act (Annex III, 4(a));
 * this log is what an audit of a decision starts from.
 */
@Component
class RankingAudit {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    RankingAudit(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    UUID record(String kind, UUID subjectId, String shownTo, String scoringVersion, Object inputs, Object result) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into ranking_audit (id, shown_at, shown_to, kind, subject_id, scoring_version, inputs, result)
                        values (:id, :at, :to, :kind, :subject, :version, cast(:inputs as jsonb), cast(:result as jsonb))
                        """)
                .param("id", id)
                .param("at", OffsetDateTime.now(clock))
                .param("to", shownTo)
                .param("kind", kind)
                .param("subject", subjectId)
                .param("version", scoringVersion)
                .param("inputs", json.writeValueAsString(inputs))
                .param("result", json.writeValueAsString(result))
                .update();
        return id;
    }

    /**
     * Removes the coach's free-text reason from the overrides that concern an erased candidate; ids, scores
     * and scoring versions stay, as the audit of the decisions needs them and they name nobody.
     */
    int forgetReasonsAbout(UUID candidateId) {
        return jdbc.sql("""
                        update ranking_audit set inputs = jsonb_set(inputs, '{reason}', '"(erased)"')
                        where kind = 'OVERRIDE' and inputs ->> 'candidateId' = :c
                        """).param("c", candidateId.toString()).update();
    }

    record Entry(
            UUID id,
            OffsetDateTime shownAt,
            String shownTo,
            String kind,
            UUID subjectId,
            String scoringVersion,
            String inputs,
            String result) {}

    /** One page of the log about a vacancy or candidate, newest first (ties by id: a stable order). */
    List<Entry> forSubject(UUID subjectId, long offset, int limit) {
        return jdbc.sql("""
                        select * from ranking_audit where subject_id = :subject
                        order by shown_at desc, id limit :limit offset :offset
                        """)
                .param("subject", subjectId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("shown_at", OffsetDateTime.class),
                        rs.getString("shown_to"),
                        rs.getString("kind"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("scoring_version"),
                        rs.getString("inputs"),
                        rs.getString("result")))
                .list();
    }

    long countForSubject(UUID subjectId) {
        return jdbc.sql("select count(*) from ranking_audit where subject_id = :subject")
                .param("subject", subjectId)
                .query(Long.class)
                .single();
    }
}
