package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.MATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The in-memory index follows the service's own events; bad events go to the dead-letter topic. */
@ServiceIT
class EngineEventsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theIndexFollowsACandidateUpdatedEventFromTheDatabase() {
        Ranked ranked = aCandidateRankedForAVacancyIn("Urk", "Urk Fish BV");
        UUID candidate = ranked.candidate();

        // another instance moved the candidate to Maastricht; this instance learns it from the event only
        jdbc.sql(
                        "update candidate set document = jsonb_set(document, '{location,city}', '\"Maastricht\"') where id = :id")
                .param("id", candidate)
                .update();
        TopicProbe.sendEvent(
                "matching.candidate.v1",
                "nl.wegwijs.matching.CandidateUpdated",
                candidate.toString(),
                "{\"candidateId\":\"" + candidate + "\",\"version\":2,\"created\":false}");
        awaitNoLongerRanked(ranked);
    }

    @Test
    void theIndexDropsACandidateErasedOnAnotherInstanceWhenItsEventArrives() {
        Ranked ranked = aCandidateRankedForAVacancyIn("Harderwijk", "Harderwijk Haven BV");
        UUID candidate = ranked.candidate();

        // another instance erased the candidate; this instance learns it from the event only
        jdbc.sql("delete from match_suggestion where candidate_id = :id")
                .param("id", candidate)
                .update();
        jdbc.sql("delete from candidate where id = :id").param("id", candidate).update();
        TopicProbe.sendEvent(
                "matching.candidate.v1",
                "nl.wegwijs.matching.CandidateErased",
                candidate.toString(),
                "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2026-11-28T10:00:00Z\"}");
        awaitNoLongerRanked(ranked);
    }

    @Test
    void aRedeliveredEventRefreshesOnceAndUnknownTypesAreIgnoredButUnreadableOnesAreDeadLettered() {
        String eventId = UUID.randomUUID().toString();
        UUID vacancy = UUID.randomUUID();
        String data = "{\"vacancyId\":\"" + vacancy + "\"}";
        TopicProbe.sendEvent(
                "matching.vacancy.v1", eventId, "nl.wegwijs.matching.VacancyClosed", vacancy.toString(), data);
        TopicProbe.sendEvent(
                "matching.vacancy.v1", eventId, "nl.wegwijs.matching.VacancyClosed", vacancy.toString(), data);
        String unknownKey = "unknown-" + UUID.randomUUID();
        TopicProbe.sendEvent("matching.vacancy.v1", "nl.wegwijs.matching.VacancyRenamedInTheFuture", unknownKey, "{}");
        String poisonKey = "poison-" + UUID.randomUUID();
        TopicProbe.send("matching.vacancy.v1", poisonKey, "not an event", Map.of());

        TopicProbe.await("error.matching.vacancy.v1.matching-service-refresh", s -> poisonKey.equals(s.key()));
        assertThat(TopicProbe.all("error.matching.vacancy.v1.matching-service-refresh"))
                .noneMatch(s -> unknownKey.equals(s.key()));
        Long handled = jdbc.sql("select count(*) from processed_event where event_id = :id")
                .param("id", eventId)
                .query(Long.class)
                .single();
        assertThat(handled).isEqualTo(1);
    }

    private record Ranked(UUID vacancy, UUID candidate) {}

    /** A vacancy and a candidate in the same city, the candidate already in the vacancy's ranking. */
    private Ranked aCandidateRankedForAVacancyIn(String city, String employerName) {
        Api api = new Api(port);
        String employer = TestTokens.employer(Fixtures.employer(api, employerName));
        UUID vacancy = api.post(
                        employer,
                        "/api/employer/vacancies",
                        Fixtures.with(Fixtures.vacancy(), "location", Map.of("city", city)))
                .id();
        UUID candidate = api.post(
                        MATCHER,
                        "/api/matching/candidates",
                        Fixtures.with(Fixtures.candidate(), "location", Map.of("city", city)))
                .id();
        assertThat(ranking(vacancy)).contains(candidate.toString());
        return new Ranked(vacancy, candidate);
    }

    private void awaitNoLongerRanked(Ranked ranked) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ranking(ranked.vacancy()))
                        .doesNotContain(ranked.candidate().toString()));
    }

    private String ranking(UUID vacancy) {
        return new Api(port)
                .get(MATCHER, "/api/matching/vacancies/" + vacancy + "/matches?limit=100")
                .raw();
    }
}
