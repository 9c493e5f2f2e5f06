package nl.wegwijs.matching.matches;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.matching.engine.Ranked;
import nl.wegwijs.matching.engine.Ranking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored suggestions a new vacancy or a changed profile refreshes: the coach's starting point. */
@Component
class Suggestions {

    private final JdbcClient jdbc;
    private final Clock clock;

    Suggestions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Suggestion(
            UUID vacancyId, UUID candidateId, BigDecimal score, String scoringVersion, OffsetDateTime computedAt) {}

    void replaceForVacancy(UUID vacancyId, Ranking ranking) {
        jdbc.sql("delete from match_suggestion where vacancy_id = :id")
                .param("id", vacancyId)
                .update();
        insert(ranking);
    }

    void replaceForCandidate(UUID candidateId, Ranking ranking) {
        jdbc.sql("delete from match_suggestion where candidate_id = :id")
                .param("id", candidateId)
                .update();
        insert(ranking);
    }

    void removeVacancy(UUID vacancyId) {
        jdbc.sql("delete from match_suggestion where vacancy_id = :id")
                .param("id", vacancyId)
                .update();
    }

    void removeCandidate(UUID candidateId) {
        jdbc.sql("delete from match_suggestion where candidate_id = :id")
                .param("id", candidateId)
                .update();
    }

    private static final String FILTER = """
             where (cast(:v as uuid) is null or vacancy_id = :v)
               and (cast(:c as uuid) is null or candidate_id = :c)
            """;

    /** One page of the suggestions, best first; ties by vacancy id, then candidate id (a stable order). */
    List<Suggestion> find(UUID vacancyId, UUID candidateId, long offset, int limit) {
        return jdbc.sql("select * from match_suggestion" + FILTER
                        + " order by score desc, vacancy_id, candidate_id limit :limit offset :offset")
                .param("v", vacancyId)
                .param("c", candidateId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Suggestion(
                        rs.getObject("vacancy_id", UUID.class),
                        rs.getObject("candidate_id", UUID.class),
                        rs.getBigDecimal("score"),
                        rs.getString("scoring_version"),
                        rs.getObject("computed_at", OffsetDateTime.class)))
                .list();
    }

    long count(UUID vacancyId, UUID candidateId) {
        return jdbc.sql("select count(*) from match_suggestion" + FILTER)
                .param("v", vacancyId)
                .param("c", candidateId)
                .query(Long.class)
                .single();
    }

    /** Ranking results of candidates erased meanwhile (an index not yet told) are not stored. */
    private void insert(Ranking ranking) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Ranked r : ranking.items()) {
            jdbc.sql("""
                            insert into match_suggestion (vacancy_id, candidate_id, score, scoring_version, computed_at)
                            select :v, :c, :score, :version, :at
                            where exists (select 1 from candidate where id = :c)
                            on conflict (vacancy_id, candidate_id)
                            do update set score = excluded.score, scoring_version = excluded.scoring_version,
                                          computed_at = excluded.computed_at
                            """)
                    .param("v", r.vacancyId())
                    .param("c", r.candidateId())
                    .param("score", r.score())
                    .param("version", ranking.scoringVersion())
                    .param("at", now)
                    .update();
        }
    }
}
