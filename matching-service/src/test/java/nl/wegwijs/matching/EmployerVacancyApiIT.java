package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.vacancy;
import static nl.wegwijs.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

@ServiceIT
class EmployerVacancyApiIT {

    @LocalServerPort
    int port;

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
        assertThat(api.put(employer, path, changed, Map.of("If-Match", "W/\"2\""))
                        .status())
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
    void badVacanciesAreProblemDetailsNamingTheField() {
        Map<String, Object> cefr = with(vacancy(), "languages", List.of(Map.of("code", "nl", "level", "D1")));
        assertBadField(cefr, "languages");
        assertBadField(with(vacancy(), "hoursPerWeek", Map.of("min", 40, "max", 32)), "hoursPerWeek");
        assertBadField(with(vacancy(), "startDate", LocalDate.now().minusDays(1).toString()), "startDate");
        assertBadField(with(vacancy(), "isco", "93"), "isco");
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
    void payBelowTheMinimumWageInForceOnTheStartDateIsRefused() {
        // 2026-01-01: EUR 14.71 per hour (21 and over)
        Map<String, Object> low = with(vacancy(), "salary", Map.of("min", 14.50, "per", "HOUR"));
        Api.Res res = api.post(employer, "/api/employer/vacancies", low);
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.body().get("errors").get(0).get("field").asString()).isEqualTo("salary.min");
        assertThat(res.raw()).contains("14.71");
        // EUR 2,400 a month over 40 h/week is 13.84 per hour: too low; over 36 h it is 15.38: fine
        Map<String, Object> monthly = with(vacancy(), "salary", Map.of("min", 2400, "per", "MONTH"));
        assertThat(api.post(employer, "/api/employer/vacancies", monthly).status())
                .isEqualTo(400);
        Map<String, Object> monthly36 = with(monthly, "hoursPerWeek", Map.of("min", 32, "max", 36));
        assertThat(api.post(employer, "/api/employer/vacancies", monthly36).status())
                .isEqualTo(201);
        Map<String, Object> yearly = with(vacancy(), "salary", Map.of("min", 32000, "per", "YEAR"));
        assertThat(api.post(employer, "/api/employer/vacancies", yearly).status())
                .isEqualTo(201);
        assertThat(api.post(
                                employer,
                                "/api/employer/vacancies",
                                with(vacancy(), "salary", Map.of("min", 16, "max", 15, "per", "HOUR")))
                        .status())
                .isEqualTo(400);
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
                .contains("Orderpicker");
    }

    private void assertBadField(Map<String, Object> body, String field) {
        Api.Res res = api.post(employer, "/api/employer/vacancies", body);
        assertThat(res.status()).as(field + ": " + res.raw()).isEqualTo(400);
        assertThat(res.headers().getContentType().toString()).contains("problem+json");
        assertThat(res.raw()).as(res.raw()).contains(field).doesNotContain("Exception");
    }
}
