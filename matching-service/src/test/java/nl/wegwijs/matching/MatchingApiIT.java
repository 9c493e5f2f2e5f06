package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.ADMIN;
import static nl.wegwijs.matching.Fixtures.MATCHER;
import static nl.wegwijs.matching.Fixtures.candidate;
import static nl.wegwijs.matching.Fixtures.vacancy;
import static nl.wegwijs.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Ranked and explained matches, the lifecycle decided by people, the employer's anonymised view, events. */
@ServiceIT
class MatchingApiIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    Api api;
    String employer;
    UUID vacancyId;
    LocalDate start;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        employer = TestTokens.employer(Fixtures.employer(api, "Polder Logistics"));
        start = LocalDate.now().plusDays(30);
        Map<String, Object> v = with(vacancy(), "location", Map.of("city", "Emmeloord"));
        v.put("startDate", start.toString());
        vacancyId = api.post(employer, "/api/employer/vacancies", v).id();
    }

    private UUID candidateIn(String city, Map<String, Object> changes) {
        Map<String, Object> c = with(candidate(), "location", Map.of("city", city));
        c.put("maxTravelKm", 15);
        c.putAll(changes);
        Api.Res res = api.post(MATCHER, "/api/matching/candidates", c);
        assertThat(res.status()).as(res.raw()).isEqualTo(201);
        return res.id();
    }

    @Test
    void everyListAnswersAPageFarPastTheEndAsAnEmptyPage() {
        // page 21474837 of 100 starts past the largest int: the offset once wrapped to a negative number (400)
        UUID someEmployer = Fixtures.employer(api, "Far Pages BV");
        Map<String, String> lists = Map.of(
                "/api/matching/candidates",
                MATCHER,
                "/api/matching/vacancies",
                MATCHER,
                "/api/matching/matches",
                MATCHER,
                "/api/matching/employers",
                ADMIN,
                "/api/matching/employers/" + someEmployer + "/api-keys",
                ADMIN);
        lists.forEach((path, token) -> {
            Api.Res res = api.get(token, path + "?page=21474837&size=100");
            assertThat(res.status()).as(path + ": " + res.raw()).isEqualTo(200);
            assertThat(res.body().get("items")).as(path).isEmpty();
            assertThat(res.body().get("page").asLong()).as(path).isEqualTo(21474837L);
        });
    }

    @Test
    void aCoachGetsRankedExplainedMatchesWithNearMissesAndEveryRankingIsAudited() {
        UUID fits = candidateIn("Emmeloord", Map.of("name", "Fits Well"));
        UUID nearMiss = candidateIn(
                "Emmeloord",
                Map.of(
                        "name",
                        "Near Miss",
                        "languages",
                        List.of(Map.of("code", "uk", "level", "NATIVE"), Map.of("code", "en", "level", "A1"))));
        UUID expired = candidateIn(
                "Emmeloord",
                Map.of(
                        "name",
                        "Permit Ends",
                        "workAuthorisation",
                        Map.of(
                                "basis",
                                "RESIDENCE_PERMIT",
                                "validUntil",
                                LocalDate.now().plusDays(5).toString())));
        UUID tooFar = candidateIn("Maastricht", Map.of("name", "Too Far"));

        Api.Res ranking = api.get(MATCHER, "/api/matching/vacancies/" + vacancyId + "/matches?limit=10");
        assertThat(ranking.status()).as(ranking.raw()).isEqualTo(200);
        List<String> ids = ids(ranking.body().get("items"), "candidateId");
        assertThat(ids)
                .contains(fits.toString())
                .doesNotContain(nearMiss.toString(), expired.toString(), tooFar.toString());
        assertThat(ids(ranking.body().get("nearMisses"), "candidateId")).contains(nearMiss.toString());
        JsonNode first = item(ranking.body().get("items"), "candidateId", fits);
        assertThat(first.get("vacancyId").asString()).isEqualTo(vacancyId.toString());
        assertThat(first.get("score").asDouble()).isBetween(0.0, 100.0);
        List<String> criteria = ids(first.get("explanation"), "criterion");
        assertThat(criteria)
                .contains(
                        "workAuthorisation",
                        "languages",
                        "skills",
                        "distance",
                        "hours",
                        "occupation",
                        "preferredSkills");
        assertThat(first.get("explanation").get(0).has("met")).isTrue();
        assertThat(first.get("explanation").get(0).has("detail")).isTrue();
        assertThat(item(first.get("explanation"), "criterion", "preferredSkills")
                        .get("detail")
                        .asString())
                .contains("electric pallet truck"); // the candidate wrote "EPM": a synonym
        JsonNode near = item(ranking.body().get("nearMisses"), "candidateId", nearMiss);
        assertThat(near.toString()).contains("near miss");

        String rankingId = ranking.body().get("rankingId").asString();
        Api.Res audit = api.get(MATCHER, "/api/matching/matches/audit?subjectId=" + vacancyId);
        assertThat(audit.raw()).contains(rankingId).contains("wegwijs-match-").contains(fits.toString());

        Api.Res forCandidate = api.get(MATCHER, "/api/matching/candidates/" + fits + "/matches?limit=50");
        assertThat(forCandidate.status()).isEqualTo(200);
        assertThat(ids(forCandidate.body().get("items"), "vacancyId")).contains(vacancyId.toString());

        assertThat(api.get(MATCHER, "/api/matching/vacancies/" + vacancyId + "/matches?limit=0")
                        .status())
                .isEqualTo(400);
        assertThat(api.get(MATCHER, "/api/matching/vacancies/" + UUID.randomUUID() + "/matches")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(MATCHER, "/api/matching/candidates/" + UUID.randomUUID() + "/matches")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(employer, "/api/matching/vacancies/" + vacancyId + "/matches")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMatchGoesFromProposedToIntroducedToHiredWithTheUwvChecklist() {
        UUID candidateId = candidateIn("Emmeloord", Map.of("name", "Hanna Shevchenko"));
        Api.Res proposed =
                api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", candidateId));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        UUID matchId = proposed.id();
        assertThat(proposed.body().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(api.post(
                                MATCHER,
                                "/api/matching/matches",
                                Map.of("vacancyId", vacancyId, "candidateId", candidateId))
                        .status())
                .isEqualTo(409);

        Api.Res anonymous = api.get(employer, "/api/employer/vacancies/" + vacancyId + "/matches");
        assertThat(anonymous.status()).isEqualTo(200);
        JsonNode seen = anonymous.body().get("items").get(0);
        assertThat(seen.get("candidateRef").asString()).startsWith("p_");
        assertThat(seen.has("name") && !seen.get("name").isNull()).isFalse();
        assertThat(anonymous.raw()).doesNotContain("Hanna").doesNotContain(candidateId.toString());

        Api.Res tooEarly = api.post(MATCHER, "/api/matching/matches/" + matchId + "/hire", null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body().get("detail").asString())
                .isEqualTo("The match is PROPOSED; only an INTRODUCED match can become HIRED");
        Api.Res introduced = api.post(MATCHER, "/api/matching/matches/" + matchId + "/introduce", null);
        assertThat(introduced.body().get("status").asString()).isEqualTo("INTRODUCED");
        Api.Res named = api.get(employer, "/api/employer/vacancies/" + vacancyId + "/matches");
        assertThat(named.raw()).contains("Hanna Shevchenko").contains(candidateId.toString());

        Api.Res hired = api.post(MATCHER, "/api/matching/matches/" + matchId + "/hire", Map.of());
        assertThat(hired.status()).as(hired.raw()).isEqualTo(200);
        assertThat(hired.body().get("status").asString()).isEqualTo("HIRED");
        JsonNode uwv = hired.body().get("uwvNotification");
        assertThat(uwv.get("required").asBoolean()).isTrue();
        LocalDate due = LocalDate.parse(uwv.get("dueBy").asString());
        assertThat(due).isBefore(start).isAfterOrEqualTo(start.minusDays(4));
        assertThat(uwv.get("checklist").size()).isGreaterThanOrEqualTo(3);
        assertThat(api.get(employer, "/api/employer/vacancies/" + vacancyId + "/matches")
                        .raw())
                .contains("dueBy");

        Api.Res history = api.get(MATCHER, "/api/matching/matches/" + matchId);
        assertThat(ids(history.body().get("history"), "status")).containsExactly("PROPOSED", "INTRODUCED", "HIRED");
        Api.Res declineHired =
                api.post(MATCHER, "/api/matching/matches/" + matchId + "/decline", Map.of("reason", "changed mind"));
        assertThat(declineHired.status()).isEqualTo(409);
        assertThat(declineHired.body().get("detail").asString())
                .isEqualTo("The match is HIRED; only a PROPOSED or an INTRODUCED match can be declined");

        for (String type : List.of("Proposed", "Introduced", "Hired")) {
            TopicProbe.Seen domain = TopicProbe.await(
                    "matching.match.v1",
                    s -> s.key().equals(matchId.toString())
                            && ("nl.wegwijs.matching.Match" + type).equals(s.header("ce_type")));
            EventSchemas.assertConforms(domain);
            TopicProbe.Seen analytics = TopicProbe.await(
                    "analytics.matching.v1",
                    s -> s.value().contains(matchId.toString())
                            && ("nl.wegwijs.analytics.matching.Match" + type).equals(s.header("ce_type")));
            EventSchemas.assertConforms(analytics);
            assertThat(analytics.value())
                    .doesNotContain("Hanna")
                    .doesNotContain(candidateId.toString())
                    .doesNotContain("Emmeloord");
        }
        TopicProbe.Seen hireForAnalysts = TopicProbe.await(
                "analytics.matching.v1",
                s -> s.value().contains(matchId.toString())
                        && s.header("ce_type").endsWith("MatchHired"));
        assertThat(Api.json(hireForAnalysts.value())
                        .get("daysFromProfileToHire")
                        .isNull())
                .isFalse();
        assertThat(Api.json(hireForAnalysts.value()).get("distanceBand").asString())
                .isEqualTo("0-10");
    }

    @Test
    void aCandidateHoldingCeMeetsAVacancyRequiringCAndIsProposedWithoutAnOverride() {
        Map<String, Object> v = with(vacancy(), "location", Map.of("city", "Emmeloord"));
        v.put("startDate", start.toString());
        v.put("drivingLicences", List.of("C"));
        UUID truck = api.post(employer, "/api/employer/vacancies", v).id();
        UUID ce = candidateIn("Emmeloord", Map.of("name", "Drives Articulated", "drivingLicences", List.of("B", "CE")));
        UUID car = candidateIn("Emmeloord", Map.of("name", "Drives A Car", "drivingLicences", List.of("B")));

        Api.Res ranking = api.get(MATCHER, "/api/matching/vacancies/" + truck + "/matches?limit=100");

        assertThat(ranking.status()).as(ranking.raw()).isEqualTo(200);
        assertThat(ids(ranking.body().get("items"), "candidateId"))
                .contains(ce.toString())
                .doesNotContain(car.toString());
        JsonNode licences = item(
                item(ranking.body().get("items"), "candidateId", ce).get("explanation"),
                "criterion",
                "drivingLicences");
        assertThat(licences.get("met").asBoolean()).isTrue();
        assertThat(licences.get("detail").asString()).isEqualTo("CE includes C");
        assertThat(ids(
                        api.get(MATCHER, "/api/matching/candidates/" + ce + "/matches?limit=100")
                                .body()
                                .get("items"),
                        "vacancyId"))
                .contains(truck.toString());

        Api.Res proposed = api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", truck, "candidateId", ce));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        Api.Res refused = api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", truck, "candidateId", car));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("drivingLicences (missing C (holds B))");
    }

    @Test
    void scoresAreExactDecimalsInRankingsTheAuditLogSuggestionsMatchesAndEvents() {
        // 32-36 of the vacancy's 32-40 hours: 5/9 of the hours-fit weight; every other signal in full: 95.6
        UUID partTime = candidateIn(
                "Emmeloord", Map.of("name", "Works Part Time", "hoursPerWeek", Map.of("min", 32, "max", 36)));

        Api.Res ranking = api.get(MATCHER, "/api/matching/vacancies/" + vacancyId + "/matches?limit=100");
        assertThat(item(ranking.body().get("items"), "candidateId", partTime)
                        .get("score")
                        .toString())
                .isEqualTo("95.6");
        assertScoresHaveOneDecimal(ranking.raw());
        Api.Res forCandidate = api.get(MATCHER, "/api/matching/candidates/" + partTime + "/matches?limit=100");
        assertThat(item(forCandidate.body().get("items"), "vacancyId", vacancyId)
                        .get("score")
                        .toString())
                .isEqualTo("95.6");
        assertScoresHaveOneDecimal(forCandidate.raw());
        for (UUID subject : List.of(vacancyId, partTime)) {
            Api.Res audit = api.get(MATCHER, "/api/matching/matches/audit?size=100&subjectId=" + subject);
            assertThat(audit.raw()).contains("95.6");
            assertScoresHaveOneDecimal(audit.raw());
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api.get(MATCHER, "/api/matching/suggestions?size=100&candidateId=" + partTime)
                                        .raw())
                                .contains(vacancyId.toString()));
        Api.Res suggestions = api.get(MATCHER, "/api/matching/suggestions?size=100&candidateId=" + partTime);
        assertThat(item(suggestions.body().get("items"), "vacancyId", vacancyId)
                        .get("score")
                        .toString())
                .isEqualTo("95.6");
        assertScoresHaveOneDecimal(suggestions.raw());

        Api.Res proposed =
                api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", partTime));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        assertThat(proposed.body().get("score").toString()).isEqualTo("95.6");
        UUID matchId = proposed.id();
        TopicProbe.Seen event = TopicProbe.await(
                "matching.match.v1",
                s -> s.key().equals(matchId.toString())
                        && "nl.wegwijs.matching.MatchProposed".equals(s.header("ce_type")));
        EventSchemas.assertConforms(event);
        assertThat(Api.json(event.value()).get("score").toString()).isEqualTo("95.6");
        TopicProbe.Seen forAnalysts = TopicProbe.await(
                "analytics.matching.v1",
                s -> s.value().contains(matchId.toString())
                        && "nl.wegwijs.analytics.matching.MatchProposed".equals(s.header("ce_type")));
        EventSchemas.assertConforms(forAnalysts);
        assertThat(Api.json(forAnalysts.value()).get("score").toString()).isEqualTo("95.6");
    }

    /** Every score in a JSON text (also inside the audit log's stored JSON) has at most one decimal. */
    private static void assertScoresHaveOneDecimal(String raw) {
        Matcher score = Pattern.compile("score\\\\?\"\\s*:\\s*([-+0-9.eE]+)").matcher(raw);
        int found = 0;
        while (score.find()) {
            found++;
            assertThat(score.group(1)).as(raw).matches("[0-9]{1,3}(\\.[0-9])?");
        }
        assertThat(found).as(raw).isPositive();
    }

    @Test
    void parallelProposalsOfOnePairMakeOneMatchAndTheOthersAre409NamingIt() {
        UUID candidateId = candidateIn("Emmeloord", Map.of("name", "Proposed Six Times"));
        Map<String, Object> pair = Map.of("vacancyId", vacancyId, "candidateId", candidateId);
        Parallel<Api.Res> proposals;
        try (WritesHeld held = WritesHeld.on(dataSource, "match")) {
            proposals = Parallel.start(6, i -> api.post(MATCHER, "/api/matching/matches", pair));
            held.untilBlocked(6); // every request has found the pair unmatched
        }
        List<Api.Res> answers = proposals.results();

        assertThat(answers.stream().map(Api.Res::status)).containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409);
        UUID matchId = answers.stream()
                .filter(res -> res.status() == 201)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(answers.stream().filter(res -> res.status() == 409)).allSatisfy(res -> {
            assertThat(res.headers().getContentType().toString()).contains("problem+json");
            assertThat(res.body().get("matchId").asString()).isEqualTo(matchId.toString());
            assertThat(res.headers().getLocation()).hasToString("/api/matching/matches/" + matchId);
        });
        Api.Res matches = api.get(MATCHER, "/api/matching/matches?candidateId=" + candidateId);
        assertThat(matches.body().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(MATCHER, "/api/matching/matches/" + matchId)
                        .body()
                        .get("history")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void introductionNeedsConsentAndADeclineReasonIsRedactedInItsEvent() {
        UUID candidateId = candidateIn("Emmeloord", Map.of("name", "No Consent", "consentToShare", false));
        UUID matchId = api.post(
                        MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", candidateId))
                .id();
        Api.Res refused = api.post(MATCHER, "/api/matching/matches/" + matchId + "/introduce", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.raw()).contains("consent");
        Api.Res declined = api.post(
                MATCHER,
                "/api/matching/matches/" + matchId + "/decline",
                Map.of("reason", "Call No Consent on 0612345678 first"));
        assertThat(declined.body().get("status").asString()).isEqualTo("DECLINED");
        TopicProbe.Seen event = TopicProbe.await(
                "matching.match.v1",
                s -> s.key().equals(matchId.toString())
                        && "nl.wegwijs.matching.MatchDeclined".equals(s.header("ce_type")));
        EventSchemas.assertConforms(event);
        assertThat(event.value()).doesNotContain("0612345678");
        assertThat(api.get(MATCHER, "/api/matching/matches?candidateId=" + candidateId)
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.post(MATCHER, "/api/matching/matches/" + UUID.randomUUID() + "/introduce", null)
                        .status())
                .isEqualTo(404);
        assertThat(api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aDeclineTakesNoBodyAnEmptyBodyOrAReasonWhichIsKept() {
        UUID withoutBody = proposedMatch("Declined Without Body");
        UUID emptyBody = proposedMatch("Declined With Empty Body");
        UUID withReason = proposedMatch("Declined With Reason");

        Api.Res noBody = api.post(MATCHER, "/api/matching/matches/" + withoutBody + "/decline", null);
        assertThat(noBody.status()).as(noBody.raw()).isEqualTo(200);
        assertThat(noBody.body().get("status").asString()).isEqualTo("DECLINED");
        assertThat(reasonOf(declineStep(noBody))).isNull();

        Api.Res empty = api.post(MATCHER, "/api/matching/matches/" + emptyBody + "/decline", Map.of());
        assertThat(empty.status()).as(empty.raw()).isEqualTo(200);
        assertThat(empty.body().get("status").asString()).isEqualTo("DECLINED");
        assertThat(reasonOf(declineStep(empty))).isNull();

        Api.Res reasoned = api.post(
                MATCHER, "/api/matching/matches/" + withReason + "/decline", Map.of("reason", "  found other work  "));
        assertThat(reasoned.status()).as(reasoned.raw()).isEqualTo(200);
        assertThat(declineStep(reasoned).get("reason").asString()).isEqualTo("found other work");
        assertThat(declineStep(api.get(MATCHER, "/api/matching/matches/" + withReason))
                        .get("reason")
                        .asString())
                .isEqualTo("found other work");

        EventSchemas.assertConforms(TopicProbe.await(
                "matching.match.v1",
                s -> s.key().equals(withoutBody.toString())
                        && "nl.wegwijs.matching.MatchDeclined".equals(s.header("ce_type"))));
        UUID tooLong = proposedMatch("Declined At Length");
        assertThat(api.post(
                                MATCHER,
                                "/api/matching/matches/" + tooLong + "/decline",
                                Map.of("reason", "x".repeat(1001)))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(MATCHER, "/api/matching/matches/" + withoutBody + "/decline", null)
                        .status())
                .isEqualTo(409);
    }

    private UUID proposedMatch(String name) {
        UUID candidateId = candidateIn("Emmeloord", Map.of("name", name));
        Api.Res proposed =
                api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", candidateId));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        return proposed.id();
    }

    private static JsonNode declineStep(Api.Res match) {
        return item(match.body().get("history"), "status", "DECLINED");
    }

    private static String reasonOf(JsonNode step) {
        JsonNode reason = step.get("reason");
        return reason == null || reason.isNull() ? null : reason.asString();
    }

    @Test
    void aCoachCanOverrideAFailedHardConstraintOnlyWithAReasonWhichIsAudited() {
        UUID candidateId = candidateIn(
                "Emmeloord",
                Map.of(
                        "name",
                        "Starts Late",
                        "availableFrom",
                        start.plusDays(60).toString()));
        Api.Res refused =
                api.post(MATCHER, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", candidateId));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.raw()).contains("availability");
        Api.Res overridden = api.post(
                MATCHER,
                "/api/matching/matches",
                Map.of(
                        "vacancyId",
                        vacancyId,
                        "candidateId",
                        candidateId,
                        "overrideReason",
                        "Employer agreed to a later start"));
        assertThat(overridden.status()).isEqualTo(201);
        assertThat(overridden.body().get("overrideReason").asString()).contains("later start");
        assertThat(api.get(MATCHER, "/api/matching/matches/audit?subjectId=" + vacancyId)
                        .raw())
                .contains("OVERRIDE")
                .contains("later start");
    }

    @Test
    void aNewVacancyRefreshesSuggestionsByEventAndItsEventsMatchTheirSchemas() {
        UUID candidateId = candidateIn("Emmeloord", Map.of("name", "Suggested"));
        Map<String, Object> v = with(vacancy(), "location", Map.of("city", "Emmeloord"));
        UUID newVacancy = api.post(employer, "/api/employer/vacancies", v).id();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api.get(MATCHER, "/api/matching/suggestions?size=100&vacancyId=" + newVacancy)
                                        .raw())
                                .contains(candidateId.toString()));
        TopicProbe.Seen posted = TopicProbe.await(
                "matching.vacancy.v1",
                s -> s.key().equals(newVacancy.toString())
                        && "nl.wegwijs.matching.VacancyPosted".equals(s.header("ce_type")));
        EventSchemas.assertConforms(posted);
        TopicProbe.Seen forAnalysts = TopicProbe.await(
                "analytics.matching.v1",
                s -> s.value().contains(newVacancy.toString())
                        && "nl.wegwijs.analytics.matching.VacancyPosted".equals(s.header("ce_type")));
        EventSchemas.assertConforms(forAnalysts);
        TopicProbe.Seen candidateEvent = TopicProbe.await(
                "matching.candidate.v1",
                s -> s.key().equals(candidateId.toString())
                        && "nl.wegwijs.matching.CandidateUpdated".equals(s.header("ce_type")));
        EventSchemas.assertConforms(candidateEvent);
        assertThat(candidateEvent.value()).doesNotContain("Suggested");
        TopicProbe.Seen profiled = TopicProbe.await(
                "analytics.matching.v1",
                s -> "nl.wegwijs.analytics.matching.CandidateProfiled".equals(s.header("ce_type")));
        EventSchemas.assertConforms(profiled);

        api.put(employer, "/api/employer/vacancies/" + newVacancy, v, Map.of("If-Match", "\"1\""));
        api.delete(employer, "/api/employer/vacancies/" + newVacancy, Map.of());
        for (String type : List.of("VacancyUpdated", "VacancyClosed")) {
            EventSchemas.assertConforms(TopicProbe.await(
                    "matching.vacancy.v1",
                    s -> s.key().equals(newVacancy.toString())
                            && ("nl.wegwijs.matching." + type).equals(s.header("ce_type"))));
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get(MATCHER, "/api/matching/suggestions?vacancyId=" + newVacancy)
                                .body()
                                .get("total")
                                .asLong())
                        .isZero());
        assertThat(api.get(MATCHER, "/api/matching/vacancies/" + newVacancy + "/matches")
                        .status())
                .isEqualTo(409);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                api.get(MATCHER, "/api/matching/suggestions?size=100&candidateId=" + candidateId)
                                        .raw())
                        .contains(vacancyId.toString()));
    }

    @Test
    void suggestionsAndTheAuditLogComeAsPagesInAStableOrder() {
        for (String name : List.of("Paged One", "Paged Two", "Paged Three")) {
            candidateIn("Emmeloord", Map.of("name", name));
        }
        Map<String, Object> v = with(vacancy(), "location", Map.of("city", "Emmeloord"));
        v.put("startDate", start.toString());
        assertThat(api.put(employer, "/api/employer/vacancies/" + vacancyId, v, Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(200); // refreshes the vacancy's suggestions, now with these candidates
        suggestionsSettled();
        JsonNode all = api.get(MATCHER, "/api/matching/suggestions?size=100&vacancyId=" + vacancyId)
                .body();
        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(3);
        List<Double> scores = all.get("items")
                .valueStream()
                .map(i -> i.get("score").asDouble())
                .toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.get("total").asLong()).isEqualTo(all.get("items").size());
        JsonNode second = api.get(MATCHER, "/api/matching/suggestions?page=1&size=1&vacancyId=" + vacancyId)
                .body();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0)).isEqualTo(all.get("items").get(1));
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(1);
        assertThat(second.get("total").asLong()).isEqualTo(all.get("total").asLong());

        for (int i = 0; i < 3; i++) {
            assertThat(api.get(MATCHER, "/api/matching/vacancies/" + vacancyId + "/matches?limit=5")
                            .status())
                    .isEqualTo(200);
        }
        JsonNode log = api.get(MATCHER, "/api/matching/matches/audit?size=100&subjectId=" + vacancyId)
                .body();
        assertThat(log.get("total").asLong()).isEqualTo(3);
        List<String> shownAt = log.get("items")
                .valueStream()
                .map(e -> e.get("shownAt").asString())
                .toList();
        assertThat(shownAt.stream().map(java.time.OffsetDateTime::parse).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode oldest = api.get(MATCHER, "/api/matching/matches/audit?page=2&size=1&subjectId=" + vacancyId)
                .body();
        assertThat(oldest.get("items").get(0)).isEqualTo(log.get("items").get(2));

        for (String list : List.of(
                "/api/matching/suggestions?vacancyId=" + vacancyId + "&",
                "/api/matching/matches/audit?subjectId=" + vacancyId + "&")) {
            for (String query : List.of("page=-1", "size=0", "size=-2", "page=one", "size=all")) {
                Api.Res refused = api.get(MATCHER, list + query);
                assertThat(refused.status()).as(list + query).isEqualTo(400);
                assertThat(refused.headers().getContentType().toString())
                        .as(list + query)
                        .contains("problem+json");
            }
            assertThat(api.get(MATCHER, list + "size=1000").body().get("size").asInt())
                    .as(list)
                    .isEqualTo(100);
        }
    }

    /** Waits until the stored suggestions follow every vacancy and candidate event so far. */
    private void suggestionsSettled() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
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

    @Test
    void everyCoachEndpointAdmitsCoachesAndAdministratorsAndRefusesOtherRolesBeforeReadingTheBody() {
        String any = UUID.randomUUID().toString();
        List<Object[]> endpoints = List.of(
                new Object[] {HttpMethod.GET, "/api/matching/candidates"},
                new Object[] {HttpMethod.POST, "/api/matching/candidates"},
                new Object[] {HttpMethod.GET, "/api/matching/candidates/" + any},
                new Object[] {HttpMethod.PUT, "/api/matching/candidates/" + any},
                new Object[] {HttpMethod.DELETE, "/api/matching/candidates/" + any},
                new Object[] {HttpMethod.GET, "/api/matching/candidates/" + any + "/matches"},
                new Object[] {HttpMethod.GET, "/api/matching/vacancies"},
                new Object[] {HttpMethod.GET, "/api/matching/vacancies/" + any},
                new Object[] {HttpMethod.GET, "/api/matching/vacancies/" + any + "/matches"},
                new Object[] {HttpMethod.GET, "/api/matching/suggestions"},
                new Object[] {HttpMethod.POST, "/api/matching/matches"},
                new Object[] {HttpMethod.GET, "/api/matching/matches"},
                new Object[] {HttpMethod.GET, "/api/matching/matches/" + any},
                new Object[] {HttpMethod.POST, "/api/matching/matches/" + any + "/introduce"},
                new Object[] {HttpMethod.POST, "/api/matching/matches/" + any + "/hire"},
                new Object[] {HttpMethod.POST, "/api/matching/matches/" + any + "/decline"},
                new Object[] {HttpMethod.GET, "/api/matching/matches/audit?subjectId=" + any});
        List<String> others = List.of(
                TestTokens.bearer("agent", "AGENT"),
                TestTokens.bearer("analyst", "ANALYST"),
                TestTokens.bearer("coordinator", "COORDINATOR"),
                employer);
        for (Object[] endpoint : endpoints) {
            HttpMethod method = (HttpMethod) endpoint[0];
            String path = (String) endpoint[1];
            // an empty object is an invalid profile or proposal: the role is decided before it is read
            String body = method == HttpMethod.POST || method == HttpMethod.PUT ? "{}" : null;
            assertThat(api.call(method, null, path, body, Map.of()).status())
                    .as("anonymous " + method + " " + path)
                    .isEqualTo(401);
            for (String token : others) {
                Api.Res refused = api.call(method, token, path, body, Map.of());
                assertThat(refused.status()).as(method + " " + path).isEqualTo(403);
                assertThat(refused.raw()).as(method + " " + path).doesNotContain("errors");
            }
            assertThat(api.call(method, ADMIN, path, body, Map.of()).status())
                    .as("admin " + method + " " + path)
                    .isNotIn(401, 403);
        }
    }

    @Test
    void anAdministratorWithNoOtherRoleDoesWhatACoachDoes() {
        Map<String, Object> profile = with(candidate(), "location", Map.of("city", "Emmeloord"));
        profile.put("name", "Admin Made");
        Api.Res created = api.post(ADMIN, "/api/matching/candidates", profile);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        UUID candidateId = created.id();
        assertThat(api.get(ADMIN, "/api/matching/candidates/" + candidateId).status())
                .isEqualTo(200);
        assertThat(api.put(ADMIN, "/api/matching/candidates/" + candidateId, profile, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.get(ADMIN, "/api/matching/candidates").status()).isEqualTo(200);
        assertThat(api.get(ADMIN, "/api/matching/vacancies").status()).isEqualTo(200);
        assertThat(api.get(ADMIN, "/api/matching/vacancies/" + vacancyId).status())
                .isEqualTo(200);
        assertThat(api.get(ADMIN, "/api/matching/vacancies/" + vacancyId + "/matches")
                        .raw())
                .contains(candidateId.toString());
        assertThat(api.get(ADMIN, "/api/matching/candidates/" + candidateId + "/matches")
                        .raw())
                .contains(vacancyId.toString());
        assertThat(api.get(ADMIN, "/api/matching/suggestions?vacancyId=" + vacancyId)
                        .status())
                .isEqualTo(200);

        Api.Res proposed =
                api.post(ADMIN, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", candidateId));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        UUID matchId = proposed.id();
        assertThat(api.get(ADMIN, "/api/matching/matches/" + matchId).status()).isEqualTo(200);
        assertThat(api.get(ADMIN, "/api/matching/matches?candidateId=" + candidateId)
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.post(ADMIN, "/api/matching/matches/" + matchId + "/introduce", null)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("INTRODUCED");
        assertThat(api.post(ADMIN, "/api/matching/matches/" + matchId + "/hire", null)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("HIRED");

        UUID other = candidateIn("Emmeloord", Map.of("name", "Declined By Admin"));
        UUID declined = api.post(ADMIN, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", other))
                .id();
        assertThat(api.post(ADMIN, "/api/matching/matches/" + declined + "/decline", null)
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("DECLINED");
        assertThat(api.get(ADMIN, "/api/matching/matches/audit?subjectId=" + vacancyId)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void coachesReadVacanciesOfAllEmployers() {
        Api.Res one = api.get(MATCHER, "/api/matching/vacancies/" + vacancyId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(api.get(MATCHER, "/api/matching/vacancies?status=OPEN&size=100")
                        .body()
                        .get("total")
                        .asLong())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void twoPostcodesInOnePlaceAreExplainedAsTheSamePlaceNotAsZeroKilometres() {
        Map<String, Object> v = with(vacancy(), "location", Map.of("city", "Groningen", "postcode", "9711 AB"));
        v.put("startDate", start.toString());
        UUID inGroningen = api.post(employer, "/api/employer/vacancies", v).id();
        Map<String, Object> c = with(candidate(), "location", Map.of("city", "Groningen", "postcode", "9712 CP"));
        c.put("maxTravelKm", 15);
        UUID neighbour = api.post(MATCHER, "/api/matching/candidates", c).id();

        Api.Res ranking = api.get(MATCHER, "/api/matching/vacancies/" + inGroningen + "/matches?limit=100");

        String distance = item(
                        item(ranking.body().get("items"), "candidateId", neighbour)
                                .get("explanation"),
                        "criterion",
                        "distance")
                .get("detail")
                .asString();
        assertThat(distance)
                .isEqualTo("same place (Groningen); the distance within a place is not known, as postcodes are not "
                        + "used; travels up to 15 km")
                .doesNotContain("0.0 km");
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }

    private static JsonNode item(JsonNode array, String field, Object value) {
        for (JsonNode n : array) {
            if (n.get(field).asString().equals(value.toString())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
