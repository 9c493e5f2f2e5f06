package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.ADMIN;
import static nl.wegwijs.matching.Fixtures.MATCHER;
import static nl.wegwijs.matching.Fixtures.candidate;
import static nl.wegwijs.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class CandidateApiIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aCoachCreatesReadsListsAndUpdatesAProfile() {
        Api.Res created = api.post(MATCHER, "/api/matching/candidates", candidate());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        UUID id = created.id();
        assertThat(created.body().get("name").asString()).isEqualTo("Olena Kovalenko");
        assertThat(created.body().get("occupations").get(0).get("isco").asString())
                .isEqualTo("9333");
        Api.Res read = api.get(MATCHER, "/api/matching/candidates/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("workAuthorisation").get("validUntil").asString())
                .isEqualTo("2027-03-04");
        assertThat(api.get(MATCHER, "/api/matching/candidates?size=100").raw()).contains(id.toString());

        Api.Res updated = api.put(
                MATCHER,
                "/api/matching/candidates/" + id,
                with(candidate(), "maxTravelKm", 40),
                Map.of("If-Match", read.etag()));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("version").asInt()).isEqualTo(2);
        assertThat(updated.body().get("maxTravelKm").asInt()).isEqualTo(40);
        assertThat(api.put(MATCHER, "/api/matching/candidates/" + id, candidate(), Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(412);
        assertThat(api.put(MATCHER, "/api/matching/candidates/" + id, candidate(), Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.put(MATCHER, "/api/matching/candidates/" + UUID.randomUUID(), candidate(), Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aStaleOrWeakIfMatchOnAProfileIsA412AboutTheCandidate() {
        UUID id = api.post(MATCHER, "/api/matching/candidates", candidate()).id();
        String path = "/api/matching/candidates/" + id;

        Api.Res stale = api.put(MATCHER, path, candidate(), Map.of("If-Match", "\"9\""));
        assertThat(stale.status()).as(stale.raw()).isEqualTo(412);
        assertThat(stale.etag()).isEqualTo("\"1\"");
        assertThat(stale.body().get("detail").asString())
                .isEqualTo("The candidate was changed since you read it; read it again and retry with its new ETag");

        Api.Res weak = api.put(MATCHER, path, candidate(), Map.of("If-Match", "W/\"1\""));
        assertThat(weak.status()).as(weak.raw()).isEqualTo(412);
        assertThat(weak.body().get("detail").asString())
                .contains("W/\"1\"")
                .contains("weak")
                .contains("candidate")
                .doesNotContain("vacancy");
        assertThat(api.put(MATCHER, path, candidate(), Map.of("If-Match", "garbage"))
                        .status())
                .isEqualTo(412);
        assertThat(api.get(MATCHER, path).body().get("version").asInt()).isEqualTo(1);

        assertThat(api.put(MATCHER, path, candidate(), Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(200);
        assertThat(api.put(MATCHER, path, candidate(), Map.of("If-Match", "*")).status())
                .isEqualTo(200);
    }

    @Test
    void temporaryProtectionWithoutAnEndDateGetsTheConfiguredEnd() {
        Map<String, Object> body = with(candidate(), "workAuthorisation", Map.of("basis", "TEMPORARY_PROTECTION"));
        Api.Res created = api.post(MATCHER, "/api/matching/candidates", body);
        assertThat(created.body().get("workAuthorisation").get("validUntil").asString())
                .isEqualTo("2027-03-04");
        Map<String, Object> permit = with(candidate(), "workAuthorisation", Map.of("basis", "RESIDENCE_PERMIT"));
        Api.Res refused = api.post(MATCHER, "/api/matching/candidates", permit);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("workAuthorisation.validUntil");
        Map<String, Object> eu = with(candidate(), "workAuthorisation", Map.of("basis", "EU_CITIZEN"));
        assertThat(api.post(MATCHER, "/api/matching/candidates", eu).status()).isEqualTo(201);
    }

    @Test
    void badProfilesAreProblemDetailsNamingTheField() {
        assertBad(with(candidate(), "languages", List.of(Map.of("code", "uk", "level", "C3"))), "languages");
        assertBad(with(candidate(), "languages", List.of()), "languages");
        assertBad(with(candidate(), "occupations", List.of(Map.of("isco", "93a3"))), "occupations");
        assertBad(with(candidate(), "hoursPerWeek", Map.of("min", 40, "max", 20)), "hoursPerWeek");
        assertBad(with(candidate(), "maxTravelKm", -1), "maxTravelKm");
        assertBad(with(candidate(), "location", Map.of("city", "Amsterdm")), "location.city");
        assertBad(with(candidate(), "workAuthorisation", Map.of("basis", "REFUGEE")), "workAuthorisation");
        assertBad(with(candidate(), "availableFrom", "next week"), "availableFrom");
        assertBad(with(candidate(), "name", ""), "name");
        Api.Res suggestion = api.post(
                MATCHER, "/api/matching/candidates", with(candidate(), "location", Map.of("city", "Amsterdm")));
        assertThat(suggestion.raw()).contains("Amsterdam");
        assertThat(api.get(MATCHER, "/api/matching/candidates/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void languageCodesMustBeIso639One() {
        Map<String, Object> unknown = with(
                candidate(),
                "languages",
                List.of(Map.of("code", "uk", "level", "NATIVE"), Map.of("code", "xx", "level", "B2")));
        Api.Res res = api.post(MATCHER, "/api/matching/candidates", unknown);
        assertThat(res.status()).as(res.raw()).isEqualTo(400);
        assertThat(res.body().get("errors").findValuesAsString("field")).containsExactly("languages[1].code");
        assertThat(res.body().get("errors").get(0).get("message").asString()).contains("ISO 639-1");
        Api.Res upperCase = api.post(
                MATCHER,
                "/api/matching/candidates",
                with(candidate(), "languages", List.of(Map.of("code", "UK", "level", "NATIVE"))));
        assertThat(upperCase.status()).isEqualTo(400);

        Map<String, Object> known = with(
                candidate(),
                "languages",
                List.of(Map.of("code", "ti", "level", "NATIVE"), Map.of("code", "ar", "level", "C1")));
        assertThat(api.post(MATCHER, "/api/matching/candidates", known).status())
                .isEqualTo(201);
    }

    @Test
    void aLanguageListedTwiceIsRefusedNamingTheCodeOfTheSecondEntry() {
        Map<String, Object> contradictory = with(
                candidate(),
                "languages",
                List.of(Map.of("code", "uk", "level", "NATIVE"), Map.of("code", "uk", "level", "A1")));

        Api.Res refused = api.post(MATCHER, "/api/matching/candidates", contradictory);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.headers().getContentType().toString()).contains("problem+json");
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("languages[1].code");
        assertThat(refused.body().get("errors").get(0).get("message").asString())
                .isEqualTo("uk is listed already (languages[0]); give each language once, at one level");

        Api.Res created = api.post(MATCHER, "/api/matching/candidates", candidate());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Map<String, Object> third = with(
                candidate(),
                "languages",
                List.of(
                        Map.of("code", "uk", "level", "NATIVE"),
                        Map.of("code", "en", "level", "B2"),
                        Map.of("code", "en", "level", "C1")));
        Api.Res replaced = api.put(MATCHER, "/api/matching/candidates/" + created.id(), third, Map.of());
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(400);
        assertThat(replaced.body().get("errors").findValuesAsString("field")).containsExactly("languages[2].code");
    }

    @Test
    void hoursWhoseMinimumIsAboveTheMaximumAreReportedOnTheMinimum() {
        Api.Res refused = api.post(
                MATCHER, "/api/matching/candidates", with(candidate(), "hoursPerWeek", Map.of("min", 40, "max", 20)));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("hoursPerWeek.min");
        assertThat(refused.body().get("errors").get(0).get("message").asString())
                .isEqualTo("must not be above max");
    }

    @Test
    void onlyCoachesAndAdministratorsKeepProfiles() {
        assertThat(api.post(null, "/api/matching/candidates", candidate()).status())
                .isEqualTo(401);
        Api.Res byAdmin = api.post(ADMIN, "/api/matching/candidates", candidate());
        assertThat(byAdmin.status()).as(byAdmin.raw()).isEqualTo(201);
        assertThat(api.get(ADMIN, "/api/matching/candidates/" + byAdmin.id()).status())
                .isEqualTo(200);
        assertThat(api.post(TestTokens.bearer("agent", "AGENT"), "/api/matching/candidates", candidate())
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestTokens.employer(UUID.randomUUID()), "/api/matching/candidates")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aCallerWithoutTheCoachRoleGets403BeforeTheProfileIsValidated() {
        Api.Res empty = api.post(TestTokens.bearer("analyst", "ANALYST"), "/api/matching/candidates", Map.of());
        assertThat(empty.status()).as(empty.raw()).isEqualTo(403);
        assertThat(empty.raw()).doesNotContain("errors");
        assertThat(api.post(MATCHER, "/api/matching/candidates", Map.of()).status())
                .isEqualTo(400);
        assertThat(api.post(ADMIN, "/api/matching/candidates", Map.of()).status())
                .isEqualTo(400);
    }

    private void assertBad(Map<String, Object> body, String field) {
        Api.Res res = api.post(MATCHER, "/api/matching/candidates", body);
        assertThat(res.status()).as(field + ": " + res.raw()).isEqualTo(400);
        assertThat(res.headers().getContentType().toString()).contains("problem+json");
        assertThat(res.raw()).as(res.raw()).contains(field);
    }
}
