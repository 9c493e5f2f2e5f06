package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.ADMIN;
import static nl.wegwijs.matching.Fixtures.MATCHER;
import static nl.wegwijs.matching.Fixtures.candidate;
import static nl.wegwijs.matching.Fixtures.vacancy;
import static nl.wegwijs.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.Parallel;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import nl.wegwijs.testsupport.WritesHeld;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The right to erasure: a coach (or the helpdesk, through its PersonErased event) erases a candidate, whose
 * personal data then exists nowhere in the service: not as a profile, in a ranking, a match, a suggestion or
 * the free text of the audit log.
 */
@ServiceIT
class CandidateErasureIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Api api;
    String employer;
    UUID vacancyId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        employer = TestTokens.employer(Fixtures.employer(api, "Dronten Distribution"));
        vacancyId = api.post(
                        employer, "/api/employer/vacancies", with(vacancy(), "location", Map.of("city", "Dronten")))
                .id();
    }

    private UUID candidateInDronten(String name, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(candidate());
        body.put("name", name);
        body.put("location", Map.of("city", "Dronten", "postcode", "8251 AB"));
        body.putAll(changes);
        Api.Res created = api.post(MATCHER, "/api/matching/candidates", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.id();
    }

    private String rankingForTheVacancy() {
        Api.Res ranking = api.get(MATCHER, "/api/matching/vacancies/" + vacancyId + "/matches?limit=100");
        assertThat(ranking.status()).as(ranking.raw()).isEqualTo(200);
        return ranking.raw();
    }

    @Test
    void anErasedCandidateIsGoneFromProfilesRankingsMatchesSuggestionsAndEmployersViews() {
        UUID candidateId = candidateInDronten("Zoriana Erasable", Map.of());
        assertThat(rankingForTheVacancy()).contains(candidateId.toString());
        UUID matchId = api.post(
                        MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", candidateId))
                .id();
        assertThat(api.post(MATCHER, "/api/matching/matches/" + matchId + "/introduce", null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get(employer, "/api/employer/vacancies/" + vacancyId + "/matches")
                        .raw())
                .contains("Zoriana Erasable");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                api.get(MATCHER, "/api/matching/suggestions?size=100&candidateId=" + candidateId)
                                        .raw())
                        .contains(vacancyId.toString()));

        Api.Res erased = api.delete(MATCHER, "/api/matching/candidates/" + candidateId, Map.of());
        assertThat(erased.status()).as(erased.raw()).isEqualTo(204);

        Api.Res profile = api.get(MATCHER, "/api/matching/candidates/" + candidateId);
        assertThat(profile.status()).isEqualTo(404);
        assertThat(profile.headers().getContentType().toString()).contains("problem+json");
        assertThat(api.put(MATCHER, "/api/matching/candidates/" + candidateId, candidate(), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(MATCHER, "/api/matching/candidates?size=100").raw()).doesNotContain(candidateId.toString());
        assertThat(rankingForTheVacancy()).doesNotContain(candidateId.toString());
        assertThat(api.get(MATCHER, "/api/matching/candidates/" + candidateId + "/matches")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(MATCHER, "/api/matching/matches?candidateId=" + candidateId)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get(MATCHER, "/api/matching/matches?vacancyId=" + vacancyId)
                        .raw())
                .doesNotContain(candidateId.toString());
        assertThat(api.get(MATCHER, "/api/matching/matches/" + matchId).status())
                .isEqualTo(404);
        assertThat(api.get(employer, "/api/employer/vacancies/" + vacancyId + "/matches")
                        .raw())
                .doesNotContain("Zoriana")
                .doesNotContain(matchId.toString())
                .doesNotContain(candidateId.toString());
        assertThat(api.get(MATCHER, "/api/matching/suggestions?candidateId=" + candidateId)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.post(
                                MATCHER,
                                "/api/matching/matches",
                                Map.of("vacancyId", vacancyId, "candidateId", candidateId))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from candidate where document::text like '%Zoriana%'")
                        .query(Long.class)
                        .single())
                .isZero();

        TopicProbe.Seen domain = TopicProbe.await(
                "matching.candidate.v1",
                s -> s.key().equals(candidateId.toString())
                        && "nl.wegwijs.matching.CandidateErased".equals(s.header("ce_type")));
        EventSchemas.assertConforms(domain);
        assertThat(domain.value()).doesNotContain("Zoriana");
        TopicProbe.Seen forAnalysts = TopicProbe.await(
                "analytics.matching.v1",
                s -> "nl.wegwijs.analytics.matching.CandidateErased".equals(s.header("ce_type")));
        EventSchemas.assertConforms(forAnalysts);
        assertThat(TopicProbe.all("analytics.matching.v1"))
                .filteredOn(s -> "nl.wegwijs.analytics.matching.CandidateErased".equals(s.header("ce_type")))
                .allSatisfy(s -> assertThat(s.value())
                        .doesNotContain("Zoriana")
                        .doesNotContain("Dronten")
                        .doesNotContain(candidateId.toString()));
    }

    @Test
    void anErasedCandidateNoLongerCountsAmongTheCandidatesARankingConsidered() {
        UUID candidateId = candidateInDronten("Counted Once", Map.of());
        assertThat(rankingForTheVacancy()).contains(candidateId.toString());
        int before = consideredForTheVacancy();

        assertThat(api.delete(MATCHER, "/api/matching/candidates/" + candidateId, Map.of())
                        .status())
                .isEqualTo(204);

        assertThat(consideredForTheVacancy()).isEqualTo(before - 1);
        assertThat(api.delete(MATCHER, "/api/matching/candidates/" + candidateId, Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(consideredForTheVacancy()).isEqualTo(before - 1);
    }

    private int consideredForTheVacancy() {
        return Api.json(rankingForTheVacancy()).get("considered").asInt();
    }

    @Test
    void erasingAnErasedCandidateAgainIsHarmlessAndAnUnknownIdIsA404() {
        UUID candidateId = candidateInDronten("Twice Erased", Map.of());
        String path = "/api/matching/candidates/" + candidateId;
        assertThat(api.delete(MATCHER, path, Map.of()).status()).isEqualTo(204);
        assertThat(api.delete(MATCHER, path, Map.of()).status()).isEqualTo(204);
        assertThat(api.get(MATCHER, path).status()).isEqualTo(404);

        Api.Res unknown = api.delete(MATCHER, "/api/matching/candidates/" + UUID.randomUUID(), Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.headers().getContentType().toString()).contains("problem+json");
        assertThat(unknown.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void parallelErasuresOfOneCandidateAllAnswer204() {
        UUID candidateId = candidateInDronten("Erased Thrice At Once", Map.of());
        String path = "/api/matching/candidates/" + candidateId;
        Parallel<Api.Res> erasures;
        // an erasure's first write removes the candidate's match history: holding it keeps the first erasure
        // at work, with the candidate locked, until every other one waits for that lock
        try (WritesHeld held = WritesHeld.on(dataSource, "match_history")) {
            erasures = Parallel.start(3, i -> api.delete(MATCHER, path, Map.of()));
            held.untilBlocked(3);
        }
        assertThat(erasures.results().stream().map(Api.Res::status)).containsExactly(204, 204, 204);
        assertThat(api.get(MATCHER, path).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from candidate_erasure where candidate_id = :id")
                        .param("id", candidateId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aProposalForACandidateBeingErasedWaitsForTheErasureAndIsA404NeverA500() {
        UUID candidateId = candidateInDronten("Erased While Proposed", Map.of());
        Parallel<Api.Res> erasure;
        Parallel<Api.Res> proposal;
        try (WritesHeld held = WritesHeld.on(dataSource, "match_history")) {
            erasure = Parallel.start(1, i -> api.delete(MATCHER, "/api/matching/candidates/" + candidateId, Map.of()));
            held.untilBlocked(1); // the erasure has locked the candidate and waits to delete
            proposal = Parallel.start(
                    1,
                    i -> api.post(
                            MATCHER,
                            "/api/matching/matches",
                            Map.of("vacancyId", vacancyId, "candidateId", candidateId)));
            held.untilBlocked(2); // the proposal waits for the erasure's lock on the candidate
        }
        assertThat(erasure.results().getFirst().status()).isEqualTo(204);
        Api.Res proposed = proposal.results().getFirst();
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(404);
        assertThat(api.get(MATCHER, "/api/matching/matches?candidateId=" + candidateId)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
    }

    /** A coach's step on a match, from the status it needs, with a body that carries words about the person. */
    enum Step {
        INTRODUCE("introduce", "PROPOSED", null, "nl.wegwijs.matching.MatchIntroduced"),
        HIRE("hire", "INTRODUCED", Map.of(), "nl.wegwijs.matching.MatchHired"),
        DECLINE(
                "decline",
                "PROPOSED",
                Map.of("reason", "Moved in with her brother Taras in Almere"),
                "nl.wegwijs.matching.MatchDeclined");

        final String path;
        final String from;
        final Map<String, Object> body;
        final String ceType;

        Step(String path, String from, Map<String, Object> body, String ceType) {
            this.path = path;
            this.from = from;
            this.body = body;
            this.ceType = ceType;
        }
    }

    private UUID matchReadyFor(Step step, UUID candidateId) {
        Api.Res proposed =
                api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", candidateId));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        UUID matchId = proposed.id();
        if (step.from.equals("INTRODUCED")) {
            Api.Res introduced = api.post(MATCHER, "/api/matching/matches/" + matchId + "/introduce", null);
            assertThat(introduced.status()).as(introduced.raw()).isEqualTo(200);
        }
        return matchId;
    }

    /**
     * Waits until the stored suggestions follow every vacancy and candidate event so far: a refresh that comes
     * later would wait for the held erasure as well and be counted among the blocked transactions.
     */
    private void suggestionsSettled() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(jdbc.sql("""
                                        select count(*) from outbox_event e
                                        where e.topic in ('matching.vacancy.v1', 'matching.candidate.v1')
                                          and not exists (select 1 from processed_event p
                                                          where p.consumer = 'matching-refresh'
                                                            and p.event_id = e.event_id::text)
                                        """).query(Long.class).single()).isZero());
    }

    private Parallel<Api.Res> take(Step step, UUID matchId) {
        return Parallel.start(
                1, i -> api.post(MATCHER, "/api/matching/matches/" + matchId + "/" + step.path, step.body));
    }

    /** The step found the match gone with its candidate: a 404 problem, and nothing of the person is left. */
    private void assertGoneWithTheCandidate(Step step, Api.Res taken, UUID matchId, UUID candidateId) {
        assertThat(taken.status()).as(taken.raw()).isEqualTo(404);
        assertThat(taken.headers().getContentType().toString()).contains("problem+json");
        assertThat(taken.body().get("detail").asString()).contains(matchId.toString());
        assertThat(api.get(MATCHER, "/api/matching/matches/" + matchId).status())
                .isEqualTo(404);
        assertThat(api.get(MATCHER, "/api/matching/candidates/" + candidateId).status())
                .isEqualTo(404);
        assertThat(rows("select count(*) from candidate where id = :id", candidateId))
                .isZero();
        assertThat(rows("select count(*) from match where candidate_id = :id", candidateId))
                .isZero();
        assertThat(rows("select count(*) from match_history where match_id = :id", matchId))
                .as("the match's history, decline reasons included")
                .isZero();
        assertThat(rows("select count(*) from candidate_erasure where candidate_id = :id", candidateId))
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_event where aggregate_id = :id and event_type = :type")
                        .param("id", matchId.toString())
                        .param("type", step.ceType)
                        .query(Long.class)
                        .single())
                .as("no " + step.ceType + " for a match erased before the step")
                .isZero();
    }

    private long rows(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aStepOnAMatchWhoseCandidateIsBeingErasedWaitsForTheErasureWhichWinsAndTheStepIsA404(Step step) {
        UUID candidateId = candidateInDronten("Erased Before " + step, Map.of());
        UUID matchId = matchReadyFor(step, candidateId);
        suggestionsSettled();
        Parallel<Api.Res> erasure;
        Parallel<Api.Res> taken;
        // the erasure's first write removes the candidate's match history: held there, it has locked the
        // candidate and deleted nothing yet when the coach's step comes in
        try (WritesHeld held = WritesHeld.on(dataSource, "match_history")) {
            erasure = Parallel.start(1, i -> api.delete(MATCHER, "/api/matching/candidates/" + candidateId, Map.of()));
            held.untilBlocked(1);
            taken = take(step, matchId);
            held.untilBlocked(2);
        }

        Api.Res erased = erasure.results().getFirst();
        assertThat(erased.status()).as(erased.raw()).isEqualTo(204);
        assertGoneWithTheCandidate(step, taken.results().getFirst(), matchId, candidateId);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aStepOnAMatchTheErasureHasDeletedButNotYetCommittedIsA404NotAConflictToRetry(Step step) {
        UUID candidateId = candidateInDronten("Deleted Before " + step, Map.of());
        UUID matchId = matchReadyFor(step, candidateId);
        suggestionsSettled();
        Parallel<Api.Res> erasure;
        Parallel<Api.Res> taken;
        // the erasure's last write records that the id was erased: held there, it has deleted the profile, the
        // matches and their history, and not committed, when the coach's step reads the match
        try (WritesHeld held = WritesHeld.on(dataSource, "candidate_erasure")) {
            erasure = Parallel.start(1, i -> api.delete(MATCHER, "/api/matching/candidates/" + candidateId, Map.of()));
            held.untilBlocked(1);
            taken = take(step, matchId);
            held.untilBlocked(2);
        }

        Api.Res erased = erasure.results().getFirst();
        assertThat(erased.status()).as(erased.raw()).isEqualTo(204);
        assertGoneWithTheCandidate(step, taken.results().getFirst(), matchId, candidateId);
    }

    @Test
    void coachesAndAdministratorsEraseCandidatesAndNobodyElseDoes() {
        UUID candidateId = candidateInDronten("Erased By Admin", Map.of());
        String path = "/api/matching/candidates/" + candidateId;
        assertThat(api.delete(null, path, Map.of()).status()).isEqualTo(401);
        assertThat(api.delete(TestTokens.bearer("agent", "AGENT"), path, Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.delete(employer, path, Map.of()).status()).isEqualTo(403);
        assertThat(api.get(MATCHER, path).status()).isEqualTo(200);
        assertThat(api.delete(ADMIN, path, Map.of()).status()).isEqualTo(204);
        assertThat(api.get(MATCHER, path).status()).isEqualTo(404);
    }

    @Test
    void theAuditLogKeepsTheDecisionsAboutAnErasedCandidateButNotTheCoachesWords() {
        UUID candidateId = candidateInDronten(
                "Starts Later",
                Map.of("availableFrom", LocalDate.now().plusDays(120).toString()));
        Api.Res overridden = api.post(
                MATCHER,
                "/api/matching/matches",
                Map.of(
                        "vacancyId",
                        vacancyId,
                        "candidateId",
                        candidateId,
                        "overrideReason",
                        "Her brother Taras already works there"));
        assertThat(overridden.status()).as(overridden.raw()).isEqualTo(201);
        assertThat(api.get(MATCHER, "/api/matching/matches/audit?size=100&subjectId=" + vacancyId)
                        .raw())
                .contains("Taras");

        assertThat(api.delete(MATCHER, "/api/matching/candidates/" + candidateId, Map.of())
                        .status())
                .isEqualTo(204);

        String audit = api.get(MATCHER, "/api/matching/matches/audit?size=100&subjectId=" + vacancyId)
                .raw();
        assertThat(audit).contains("OVERRIDE").contains(candidateId.toString()).doesNotContain("Taras");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aHelpdeskErasureErasesEveryCandidateWhoCameWithThatTicketExactlyOnce(CapturedOutput output) {
        UUID ticket = UUID.randomUUID();
        UUID first = candidateInDronten("First Of Ticket", Map.of("ticketId", ticket.toString()));
        UUID second = candidateInDronten("Second Of Ticket", Map.of("ticketId", ticket.toString()));
        UUID otherTicket = candidateInDronten(
                "Other Ticket", Map.of("ticketId", UUID.randomUUID().toString()));
        UUID noTicket = candidateInDronten("No Ticket", Map.of());
        assertThat(api.get(MATCHER, "/api/matching/candidates/" + first)
                        .body()
                        .get("ticketId")
                        .asString())
                .isEqualTo(ticket.toString());
        UUID matchId = api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", first))
                .id();

        String eventId = UUID.randomUUID().toString();
        String data = "{\"ticketId\":\"" + ticket + "\",\"erasedAt\":\"2026-11-28T10:00:00Z\",\"extra\":1}";
        TopicProbe.sendEvent(
                "helpdesk.person.v1", eventId, "nl.wegwijs.helpdesk.PersonErased", ticket.toString(), data);
        TopicProbe.sendEvent(
                "helpdesk.person.v1", eventId, "nl.wegwijs.helpdesk.PersonErased", ticket.toString(), data);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get(MATCHER, "/api/matching/candidates/" + first).status())
                    .isEqualTo(404);
            assertThat(api.get(MATCHER, "/api/matching/candidates/" + second).status())
                    .isEqualTo(404);
        });
        assertThat(api.get(MATCHER, "/api/matching/candidates/" + otherTicket).status())
                .isEqualTo(200);
        assertThat(api.get(MATCHER, "/api/matching/candidates/" + noTicket).status())
                .isEqualTo(200);
        assertThat(api.get(MATCHER, "/api/matching/matches/" + matchId).status())
                .isEqualTo(404);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(output.getAll())
                        .contains("Erased 2 candidates after helpdesk erasure event " + eventId));
        assertThat(rankingForTheVacancy())
                .doesNotContain(first.toString())
                .doesNotContain(second.toString())
                .contains(otherTicket.toString());
        assertThat(jdbc.sql("select count(*) from candidate where document::text like '%Of Ticket%'")
                        .query(Long.class)
                        .single())
                .isZero();
        for (UUID erased : new UUID[] {first, second}) {
            EventSchemas.assertConforms(TopicProbe.await(
                    "matching.candidate.v1",
                    s -> s.key().equals(erased.toString())
                            && "nl.wegwijs.matching.CandidateErased".equals(s.header("ce_type"))));
        }

        // a later event on the same partition: once it is handled, so is the repeated one before it
        String laterId = UUID.randomUUID().toString();
        TopicProbe.sendEvent(
                "helpdesk.person.v1",
                laterId,
                "nl.wegwijs.helpdesk.PersonErased",
                ticket.toString(),
                "{\"ticketId\":\"" + UUID.randomUUID() + "\"}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from processed_event where event_id = :id")
                                .param("id", laterId)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
        assertThat(TopicProbe.all("matching.candidate.v1"))
                .filteredOn(s -> s.key().equals(first.toString())
                        && "nl.wegwijs.matching.CandidateErased".equals(s.header("ce_type")))
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from candidate_erasure where erased_by like :by")
                        .param("by", "%" + eventId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aPersonErasedWithoutATicketIsDeadLetteredAndOtherHelpdeskTypesAreIgnored() {
        String unknownKey = "unknown-" + UUID.randomUUID();
        TopicProbe.sendEvent("helpdesk.person.v1", "nl.wegwijs.helpdesk.PersonRenamedInTheFuture", unknownKey, "{}");
        String poisonKey = "poison-" + UUID.randomUUID();
        TopicProbe.sendEvent(
                "helpdesk.person.v1",
                "nl.wegwijs.helpdesk.PersonErased",
                poisonKey,
                "{\"erasedAt\":\"2026-11-28T10:00:00Z\"}");

        TopicProbe.await("error.helpdesk.person.v1.matching-service", s -> poisonKey.equals(s.key()));
        assertThat(TopicProbe.all("error.helpdesk.person.v1.matching-service"))
                .noneMatch(s -> unknownKey.equals(s.key()));
    }
}
