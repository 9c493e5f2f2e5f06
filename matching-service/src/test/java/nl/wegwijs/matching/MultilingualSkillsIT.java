package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.MATCHER;
import static nl.wegwijs.matching.Fixtures.candidate;
import static nl.wegwijs.matching.Fixtures.vacancy;
import static nl.wegwijs.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Employers post in Dutch, coaches keep profiles in English or Ukrainian: required skills are a hard filter, so the
 * same skill in another language must match, and a required skill that finds nobody must say why instead of
 * answering an empty list.
 */
@ServiceIT
class MultilingualSkillsIT {

    @LocalServerPort
    int port;

    Api api;
    String employer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        employer = TestTokens.employer(Fixtures.employer(api, "Meppel Warehousing"));
    }

    private UUID candidateWith(List<String> skills) {
        Map<String, Object> c = with(candidate(), "location", Map.of("city", "Meppel", "postcode", "7941 AB"));
        c.put("skills", skills);
        Api.Res res = api.post(MATCHER, "/api/matching/candidates", c);
        assertThat(res.status()).as(res.raw()).isEqualTo(201);
        return res.id();
    }

    private Api.Res postVacancy(List<String> skills) {
        Map<String, Object> v = with(vacancy(), "location", Map.of("city", "Meppel", "postcode", "7942 JA"));
        v.put("skills", skills);
        v.put("preferredSkills", List.of());
        Api.Res res = api.post(employer, "/api/employer/vacancies", v);
        assertThat(res.status()).as(res.raw()).isEqualTo(201);
        return res;
    }

    @Test
    void aVacancyWrittenInDutchFindsTheCandidatesProfiledInEnglishUkrainianAndRussian() {
        List<UUID> pickers = List.of(
                candidateWith(List.of("order picking")),
                candidateWith(List.of("комплектування замовлень")),
                candidateWith(List.of("комплектация заказов")));

        for (List<String> skills : List.of(List.of("orderpicken"), List.of("комплектування замовлень"))) {
            Api.Res posted = postVacancy(skills);
            assertThat(posted.body().get("warnings").isEmpty()).as(posted.raw()).isTrue();

            Api.Res ranking = api.get(MATCHER, "/api/matching/vacancies/" + posted.id() + "/matches?limit=100");

            assertThat(ranking.status()).isEqualTo(200);
            assertThat(ids(ranking.body().get("items")))
                    .as(skills.toString())
                    .containsAll(pickers.stream().map(UUID::toString).toList());
            assertThat(ranking.body().get("warnings").isEmpty()).isTrue();
            for (JsonNode item : ranking.body().get("items")) {
                assertThat(criterion(item, "skills").get("detail").asString())
                        .as("the skill in the vacancy's words")
                        .isEqualTo("holds " + skills.getFirst());
            }
        }
    }

    @Test
    void aRequiredSkillOutsideTheVocabularyThatNobodyHasIsNamedInTheVacancyAndInItsEmptyRanking() {
        candidateWith(List.of("order picking"));
        String unknown = "SAP EWM transactiecodes";

        Api.Res posted = postVacancy(List.of("orderpicken", unknown));

        assertThat(posted.body()
                        .get("warnings")
                        .valueStream()
                        .map(w -> w.get("field").asString()))
                .containsExactly("skills[1]");
        assertThat(posted.body().get("warnings").get(0).get("message").asString())
                .startsWith("\"" + unknown + "\" is not in the skill vocabulary: it is matched by its exact wording "
                        + "only");
        assertThat(api.get(employer, "/api/employer/vacancies/" + posted.id()).raw())
                .contains("is not in the skill vocabulary");

        Api.Res ranking = api.get(MATCHER, "/api/matching/vacancies/" + posted.id() + "/matches");

        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.body().get("items").isEmpty()).isTrue();
        assertThat(ranking.body().get("nearMisses").isEmpty()).isTrue();
        JsonNode warnings = ranking.body().get("warnings");
        assertThat(warnings.size()).as(ranking.raw()).isEqualTo(1);
        assertThat(warnings.get(0).get("field").asString()).isEqualTo("skills[1]");
        assertThat(warnings.get(0).get("message").asString())
                .isEqualTo("no candidate has \"" + unknown + "\"; it is not in the skill vocabulary, so it is "
                        + "matched by its exact wording only (case, accents and punctuation aside), not by other "
                        + "names or translations");
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("candidateId").asString()));
        return ids;
    }

    private static JsonNode criterion(JsonNode item, String name) {
        for (JsonNode c : item.get("explanation")) {
            if (c.get("criterion").asString().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no " + name + " in " + item);
    }
}
