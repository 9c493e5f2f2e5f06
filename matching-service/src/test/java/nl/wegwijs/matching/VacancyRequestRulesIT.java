package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.vacancy;
import static nl.wegwijs.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A vacancy that contradicts itself is refused, naming the field the employer sent. */
@ServiceIT
class VacancyRequestRulesIT {

    @LocalServerPort
    int port;

    Api api;
    String employer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        employer = TestTokens.employer(Fixtures.employer(api, "Contradiction Logistics"));
    }

    @Test
    void aRangeWhoseMinimumIsAboveItsMaximumIsReportedOnTheMinimum() {
        assertRefused(
                with(vacancy(), "hoursPerWeek", Map.of("min", 40, "max", 32)),
                "hoursPerWeek.min",
                "must not be above max");
        assertRefused(
                with(vacancy(), "salary", Map.of("min", 16, "max", 15, "per", "HOUR")),
                "salary.min",
                "must not be above max");
    }

    @Test
    void aLanguageRequiredOrPreferredTwiceIsRefusedOnTheSecondEntry() {
        assertRefused(
                with(
                        vacancy(),
                        "languages",
                        List.of(Map.of("code", "nl", "level", "A2"), Map.of("code", "nl", "level", "B1"))),
                "languages[1].code",
                "nl is required already (languages[0])");
        assertRefused(
                with(
                        vacancy(),
                        "languages",
                        List.of(
                                Map.of("anyOf", List.of("nl", "en"), "level", "A2"),
                                Map.of("anyOf", List.of("en", "nl"), "level", "B1"))),
                "languages[1].anyOf",
                "en, nl are required already (languages[0])");
        assertRefused(
                with(vacancy(), "languages", List.of(Map.of("anyOf", List.of("nl", "en", "nl"), "level", "A2"))),
                "languages[0].anyOf[2]",
                "nl is listed already (languages[0].anyOf[0])");
        assertRefused(
                with(
                        vacancy(),
                        "preferredLanguages",
                        List.of(Map.of("code", "uk", "level", "B1"), Map.of("code", "uk", "level", "C1"))),
                "preferredLanguages[1].code",
                "uk is listed already (preferredLanguages[0])");
    }

    @Test
    void requirementsMayOverlapAndALanguageMayBeRequiredAndPreferredAtAHigherLevel() {
        Map<String, Object> overlapping = with(
                vacancy(),
                "languages",
                List.of(Map.of("code", "nl", "level", "A2"), Map.of("anyOf", List.of("nl", "en"), "level", "B1")));
        overlapping.put("preferredLanguages", List.of(Map.of("code", "nl", "level", "B2")));

        Api.Res created = api.post(employer, "/api/employer/vacancies", overlapping);

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    @Test
    void aReplacementIsHeldToTheSameRules() {
        Api.Res created = api.post(employer, "/api/employer/vacancies", vacancy());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);

        Api.Res replaced = api.put(
                employer,
                "/api/employer/vacancies/" + created.id(),
                with(
                        vacancy(),
                        "preferredLanguages",
                        List.of(Map.of("code", "uk", "level", "B1"), Map.of("code", "uk", "level", "A1"))),
                Map.of());

        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(400);
        assertThat(replaced.body().get("errors").findValuesAsString("field"))
                .containsExactly("preferredLanguages[1].code");
    }

    private void assertRefused(Map<String, Object> body, String field, String message) {
        Api.Res res = api.post(employer, "/api/employer/vacancies", body);
        assertThat(res.status()).as(res.raw()).isEqualTo(400);
        assertThat(res.headers().getContentType().toString()).contains("problem+json");
        assertThat(res.body().get("errors").findValuesAsString("field"))
                .as(res.raw())
                .containsExactly(field);
        assertThat(res.body().get("errors").get(0).get("message").asString()).contains(message);
    }
}
