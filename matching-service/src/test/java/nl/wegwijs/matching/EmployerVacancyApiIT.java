package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.candidate;
import static nl.wegwijs.matching.Fixtures.vacancy;
import static nl.wegwijs.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wegwijs.testsupport.Parallel;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.WritesHeld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIT
class EmployerVacancyApiIT {

    /** API.md's vacancy, verbatim: the public contract's example must be accepted. */
    static final String API_MD_EXAMPLE = """
            {"title": "Orderpicker", "description": "...", "isco": "9333",
             "location": {"city": "Venlo", "postcode": "5928 AA"},
             "languages": [{"anyOf": ["nl", "en", "pl"], "level": "A2"}],
             "preferredLanguages": [{"code": "uk", "level": "B1"}],
             "skills": ["order picking", "handheld scanner"], "preferredSkills": ["electric pallet truck"],
             "certificates": [], "drivingLicences": [], "minYearsExperience": 0,
             "hoursPerWeek": {"min": 32, "max": 40}, "contractType": "TEMPORARY_AGENCY",
             "salary": {"min": 14.40, "max": 15.20, "per": "HOUR", "currency": "EUR"},
             "startDate": "2027-01-12"}""";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String employer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        employer = TestTokens.employer(Fixtures.employer(api, "Vacancy BV"));
    }

    @Test
    void anEmployerPostsAVacancyAndReadsItWithItsEtag() {
        Api.Res created = api.post(employer, "/api/employer/vacancies", vacancy());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(created.headers().getLocation().toString())
                .endsWith(created.id().toString());
        assertThat(created.body().get("status").asString()).isEqualTo("OPEN");
        assertThat(created.body().get("title").asString()).isEqualTo("Orderpicker");
        assertThat(created.body().get("sector").asString()).isEqualTo("LOGISTICS");
        Api.Res read = api.get(employer, "/api/employer/vacancies/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.body().get("languages").get(0).get("anyOf").size()).isEqualTo(3);
    }

    @Test
    void theSameIdempotencyKeyAndBodyGiveTheSameVacancyAndADifferentBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        Api.Res first = api.call(HttpMethod.POST, employer, "/api/employer/vacancies", vacancy(), headers);
        Api.Res retry = api.call(HttpMethod.POST, employer, "/api/employer/vacancies", vacancy(), headers);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        Api.Res different = api.call(
                HttpMethod.POST,
                employer,
                "/api/employer/vacancies",
                with(vacancy(), "title", "Reach truck driver"),
                headers);
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.headers().getContentType().toString()).contains("problem+json");
        Api.Res withoutKey = api.post(employer, "/api/employer/vacancies", vacancy());
        assertThat(withoutKey.id()).isNotEqualTo(first.id());
        long total =
                api.get(employer, "/api/employer/vacancies").body().get("total").asLong();
        assertThat(total).isEqualTo(2);
    }

    @Test
    void theSameIdempotencyKeyOfAnotherEmployerIsIndependent() {
        String key = UUID.randomUUID().toString();
        String other = TestTokens.employer(Fixtures.employer(api, "Other Vacancy BV"));
        Api.Res mine = api.call(
                HttpMethod.POST, employer, "/api/employer/vacancies", vacancy(), Map.of("Idempotency-Key", key));
        Api.Res theirs =
                api.call(HttpMethod.POST, other, "/api/employer/vacancies", vacancy(), Map.of("Idempotency-Key", key));
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.id()).isNotEqualTo(mine.id());
    }

    @Test
    void anUpdateWithIfMatchAppliesOnlyToTheVersionItNames() {
        Api.Res created = api.post(employer, "/api/employer/vacancies", vacancy());
        String path = "/api/employer/vacancies/" + created.id();
        Map<String, Object> changed = with(vacancy(), "title", "Senior orderpicker");

        assertThat(api.put(employer, path, changed, Map.of("If-Match", "\"7\"")).status())
                .isEqualTo(412);
        assertThat(api.put(employer, path, changed, Map.of("If-Match", "garbage"))
                        .status())
                .isEqualTo(412);
        Api.Res updated = api.put(employer, path, changed, Map.of("If-Match", created.etag()));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"2\"");
        assertThat(updated.body().get("title").asString()).isEqualTo("Senior orderpicker");
        Api.Res stale = api.put(employer, path, changed, Map.of("If-Match", created.etag()));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.etag()).isEqualTo("\"2\"");
        assertThat(stale.body().get("detail").asString())
                .isEqualTo("The vacancy was changed since you read it; read it again and retry with its new ETag");
        assertThat(api.put(employer, path, changed, Map.of("If-Match", "\"2\"")).status())
                .isEqualTo(200);
    }

    @Test
    void ifMatchComparesEntityTagsStronglySoAWeakTagOrAnotherSpellingNeverMatches() {
        Api.Res created = api.post(employer, "/api/employer/vacancies", vacancy());
        String path = "/api/employer/vacancies/" + created.id();
        Map<String, Object> changed = with(vacancy(), "title", "Night orderpicker");

        Api.Res weak = api.put(employer, path, changed, Map.of("If-Match", "W/\"1\""));
        assertThat(weak.status()).as(weak.raw()).isEqualTo(412);
        assertThat(weak.etag()).isEqualTo("\"1\"");
        assertThat(weak.body().get("detail").asString())
                .contains("W/\"1\"")
                .contains("weak")
                .contains("vacancy")
                .doesNotContain("was changed");
        assertThat(api.delete(employer, path, Map.of("If-Match", "W/\"1\"")).status())
                .isEqualTo(412);
        assertThat(api.put(employer, path, changed, Map.of("If-Match", "\"01\""))
                        .status())
                .as("\"01\" is another entity tag than \"1\", though the same number")
                .isEqualTo(412);
        assertThat(api.get(employer, path).body().get("version").asInt()).isEqualTo(1);

        Api.Res listed = api.put(employer, path, changed, Map.of("If-Match", "W/\"1\", \"7\", \"1\""));
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.etag()).isEqualTo("\"2\"");
        assertThat(api.put(employer, path, vacancy(), Map.of("If-Match", "*")).status())
                .isEqualTo(200);
    }

    @Test
    void anUpdateWithoutIfMatchAppliesToTheCurrentVersionLastWriteWins() {
        Api.Res created = api.post(employer, "/api/employer/vacancies", vacancy());
        String path = "/api/employer/vacancies/" + created.id();

        Api.Res first = api.put(employer, path, with(vacancy(), "title", "Orderpicker days"), Map.of());
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"2\"");
        Api.Res second = api.put(employer, path, with(vacancy(), "title", "Orderpicker nights"), Map.of());
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(second.etag()).isEqualTo("\"3\"");
        assertThat(api.get(employer, path).body().get("title").asString()).isEqualTo("Orderpicker nights");

        Api.Res stale = api.put(
                employer, path, with(vacancy(), "title", "Orderpicker weekends"), Map.of("If-Match", first.etag()));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.etag()).isEqualTo("\"3\"");
        assertThat(api.get(employer, path).body().get("title").asString()).isEqualTo("Orderpicker nights");
        assertThat(api.put(employer, "/api/employer/vacancies/" + UUID.randomUUID(), vacancy(), Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void deleteClosesTheVacancyAndAClosedVacancyCannotChange() {
        Api.Res created = api.post(employer, "/api/employer/vacancies", vacancy());
        String path = "/api/employer/vacancies/" + created.id();
        assertThat(api.delete(employer, path, Map.of("If-Match", "\"9\"")).status())
                .isEqualTo(412);
        Api.Res closed = api.delete(employer, path, Map.of());
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.delete(employer, path, Map.of()).status()).isEqualTo(200);
        assertThat(api.get(employer, path).body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.put(employer, path, vacancy(), Map.of("If-Match", closed.etag()))
                        .status())
                .isEqualTo(409);
        assertThat(api.get(employer, "/api/employer/vacancies?status=CLOSED")
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theListPagesAndCapsTheSize() {
        for (int i = 0; i < 3; i++) {
            api.post(employer, "/api/employer/vacancies", with(vacancy(), "title", "Job " + i));
        }
        Api.Res page = api.get(employer, "/api/employer/vacancies?page=1&size=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items").size()).isEqualTo(1);
        assertThat(page.body().get("total").asLong()).isEqualTo(3);
        assertThat(page.body().get("page").asInt()).isEqualTo(1);
        assertThat(api.get(employer, "/api/employer/vacancies?size=1000")
                        .body()
                        .get("size")
                        .asInt())
                .isEqualTo(100);
        assertThat(api.get(employer, "/api/employer/vacancies?page=-1").status())
                .isEqualTo(400);
        assertThat(api.get(employer, "/api/employer/vacancies?status=SOMETIMES").status())
                .isEqualTo(400);
    }

    @Test
    void theVacancyListIsNewestFirstOnEveryPageAndRefusesBadPageValues() {
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(api.post(employer, "/api/employer/vacancies", with(vacancy(), "title", "Job " + i))
                    .id()
                    .toString());
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Api.Res res = api.get(employer, "/api/employer/vacancies?page=" + page + "&size=2");
            assertThat(res.status()).as(res.raw()).isEqualTo(200);
            assertThat(res.body().get("page").asInt()).isEqualTo(page);
            assertThat(res.body().get("size").asInt()).isEqualTo(2);
            assertThat(res.body().get("total").asLong()).isEqualTo(5);
            res.body().get("items").forEach(item -> seen.add(item.get("id").asString()));
        }
        assertThat(seen).containsExactlyElementsOf(posted.reversed());

        assertBadPageValues("/api/employer/vacancies");
        Api.Res farBeyond =
                api.get(employer, "/api/employer/vacancies?page=" + (Integer.MAX_VALUE / 100 + 1) + "&size=100");
        assertThat(farBeyond.status()).as(farBeyond.raw()).isEqualTo(200);
        assertThat(farBeyond.body().get("items").size()).isZero();
        assertThat(farBeyond.body().get("total").asLong()).isEqualTo(5);
    }

    @Test
    void anEmployerReachesEveryMatchNotDeclinedPageByPageNewestProposalFirst() {
        String coach = TestTokens.bearer("coach", "MATCHER"); // fresh: this set-up takes a while
        Map<String, Object> posting = with(vacancy(), "location", Map.of("city", "Schiermonnikoog"));
        UUID vacancyId = api.post(employer, "/api/employer/vacancies", posting).id();
        String path = "/api/employer/vacancies/" + vacancyId + "/matches";
        List<UUID> proposed = new ArrayList<>(); // oldest first
        for (int i = 0; i < 112; i++) {
            // on an island no other test's vacancy reaches, so these candidates rank nowhere else
            Map<String, Object> profile = with(candidate(), "name", "Paging Candidate " + i);
            profile.put("location", Map.of("city", "Schiermonnikoog"));
            profile.put("maxTravelKm", 5);
            Api.Res created = api.post(coach, "/api/matching/candidates", profile);
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            Api.Res match = api.post(
                    coach, "/api/matching/matches", Map.of("vacancyId", vacancyId, "candidateId", created.id()));
            assertThat(match.status()).as(match.raw()).isEqualTo(201);
            proposed.add(match.id());
        }
        // declined among the newest (the old view read the newest 100 rows and dropped these afterwards) and oldest
        List<UUID> declined = List.of(
                proposed.get(111),
                proposed.get(108),
                proposed.get(97),
                proposed.get(60),
                proposed.get(11),
                proposed.get(0));
        for (UUID matchId : declined) {
            Api.Res res = api.post(coach, "/api/matching/matches/" + matchId + "/decline", Map.of());
            assertThat(res.status()).as(res.raw()).isEqualTo(200);
        }
        UUID introduced = proposed.get(50);
        assertThat(api.post(coach, "/api/matching/matches/" + introduced + "/introduce", null)
                        .status())
                .isEqualTo(200);
        List<String> expected = proposed.reversed().stream()
                .filter(id -> !declined.contains(id))
                .map(UUID::toString)
                .toList();
        assertThat(expected).hasSize(106);

        List<String> seen = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            Api.Res res = api.get(employer, path + "?page=" + page + "&size=30");
            assertThat(res.status()).as(res.raw()).isEqualTo(200);
            assertThat(res.body().get("page").asInt()).isEqualTo(page);
            assertThat(res.body().get("size").asInt()).isEqualTo(30);
            assertThat(res.body().get("total").asLong()).isEqualTo(106);
            assertThat(res.body().get("items").size()).isEqualTo(page < 3 ? 30 : page == 3 ? 16 : 0);
            res.body().get("items").forEach(item -> {
                seen.add(item.get("matchId").asString());
                items.add(item);
            });
        }
        assertThat(seen).containsExactlyElementsOf(expected);

        for (JsonNode item : items) {
            assertThat(item.get("vacancyId").asString()).isEqualTo(vacancyId.toString());
            assertThat(item.get("candidateRef").asString()).startsWith("p_");
            assertThat(item.get("score").isNumber()).as(item.toString()).isTrue();
            assertThat(item.get("explanation").isArray()).as(item.toString()).isTrue();
            assertThat(item.get("status").asString()).isIn("PROPOSED", "INTRODUCED");
            boolean isIntroduced = item.get("matchId").asString().equals(introduced.toString());
            assertThat(item.get("status").asString()).isEqualTo(isIntroduced ? "INTRODUCED" : "PROPOSED");
            assertThat(present(item, "name")).as(item.toString()).isEqualTo(isIntroduced);
            assertThat(present(item, "candidateId")).as(item.toString()).isEqualTo(isIntroduced);
        }
        assertThat(items.stream()
                        .filter(i -> present(i, "name"))
                        .map(i -> i.get("name").asString()))
                .containsExactly("Paging Candidate 50");

        Api.Res firstPage = api.get(employer, path);
        assertThat(firstPage.body().get("page").asInt()).isZero();
        assertThat(firstPage.body().get("size").asInt()).isEqualTo(20);
        assertThat(firstPage.body().get("items").findValuesAsString("matchId"))
                .containsExactlyElementsOf(expected.subList(0, 20));
        Api.Res capped = api.get(employer, path + "?size=1000");
        assertThat(capped.body().get("size").asInt()).isEqualTo(100);
        assertThat(capped.body().get("items").size()).isEqualTo(100);
        Api.Res rest = api.get(employer, path + "?page=1&size=1000");
        assertThat(rest.body().get("items").findValuesAsString("matchId"))
                .containsExactlyElementsOf(expected.subList(100, 106));
        assertThat(rest.body().get("total").asLong()).isEqualTo(106);
    }

    @Test
    void theMatchListRefusesBadPageValuesAndAPagePastTheEndIsEmpty() {
        UUID vacancyId =
                api.post(employer, "/api/employer/vacancies", vacancy()).id();
        String path = "/api/employer/vacancies/" + vacancyId + "/matches";
        Api.Res none = api.get(employer, path);
        assertThat(none.status()).as(none.raw()).isEqualTo(200);
        assertThat(none.body().get("items").size()).isZero();
        assertThat(none.body().get("total").asLong()).isZero();
        assertBadPageValues(path);
        Api.Res farBeyond = api.get(employer, path + "?page=" + (Integer.MAX_VALUE / 100 + 1) + "&size=100");
        assertThat(farBeyond.status()).as(farBeyond.raw()).isEqualTo(200);
        assertThat(farBeyond.body().get("items").size()).isZero();
    }

    @Test
    void anotherEmployersVacancyHasNoMatchesToPageThrough() {
        UUID vacancyId =
                api.post(employer, "/api/employer/vacancies", vacancy()).id();
        String other = TestTokens.employer(Fixtures.employer(api, "Curious Competitor BV"));
        for (String query : List.of("", "?page=0&size=20", "?page=1&size=100")) {
            Api.Res res = api.get(other, "/api/employer/vacancies/" + vacancyId + "/matches" + query);
            assertThat(res.status()).as(query + ": " + res.raw()).isEqualTo(404);
            assertThat(res.headers().getContentType().toString()).contains("problem+json");
            assertThat(res.raw()).doesNotContain("items");
        }
        assertThat(api.get(other, "/api/employer/vacancies/" + UUID.randomUUID() + "/matches?page=0&size=20")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anUnknownPlaceIsA400WithCloseSpellings() {
        Api.Res res =
                api.post(employer, "/api/employer/vacancies", with(vacancy(), "location", Map.of("city", "Venloo")));
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.body().get("errors").get(0).get("field").asString()).isEqualTo("location.city");
        assertThat(res.body().get("errors").get(0).get("message").asString()).contains("Venlo");
        Api.Res den =
                api.post(employer, "/api/employer/vacancies", with(vacancy(), "location", Map.of("city", "Den Bosh")));
        assertThat(den.raw()).contains("Den Bosch");
    }

    @Test
    void aStartDateInThePastIsAWarningThatTheVacancyStartsAtOnce() {
        String yesterday = LocalDate.now().minusDays(1).toString();

        Api.Res created = api.post(employer, "/api/employer/vacancies", with(vacancy(), "startDate", yesterday));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("warnings").toString())
                .contains(
                        "\"field\":\"startDate\"",
                        "is in the past (" + yesterday + "); the vacancy is read as starting at once");
    }

    @Test
    void badVacanciesAreProblemDetailsNamingTheField() {
        Map<String, Object> cefr = with(vacancy(), "languages", List.of(Map.of("code", "nl", "level", "D1")));
        assertBadField(cefr, "languages");
        assertBadField(with(vacancy(), "hoursPerWeek", Map.of("min", 40, "max", 32)), "hoursPerWeek");
        assertBadField(with(vacancy(), "isco", "93"), "isco");
        assertBadField(with(vacancy(), "salary", Map.of("min", 16, "max", 15, "per", "HOUR")), "salary");
        assertBadField(with(vacancy(), "title", "x".repeat(201)), "title");
        assertBadField(with(vacancy(), "contractType", "FOREVER"), "contractType");
        assertBadField(with(vacancy(), "drivingLicences", List.of("Z")), "drivingLicences");
        assertBadField(with(vacancy(), "languages", List.of(Map.of("level", "A2"))), "languages");
        assertBadField(
                with(vacancy(), "location", Map.of("city", "Venlo", "postcode", "ABCD 12")), "location.postcode");
        Map<String, Object> noTitle = vacancy();
        noTitle.remove("title");
        assertBadField(noTitle, "title");
        assertThat(api.post(employer, "/api/employer/vacancies", "{\"title\": ").status())
                .isEqualTo(400);
    }

    @Test
    void theContractsExampleVacancyIsPostedWithAWarningThatItsPayIsBelowTheAdultMinimumWage() {
        Api.Res created = api.post(employer, "/api/employer/vacancies", API_MD_EXAMPLE);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        JsonNode warnings = created.body().get("warnings");
        JsonNode pay = warnings.valueStream()
                .filter(w -> w.get("field").asString().equals("salary.min"))
                .findFirst()
                .orElseThrow();
        // the example's start date (2027-01-12) may have passed by the day this runs: then work starts at once
        assertThat(pay.get("message").asString())
                .startsWith("below the adult statutory minimum wage of €14.71 per hour in force ")
                .contains("allowed only for workers under 21", "€14.40 per hour");

        String path = "/api/employer/vacancies/" + created.id();
        assertThat(api.get(employer, path).body().get("warnings")).isEqualTo(warnings);
        assertThat(item(api.get(employer, "/api/employer/vacancies?size=100").body(), created.id())
                        .get("warnings"))
                .isEqualTo(warnings);
        assertThat(api.get(Fixtures.MATCHER, "/api/matching/vacancies/" + created.id())
                        .body()
                        .get("warnings"))
                .isEqualTo(warnings);
        assertThat(item(
                                api.get(Fixtures.MATCHER, "/api/matching/vacancies?size=100")
                                        .body(),
                                created.id())
                        .get("warnings"))
                .isEqualTo(warnings);
    }

    @Test
    void payAtLeastTheMinimumWageHasNoWarningsAndAChangeOfPayRecomputesThem() {
        // the minimum in force since 2026-01-01: EUR 14.71 per hour (21 and over)
        Api.Res fair = api.post(employer, "/api/employer/vacancies", vacancy());
        assertThat(fair.status()).isEqualTo(201);
        assertThat(fair.body().get("warnings").isArray()).isTrue();
        assertThat(fair.body().get("warnings").size()).isZero();

        String path = "/api/employer/vacancies/" + fair.id();
        Api.Res lowered =
                api.put(employer, path, with(vacancy(), "salary", Map.of("min", 14.70, "per", "HOUR")), Map.of());
        assertThat(lowered.status()).as(lowered.raw()).isEqualTo(200);
        assertThat(lowered.body().get("warnings").get(0).get("field").asString())
                .isEqualTo("salary.min");
        assertThat(api.get(employer, path).body().get("warnings").size()).isEqualTo(1);
        Api.Res raised = api.put(employer, path, vacancy(), Map.of());
        assertThat(raised.body().get("warnings").size()).isZero();
        assertThat(api.delete(employer, path, Map.of()).body().get("warnings").size())
                .isZero();
    }

    @Test
    void workStartingAfterTheLastKnownMinimumWageIsComparedWithItAndTheWarningSaysSinceWhenItIsInForce() {
        record Row(LocalDate since, BigDecimal hourly) {}
        Row latest = jdbc.sql("select valid_from, hourly_eur from minimum_wage order by valid_from desc limit 1")
                .query((rs, n) -> new Row(rs.getObject("valid_from", LocalDate.class), rs.getBigDecimal("hourly_eur")))
                .single();
        // a new figure comes into force every 1 January and 1 July: the latest row is known to hold until the next
        LocalDate nextFigure = latest.since().getMonthValue() < 7
                ? LocalDate.of(latest.since().getYear(), 7, 1)
                : LocalDate.of(latest.since().getYear() + 1, 1, 1);
        LocalDate starts = nextFigure.plusDays(11).isAfter(LocalDate.now().plusDays(30))
                ? nextFigure.plusDays(11)
                : LocalDate.now().plusDays(30);
        BigDecimal justBelow = latest.hourly().subtract(new BigDecimal("0.01"));
        Map<String, Object> posted = with(
                with(vacancy(), "startDate", starts.toString()), "salary", Map.of("min", justBelow, "per", "HOUR"));

        Api.Res created = api.post(employer, "/api/employer/vacancies", posted);

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("warnings")).hasSize(1);
        assertThat(created.body().get("warnings").get(0).get("message").asString())
                .isEqualTo("below the adult statutory minimum wage of €" + latest.hourly() + " per hour in force since "
                        + latest.since() + ", the latest figure known here (work starts " + starts
                        + "; a newer figure may apply by then); allowed only for workers under 21, at least at the "
                        + "youth minimum wage for their age. Posted: €" + justBelow
                        + " per hour, holiday allowance not counted");
        Api.Res atTheFigure = api.post(
                employer,
                "/api/employer/vacancies",
                with(posted, "salary", Map.of("min", latest.hourly(), "per", "HOUR")));
        assertThat(atTheFigure.body().get("warnings")).isEmpty();
    }

    @Test
    void monthlyAndYearlyPayAreComparedPerHourOverTheMaximumHours() {
        // EUR 2,400 a month over 40 h/week is 13.84 per hour: a warning; over 36 h it is 15.38: none
        Map<String, Object> monthly = with(vacancy(), "salary", Map.of("min", 2400, "per", "MONTH"));
        Api.Res over40 = api.post(employer, "/api/employer/vacancies", monthly);
        assertThat(over40.status()).isEqualTo(201);
        assertThat(over40.body().get("warnings").get(0).get("message").asString())
                .contains("€2400 a month")
                .contains("€13.84 per hour over 40 hours a week");
        Api.Res over36 = api.post(
                employer, "/api/employer/vacancies", with(monthly, "hoursPerWeek", Map.of("min", 32, "max", 36)));
        assertThat(over36.body().get("warnings").size()).isZero();
        Api.Res yearly = api.post(
                employer, "/api/employer/vacancies", with(vacancy(), "salary", Map.of("min", 32000, "per", "YEAR")));
        assertThat(yearly.body().get("warnings").size()).isZero();
    }

    @Test
    void aRetryThatMeansTheSameRequestReplaysHoweverItIsWritten() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String pretty = """
                {
                  "title": "Orderpicker",
                  "isco": "9333",
                  "location": {"city": "Venlo", "postcode": "5928 AA"},
                  "languages": [{"anyOf": ["nl", "en"], "level": "A2"}],
                  "hoursPerWeek": {"min": 32, "max": 40},
                  "contractType": "TEMPORARY_AGENCY",
                  "salary": {"min": 14.80, "max": 15.20, "per": "HOUR", "currency": "EUR"},
                  "startDate": "%s"
                }
                """.formatted(LocalDate.now().plusDays(30));
        // the same meaning: compact, other key order, 14.8 for 14.80, 1.52E+1 for 15.20, defaults written out
        String compact = ("{\"startDate\":\"%s\",\"salary\":{\"currency\":\"EUR\",\"per\":\"HOUR\","
                        + "\"max\":1.52E+1,\"min\":14.8},\"contractType\":\"TEMPORARY_AGENCY\","
                        + "\"hoursPerWeek\":{\"max\":40,\"min\":32},\"languages\":[{\"level\":\"A2\","
                        + "\"anyOf\":[\"nl\",\"en\"]}],\"location\":{\"postcode\":\"5928 AA\",\"city\":\"Venlo\"},"
                        + "\"isco\":\"9333\",\"title\":\"Orderpicker\",\"skills\":[],\"minYearsExperience\":0}")
                .formatted(LocalDate.now().plusDays(30));

        Api.Res first = api.call(HttpMethod.POST, employer, "/api/employer/vacancies", pretty, key);
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        Api.Res retry = api.call(HttpMethod.POST, employer, "/api/employer/vacancies", compact, key);
        assertThat(retry.status()).as(retry.raw()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");

        Api.Res otherPay =
                api.call(HttpMethod.POST, employer, "/api/employer/vacancies", compact.replace("14.8", "14.81"), key);
        assertThat(otherPay.status()).isEqualTo(409);
        assertThat(otherPay.raw()).contains("different request");
    }

    @Test
    void parallelPostsWithOneIdempotencyKeyCreateOneVacancyAndEveryCallerGetsIt() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Parallel<Api.Res> posts;
        try (WritesHeld held = WritesHeld.on(dataSource, "vacancy")) {
            posts = Parallel.start(
                    5, i -> api.call(HttpMethod.POST, employer, "/api/employer/vacancies", vacancy(), key));
            held.untilBlocked(5); // every request has looked for the key and found none
        }
        List<Api.Res> answers = posts.results();

        assertThat(answers)
                .allSatisfy(res -> assertThat(res.status()).as(res.raw()).isEqualTo(201));
        assertThat(answers.stream().map(Api.Res::id).distinct()).hasSize(1);
        assertThat(answers.stream().map(res -> res.headers().getFirst("Idempotent-Replayed")))
                .containsExactlyInAnyOrder("false", "true", "true", "true", "true");
        assertThat(api.get(employer, "/api/employer/vacancies")
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void languageCodesMustBeIso639OneAndEachRequirementNamesEitherCodeOrAnyOf() {
        assertInvalid(with(vacancy(), "languages", List.of(Map.of("code", "xx", "level", "A2"))), "languages[0].code");
        assertInvalid(
                with(vacancy(), "languages", List.of(Map.of("anyOf", List.of("nl", "zz"), "level", "A2"))),
                "languages[0].anyOf[1]");
        assertInvalid(
                with(vacancy(), "languages", List.of(Map.of("code", "nl", "anyOf", List.of("en"), "level", "B1"))),
                "languages[0]");
        assertInvalid(with(vacancy(), "languages", List.of(Map.of("level", "A2"))), "languages[0]");
        assertInvalid(
                with(vacancy(), "languages", List.of(Map.of("anyOf", List.of(), "level", "A2"))), "languages[0].anyOf");
        assertInvalid(
                with(vacancy(), "preferredLanguages", List.of(Map.of("code", "qq", "level", "B1"))),
                "preferredLanguages[0].code");

        Map<String, Object> real = with(
                vacancy(),
                "languages",
                List.of(
                        Map.of("code", "nl", "level", "A2"),
                        Map.of("anyOf", List.of("uk", "ru", "pl", "fy", "ar"), "level", "B1")));
        Api.Res accepted = api.post(employer, "/api/employer/vacancies", real);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
    }

    @Test
    void onlyEmployersUseTheEmployerApi() {
        assertThat(api.get(null, "/api/employer/vacancies").status()).isEqualTo(401);
        assertThat(api.get(Fixtures.MATCHER, "/api/employer/vacancies").status())
                .isEqualTo(403);
        assertThat(api.get(Fixtures.ADMIN, "/api/employer/vacancies").status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheEmployerApiWithExamples() {
        Api.Res docs = api.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.raw())
                .contains("/api/employer/vacancies")
                .contains("Idempotency-Key")
                .contains("Orderpicker")
                .contains("newest proposal first (by the time the coach proposed it, ties by matchId)");
    }

    /** Like every list: a negative page, a size below 1 and values that are not whole numbers are 400 problems. */
    private void assertBadPageValues(String path) {
        Map<String, String> bad = Map.of(
                "page=-1", "page",
                "size=0", "size",
                "size=-5", "size",
                "page=abc", "page",
                "size=ten", "size",
                "page=1.5", "page",
                "page=99999999999", "page");
        bad.forEach((query, field) -> {
            Api.Res res = api.get(employer, path + "?" + query);
            assertThat(res.status()).as(query + ": " + res.raw()).isEqualTo(400);
            assertThat(res.headers().getContentType().toString()).contains("problem+json");
            assertThat(res.body().get("errors").findValuesAsString("field"))
                    .as(res.raw())
                    .containsExactly(field);
            assertThat(res.raw()).doesNotContain("Exception");
        });
    }

    private static boolean present(JsonNode item, String field) {
        return item.has(field) && !item.get(field).isNull();
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        Api.Res res = api.post(employer, "/api/employer/vacancies", body);
        assertThat(res.status()).as(field + ": " + res.raw()).isEqualTo(400);
        assertThat(res.headers().getContentType().toString()).contains("problem+json");
        assertThat(res.body().get("errors").findValuesAsString("field"))
                .as(res.raw())
                .containsExactly(field);
    }

    private static JsonNode item(JsonNode page, UUID id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asString().equals(id.toString())) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in " + page);
    }

    private void assertBadField(Map<String, Object> body, String field) {
        Api.Res res = api.post(employer, "/api/employer/vacancies", body);
        assertThat(res.status()).as(field + ": " + res.raw()).isEqualTo(400);
        assertThat(res.headers().getContentType().toString()).contains("problem+json");
        assertThat(res.raw()).as(res.raw()).contains(field).doesNotContain("Exception");
    }
}
