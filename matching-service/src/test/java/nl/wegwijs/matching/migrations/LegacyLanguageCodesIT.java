package nl.wegwijs.matching.migrations;

import static nl.wegwijs.matching.Fixtures.MATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wegwijs.matching.Api;
import nl.wegwijs.matching.Fixtures;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vacancies and candidates stored before language codes were checked against ISO 639-1 ("EN", "nederlands", "xx"):
 * the upgrade normalises what means a language, marks the rest, and the engine matches on neither.
 */
@ServiceIT
class LegacyLanguageCodesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    /** A vacancy document as the API stored it before codes were checked, with these language lists. */
    private static String vacancyDocument(String languages, String preferredLanguages) {
        return """
                {"title": "Orderpicker", "description": "Picking orders.", "isco": "9333", "sector": "LOGISTICS",
                 "location": {"city": "Venlo", "postcode": "5928 AA"},
                 "languages": %s, "preferredLanguages": %s,
                 "skills": ["order picking"], "preferredSkills": [], "certificates": [], "drivingLicences": [],
                 "minYearsExperience": 0, "hoursPerWeek": {"min": 32, "max": 40}, "contractType": "TEMPORARY_AGENCY",
                 "salary": {"min": 14.40, "max": 15.20, "per": "HOUR", "currency": "EUR"}, "startDate": "2027-01-12"}
                """.formatted(languages, preferredLanguages);
    }

    private static final String SALARY_WARNING =
            "[{\"field\": \"salary.min\", \"message\": \"below the adult statutory minimum wage\"}]";

    @Test
    void theUpgradeNormalisesCodesThatMeanALanguageMarksTheRestAndLeavesEverythingElseAsItWas() {
        String schema = "before_v7_" + UUID.randomUUID().toString().replace("-", "");
        flyway(schema, "6").migrate();
        JdbcClient old = JdbcClient.create(dataSource);
        UUID employer = UUID.randomUUID();
        UUID legacy = UUID.randomUUID();
        UUID clean = UUID.randomUUID();
        UUID candidate = UUID.randomUUID();
        String legacyDocument = vacancyDocument(
                "[{\"code\": \"EN\", \"level\": \"B1\"}, {\"anyOf\": [\"Nederlands\", \"xx\", \"pl\"], \"level\": \"A2\"}]",
                "[{\"code\": \"українська\", \"level\": \"B1\"}, {\"code\": \"klingon\", \"level\": \"A1\"}]");
        String cleanDocument = vacancyDocument(
                "[{\"anyOf\": [\"nl\", \"en\"], \"level\": \"A2\"}]", "[{\"code\": \"uk\", \"level\": \"B1\"}]");
        old.sql("insert into " + schema + ".employer values (:id, 'Venlo Logistics BV', :kvk, 'hr@example.nl', now())")
                .param("id", employer)
                .param("kvk", Fixtures.uniqueKvk())
                .update();
        for (var vacancy : Map.of(legacy, legacyDocument, clean, cleanDocument).entrySet()) {
            old.sql("insert into " + schema + ".vacancy (id, employer_id, status, version, document, warnings,"
                            + " created_at, updated_at) values (:id, :employer, 'OPEN', 3, cast(:document as jsonb),"
                            + " cast(:warnings as jsonb), '2026-02-01T10:00:00Z', '2026-03-01T10:00:00Z')")
                    .param("id", vacancy.getKey())
                    .param("employer", employer)
                    .param("document", vacancy.getValue())
                    .param("warnings", SALARY_WARNING)
                    .update();
        }
        String candidateDocument = """
                {"name": "Olena Kovalenko", "location": {"city": "Venlo", "postcode": "5913 AB"},
                 "languages": [{"code": "UK", "level": "NATIVE"}, {"code": "Engels", "level": "B2"},
                               {"code": "xx", "level": "A1"}],
                 "skills": ["order picking"], "maxTravelKm": 25}""";
        old.sql("insert into " + schema + ".candidate values (:id, 2, cast(:document as jsonb), 'coach',"
                        + " '2026-02-01T10:00:00Z', '2026-03-01T10:00:00Z')")
                .param("id", candidate)
                .param("document", candidateDocument)
                .update();

        flyway(schema, "7").migrate();

        assertThat(document(schema, "vacancy", legacy))
                .as("codes replaced in place, every other field as it was")
                .isEqualTo(json(vacancyDocument(
                        "[{\"code\": \"en\", \"level\": \"B1\"}, {\"anyOf\": [\"nl\", \"xx\", \"pl\"], \"level\": \"A2\"}]",
                        "[{\"code\": \"uk\", \"level\": \"B1\"}, {\"code\": \"klingon\", \"level\": \"A1\"}]")));
        assertThat(warnings(schema, legacy))
                .isEqualTo(JSON.valueToTree(List.of(
                        Map.of("field", "salary.min", "message", "below the adult statutory minimum wage"),
                        Map.of("field", "languages[1].anyOf[1]", "message", V7__NormaliseLanguageCodes.warning("xx")),
                        Map.of(
                                "field",
                                "preferredLanguages[1].code",
                                "message",
                                V7__NormaliseLanguageCodes.warning("klingon")))));
        assertThat(V7__NormaliseLanguageCodes.warning("xx"))
                .isEqualTo("is \"xx\", not an ISO 639-1 language code such as uk, ru, nl or en (stored before codes "
                        + "were checked): no candidate meets it until the vacancy is corrected");
        assertThat(document(schema, "vacancy", clean)).isEqualTo(json(cleanDocument));
        assertThat(warnings(schema, clean)).isEqualTo(json(SALARY_WARNING));
        assertThat(old.sql("select version || ' ' || updated_at::text from " + schema + ".vacancy where id = :id")
                        .param("id", legacy)
                        .query(String.class)
                        .single())
                .as("the ETag and the time of the employer's last change stay")
                .isEqualTo("3 2026-03-01 10:00:00+00");
        assertThat(document(schema, "candidate", candidate))
                .as("a candidate's codes alike; one that names no language stays for the coach to correct")
                .isEqualTo(json(candidateDocument.replace("\"UK\"", "\"uk\"").replace("\"Engels\"", "\"en\"")));
        old.sql("drop schema " + schema + " cascade").update();
    }

    @Test
    void aVacancyWithACodeThatNamesNoLanguageIsServedWithItsWarningAndMatchesNobodyOnIt() throws SQLException {
        Api api = new Api(port);
        String employer = TestTokens.employer(Fixtures.employer(api, "Legacy Codes BV"));
        UUID vacancyId = api.post(employer, "/api/employer/vacancies", Fixtures.vacancy())
                .id();
        Map<String, Object> candidate = new HashMap<>(Fixtures.candidate());
        candidate.put("name", "Speaks Every Real Language");
        candidate.put(
                "languages",
                List.of(
                        Map.of("code", "uk", "level", "NATIVE"),
                        Map.of("code", "nl", "level", "C2"),
                        Map.of("code", "en", "level", "C2")));
        UUID candidateId =
                api.post(MATCHER, "/api/matching/candidates", candidate).id();
        // as stored before codes were checked
        jdbc.sql("""
                        update vacancy set document = document
                            || '{"languages": [{"code": "xx", "level": "A1"}],
                                 "preferredLanguages": [{"code": "Oekraïens", "level": "B1"}]}'
                        where id = :id
                        """).param("id", vacancyId).update();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            V7__NormaliseLanguageCodes.migrate(connection);
            connection.commit();
        }

        String path = "/api/employer/vacancies/" + vacancyId;
        for (Api.Res read :
                List.of(api.get(employer, path), api.get(MATCHER, "/api/matching/vacancies/" + vacancyId))) {
            assertThat(read.status()).as(read.raw()).isEqualTo(200);
            assertThat(read.body().get("languages").get(0).get("code").asString())
                    .isEqualTo("xx");
            assertThat(read.body().get("preferredLanguages").get(0).get("code").asString())
                    .isEqualTo("uk");
            assertThat(read.body().get("warnings").valueStream()).anySatisfy(warning -> {
                assertThat(warning.get("field").asString()).isEqualTo("languages[0].code");
                assertThat(warning.get("message").asString()).isEqualTo(V7__NormaliseLanguageCodes.warning("xx"));
            });
        }
        Api.Res ranking = api.get(MATCHER, "/api/matching/vacancies/" + vacancyId + "/matches?limit=100");
        assertThat(ranking.status()).as(ranking.raw()).isEqualTo(200);
        assertThat(ranking.body().get("items").toString()).doesNotContain(candidateId.toString());
        assertThat(ranking.body().get("nearMisses").toString())
                .as("speaking no language called xx is no near miss of xx A1")
                .doesNotContain(candidateId.toString());

        Api.Res resent = api.put(employer, path, api.get(employer, path).body(), Map.of());
        assertThat(resent.status())
                .as("the API checks the code when the employer replaces the vacancy")
                .isEqualTo(400);
        assertThat(resent.body().get("errors").get(0).get("field").asString()).isEqualTo("languages[0].code");
        Api.Res corrected = api.put(employer, path, Fixtures.vacancy(), Map.of());
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        assertThat(corrected.body().get("warnings").toString()).doesNotContain("languages");
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/platform", "classpath:db/migration")
                .javaMigrations(new V7__NormaliseLanguageCodes())
                .target(target)
                .load();
    }

    private JsonNode document(String schema, String table, UUID id) {
        return json(jdbc.sql("select document::text from " + schema + "." + table + " where id = :id")
                .param("id", id)
                .query(String.class)
                .single());
    }

    private JsonNode warnings(String schema, UUID id) {
        return json(jdbc.sql("select warnings::text from " + schema + ".vacancy where id = :id")
                .param("id", id)
                .query(String.class)
                .single());
    }

    private static JsonNode json(String text) {
        return Api.json(text);
    }
}
