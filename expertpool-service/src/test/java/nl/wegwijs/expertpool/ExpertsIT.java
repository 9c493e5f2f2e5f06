package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIT
class ExpertsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    static Map<String, Object> expert(String name, List<String> languages, List<String> themes) {
        return Map.of(
                "name",
                name,
                "languages",
                languages,
                "city",
                "Utrecht",
                "themes",
                themes,
                "consent",
                Map.of("participate", true, "quoteAnonymously", true, "contact", true),
                "email",
                "olena@example.org");
    }

    @Test
    void registersAnExpertWithConsentAndFindsThemByTheme() {
        String theme = "free-theme-" + UUID.randomUUID();
        var created = api.post(
                "/api/expertpool/experts", expert("Olena Kovalenko", List.of("uk", "nl"), List.of("banking", theme)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("name")).isEqualTo("Olena Kovalenko");
        assertThat(created.json().get("consent").get("participate").asBoolean()).isTrue();
        assertThat(created.json().get("consent").get("since").asString()).isNotBlank();
        assertThat(created.json().get("joinedAt").asString()).isNotBlank();
        assertThat(created.json().get("themes").toString()).contains("banking", theme);

        var list = api.get("/api/expertpool/experts?theme=" + theme.toUpperCase());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("id").asString()).isEqualTo(created.field("id"));
        assertThat(list.json().get("page").asInt()).isZero();
        assertThat(list.json().get("size").asInt()).isEqualTo(20);

        var one = api.get("/api/expertpool/experts/" + created.id());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("consentHistory")).hasSize(1);
    }

    @Test
    void refusesInvalidExpertsWithProblemDetails() {
        var missing = api.post("/api/expertpool/experts", Map.of("name", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text()).contains("\"name\"", "\"languages\"", "\"themes\"", "\"consent\"");

        var badLanguage =
                api.post("/api/expertpool/experts", expert("Iryna", List.of("ukrainian"), List.of("banking")));
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.text()).contains("languages");

        var malformed = api.post("/api/expertpool/experts", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        var wrongType = api.post(
                "/api/expertpool/experts",
                "{\"name\":\"A\",\"languages\":[\"uk\"],\"themes\":[\"pets\"],\"consent\":{\"participate\":\"perhaps\","
                        + "\"quoteAnonymously\":true,\"contact\":true}}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text()).contains("consent.participate");

        var tooLong = api.post("/api/expertpool/experts", expert("x".repeat(201), List.of("uk"), List.of("pets")));
        assertThat(tooLong.status()).isEqualTo(400);

        assertThat(api.get("/api/expertpool/experts/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/expertpool/experts/not-a-uuid").status()).isEqualTo(400);
        assertThat(api.get("/api/expertpool/experts?page=-1").status()).isEqualTo(400);
    }

    @Test
    void updatesAnExpertAndRecordsEachConsentChangeWithDateAndScope() {
        var created = api.post("/api/expertpool/experts", expert("Petro", List.of("uk"), List.of("housing-shelter")));
        UUID id = created.id();
        var body = new java.util.HashMap<>(expert("Petro Shevchenko", List.of("uk", "en"), List.of("housing-shelter")));
        body.put("consent", Map.of("participate", true, "quoteAnonymously", false, "contact", true));
        var updated = api.put("/api/expertpool/experts/" + id, body);
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.field("name")).isEqualTo("Petro Shevchenko");
        assertThat(updated.json().get("languages").toString()).contains("en");

        var withdrawn = api.put(
                "/api/expertpool/experts/" + id + "/consent",
                Map.of("participate", false, "quoteAnonymously", false, "contact", false));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("active").asBoolean()).isFalse();
        assertThat(withdrawn.field("email")).isNull();

        var history = api.get("/api/expertpool/experts/" + id + "/consent-history");
        var changes = history.json().get("items");
        assertThat(changes).hasSize(3);
        assertThat(history.json().get("total").asLong()).isEqualTo(3);
        assertThat(changes.get(1).get("withdrawn").toString()).contains("quoteAnonymously");
        assertThat(changes.get(2).get("withdrawn").toString()).contains("participate", "contact");
        assertThat(changes.get(2).get("changedAt").asString()).isNotBlank();
        assertThat(changes.get(2).get("recordedBy").asString()).isEqualTo("coordinator");
        var lastPage = api.get("/api/expertpool/experts/" + id + "/consent-history?page=1&size=2")
                .json();
        assertThat(lastPage.get("items")).hasSize(1);
        assertThat(lastPage.get("items").get(0)).isEqualTo(changes.get(2));
        assertThat(lastPage.get("page").asInt()).isEqualTo(1);
        assertThat(lastPage.get("size").asInt()).isEqualTo(2);
        assertThat(lastPage.get("total").asLong()).isEqualTo(3);

        assertThat(api.get("/api/expertpool/experts?active=false&theme=housing-shelter")
                        .json()
                        .get("items")
                        .toString())
                .contains(id.toString());
    }

    @Test
    void theThemeVocabularyIsAListLikeEveryOtherInTheHelpdesksOrder() {
        var themes = api.get("/api/expertpool/experts/themes");
        assertThat(themes.status()).isEqualTo(200);
        assertThat(themes.json().get("items").valueStream().map(t -> t.asString()))
                .startsWith("temporary-protection-residence", "municipal-registration-bsn")
                .contains("other")
                .doesNotHaveDuplicates();
        assertThat(themes.json().get("page").asInt()).isZero();
        assertThat(themes.json().get("size").asInt()).isEqualTo(20);
        assertThat(themes.json().get("total").asLong())
                .isEqualTo(themes.json().get("items").size());

        var second = api.get("/api/expertpool/experts/themes?page=1&size=1").json();
        assertThat(second.get("items").get(0).asString()).isEqualTo("municipal-registration-bsn");
        assertThat(second.get("total").asLong())
                .isEqualTo(themes.json().get("total").asLong());
        assertThat(api.get("/api/expertpool/experts/themes?page=-1").status()).isEqualTo(400);
        assertThat(api.get("/api/expertpool/experts/themes?size=0").contentType())
                .startsWith("application/problem+json");
        assertThat(api.get("/api/expertpool/experts/themes?size=1000")
                        .json()
                        .get("size")
                        .asInt())
                .isEqualTo(100);
    }

    @Test
    void erasureRemovesPersonalDataButKeepsTheAnonymousRow() {
        var created = api.post("/api/expertpool/experts", expert("Oksana Bondar", List.of("uk"), List.of("pets")));
        UUID id = created.id();
        assertThat(api.delete("/api/expertpool/experts/" + id).status()).isEqualTo(204);

        assertThat(api.get("/api/expertpool/experts/" + id).status()).isEqualTo(404);
        var row = jdbc.sql("select name, city, email, erased_at from expert where id = :id")
                .param("id", id)
                .query((rs, n) -> new Object[] {
                    rs.getString("name"), rs.getString("city"), rs.getString("email"), rs.getObject("erased_at")
                })
                .single();
        assertThat(row[0]).isNull();
        assertThat(row[1]).isNull();
        assertThat(row[2]).isNull();
        assertThat(row[3]).isNotNull();
        assertThat(jdbc.sql("select count(*) from expert where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void erasingAnErasedExpertAgainAnswers204AndChangesNothingWhileAnUnknownIdIsNotFound() {
        String theme = TestData.theme();
        UUID id = TestData.expert(api, theme);
        assertThat(api.delete("/api/expertpool/experts/" + id).status()).isEqualTo(204);

        var again = api.delete("/api/expertpool/experts/" + id);
        assertThat(again.status()).isEqualTo(204);
        assertThat(again.text()).isEmpty();
        var unknown = api.delete("/api/expertpool/experts/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        assertThat(jdbc.sql("select count(*) from consent_change where expert_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("consent given, then removed once")
                .isEqualTo(2);
        UUID later = TestData.expert(api, theme);
        TopicProbe.await(
                "expertpool.expert.v1",
                s -> later.toString().equals(s.key())
                        && "nl.wegwijs.expertpool.ExpertJoined".equals(s.header("ce_type")));
        assertThat(TopicProbe.all("expertpool.expert.v1").stream()
                        .filter(s -> id.toString().equals(s.key()))
                        .filter(s -> "nl.wegwijs.expertpool.ExpertLeft".equals(s.header("ce_type"))))
                .as("one ExpertLeft, published before the later expert's ExpertJoined")
                .hasSize(1);
    }

    @Test
    void erasesTheExpertLinkedToATicketWhenTheHelpdeskErasesThePerson() {
        UUID ticket = UUID.randomUUID();
        var body = new java.util.HashMap<>(expert("Mykola Linked", List.of("uk"), List.of("benefits")));
        body.put("helpdeskTicketId", ticket.toString());
        UUID id = api.post("/api/expertpool/experts", body).id();

        String eventId = UUID.randomUUID().toString();
        String data = "{\"ticketId\":\"" + ticket + "\",\"erasedAt\":\"2026-11-28T10:00:00Z\",\"extra\":1}";
        TopicProbe.sendEvent(
                "helpdesk.person.v1", eventId, "nl.wegwijs.helpdesk.PersonErased", ticket.toString(), data);
        TopicProbe.sendEvent(
                "helpdesk.person.v1", eventId, "nl.wegwijs.helpdesk.PersonErased", ticket.toString(), data);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                api.get("/api/expertpool/experts/" + id).status())
                        .isEqualTo(404));
        assertThat(jdbc.sql("select name from expert where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void needsTheCoordinatorRole() {
        var agent = api.call(HttpMethod.GET, "/api/expertpool/experts", null, TestTokens.bearer("agent", "AGENT"));
        assertThat(agent.status()).isEqualTo(403);
        assertThat(agent.contentType()).startsWith("application/problem+json");
        var admin = api.call(HttpMethod.GET, "/api/expertpool/experts", null, TestTokens.bearer("admin", "ADMIN"));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(api.call(HttpMethod.GET, "/api/expertpool/experts", null, null)
                        .status())
                .isEqualTo(401);
        assertThat(api.call(
                                HttpMethod.POST,
                                "/api/expertpool/experts",
                                "{}",
                                TestTokens.expired("coordinator", "COORDINATOR"))
                        .status())
                .isEqualTo(401);
    }
}
