package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

@ServiceIT
class AccessAndInputsIT {

    static final String ANY = "00000000-0000-0000-0000-000000000001";
    static final List<Object[]> ENDPOINTS = List.of(
            new Object[] {HttpMethod.GET, "/api/expertpool/experts"},
            new Object[] {HttpMethod.POST, "/api/expertpool/experts"},
            new Object[] {HttpMethod.GET, "/api/expertpool/experts/" + ANY},
            new Object[] {HttpMethod.PUT, "/api/expertpool/experts/" + ANY},
            new Object[] {HttpMethod.PUT, "/api/expertpool/experts/" + ANY + "/consent"},
            new Object[] {HttpMethod.GET, "/api/expertpool/experts/" + ANY + "/consent-history"},
            new Object[] {HttpMethod.GET, "/api/expertpool/experts/themes"},
            new Object[] {HttpMethod.DELETE, "/api/expertpool/experts/" + ANY},
            new Object[] {HttpMethod.GET, "/api/expertpool/sessions"},
            new Object[] {HttpMethod.POST, "/api/expertpool/sessions"},
            new Object[] {HttpMethod.GET, "/api/expertpool/sessions/" + ANY + "/suggested-experts"},
            new Object[] {HttpMethod.POST, "/api/expertpool/sessions/" + ANY + "/invitations"},
            new Object[] {HttpMethod.POST, "/api/expertpool/sessions/" + ANY + "/replies"},
            new Object[] {HttpMethod.POST, "/api/expertpool/sessions/" + ANY + "/attendance"},
            new Object[] {HttpMethod.PUT, "/api/expertpool/sessions/" + ANY + "/minutes"},
            new Object[] {HttpMethod.GET, "/api/expertpool/agenda-points"},
            new Object[] {HttpMethod.GET, "/api/expertpool/agenda-points/board"},
            new Object[] {HttpMethod.POST, "/api/expertpool/agenda-points"},
            new Object[] {HttpMethod.POST, "/api/expertpool/agenda-points/" + ANY + "/support"},
            new Object[] {HttpMethod.POST, "/api/expertpool/agenda-points/" + ANY + "/status"},
            new Object[] {HttpMethod.GET, "/api/expertpool/signals"},
            new Object[] {HttpMethod.GET, "/api/expertpool/briefs?agendaPointIds=" + ANY},
            new Object[] {HttpMethod.GET, "/api/expertpool/briefs.md?agendaPointIds=" + ANY},
            new Object[] {HttpMethod.GET, "/api/expertpool/briefs.html?agendaPointIds=" + ANY});

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void everyEndpointNeedsTheGatewaysTokenAndTheCoordinatorRole() {
        String agent = TestTokens.bearer("agent", "AGENT");
        String employer = TestTokens.employer(UUID.randomUUID());
        String analyst = TestTokens.bearer("analyst", "ANALYST");
        String admin = TestTokens.bearer("admin", "ADMIN");
        for (Object[] endpoint : ENDPOINTS) {
            HttpMethod method = (HttpMethod) endpoint[0];
            String path = (String) endpoint[1];
            Object body = method == HttpMethod.GET || method == HttpMethod.DELETE ? null : "{}";
            var anonymous = api.call(method, path, body, null);
            assertThat(anonymous.status()).as(method + " " + path).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            assertThat(api.call(method, path, body, agent).status())
                    .as(method + " " + path)
                    .isEqualTo(403);
            assertThat(api.call(method, path, body, employer).status())
                    .as(method + " " + path)
                    .isEqualTo(403);
            if (!path.startsWith("/api/expertpool/signals")) { // analysts read the signals only
                assertThat(api.call(method, path, body, analyst).status())
                        .as(method + " " + path)
                        .isEqualTo(403);
            }
            assertThat(api.call(method, path, body, admin).status())
                    .as("admin " + method + " " + path)
                    .isNotIn(401, 403);
        }
    }

    @Test
    void aCallerWithoutTheRoleGets403EvenForABodyThatIsInvalidOrNotJsonAtAll() {
        String agent = TestTokens.bearer("agent", "AGENT");
        for (Object[] endpoint : ENDPOINTS) {
            HttpMethod method = (HttpMethod) endpoint[0];
            String path = (String) endpoint[1];
            if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
                continue;
            }
            for (String body : List.of("{}", "{\"status\":\"NOT_A_STATUS\",\"expertIds\":[\"x\"]}", "{not json")) {
                var refused = api.call(method, path, body, agent);
                assertThat(refused.status())
                        .as(method + " " + path + " " + body)
                        .isEqualTo(403);
                assertThat(refused.text()).as(method + " " + path + " " + body).doesNotContain("errors");
            }
        }
        assertThat(api.post("/api/expertpool/agenda-points/" + ANY + "/status", "{not json")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void unknownIdsAnswer404AndMalformedIds400() {
        String id = UUID.randomUUID().toString();
        var expert = TestData.expert(api, TestData.theme());
        assertThat(api.put("/api/expertpool/experts/" + id, ExpertsIT.expert("Nobody", List.of("uk"), List.of("pets")))
                        .status())
                .isEqualTo(404);
        assertThat(api.put(
                                "/api/expertpool/experts/" + id + "/consent",
                                Map.of("participate", true, "quoteAnonymously", true, "contact", true))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/expertpool/sessions/" + id + "/suggested-experts")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/expertpool/experts/" + id + "/consent-history").status())
                .isEqualTo(404);
        assertThat(api.post("/api/expertpool/sessions/" + id + "/attendance", TestData.ids(expert))
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/expertpool/sessions/" + id + "/replies",
                                Map.of("expertId", expert, "response", "ACCEPTED"))
                        .status())
                .isEqualTo(404);
        assertThat(api.put("/api/expertpool/sessions/" + id + "/minutes", Map.of("minutes", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/expertpool/agenda-points/" + id + "/status", Map.of("status", "PRIORITISED"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/expertpool/sessions/42").status()).isEqualTo(400);
        assertThat(api.get("/api/expertpool/agenda-points/42").status()).isEqualTo(400);
    }

    @Test
    void invalidBodiesAndParametersAnswer400WithTheFieldsNamed() {
        String theme = TestData.theme();
        UUID expert = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().plusDays(3), 3);

        var consent = api.put("/api/expertpool/experts/" + expert + "/consent", Map.of("participate", true));
        assertThat(consent.status()).isEqualTo(400);
        assertThat(consent.text()).contains("quoteAnonymously", "contact");
        var update = api.put("/api/expertpool/experts/" + expert, Map.of("name", "Only a name"));
        assertThat(update.status()).isEqualTo(400);
        assertThat(update.text()).contains("languages", "themes", "consent");
        var badEmail = new java.util.HashMap<>(ExpertsIT.expert("Mail", List.of("uk"), List.of("pets")));
        badEmail.put("email", "not-an-address");
        assertThat(api.post("/api/expertpool/experts", badEmail).text()).contains("email");

        var badIds = api.post(
                "/api/expertpool/sessions/" + session + "/invitations", Map.of("expertIds", List.of("not-a-uuid")));
        assertThat(badIds.status()).isEqualTo(400);
        assertThat(badIds.contentType()).startsWith("application/problem+json");
        var noReply = api.post("/api/expertpool/sessions/" + session + "/replies", Map.of("expertId", expert));
        assertThat(noReply.status()).isEqualTo(400);
        assertThat(noReply.text()).contains("response");
        var unknownAttendee =
                api.post("/api/expertpool/sessions/" + session + "/attendance", TestData.ids(UUID.randomUUID()));
        assertThat(unknownAttendee.status()).isEqualTo(400);
        assertThat(unknownAttendee.text()).contains("expertIds[0]");
        var longMinutes =
                api.put("/api/expertpool/sessions/" + session + "/minutes", Map.of("minutes", "x".repeat(20001)));
        assertThat(longMinutes.status()).isEqualTo(400);
        assertThat(longMinutes.text()).contains("minutes");

        var longText = api.post(
                "/api/expertpool/agenda-points",
                Map.of("sessionId", session, "theme", theme, "text", "x".repeat(4001)));
        assertThat(longText.status()).isEqualTo(400);
        assertThat(longText.text()).contains("text");
        var noStatus = api.post("/api/expertpool/agenda-points/" + UUID.randomUUID() + "/status", Map.of());
        assertThat(noStatus.status()).isEqualTo(400);
        assertThat(noStatus.text()).contains("status");
        assertThat(api.get("/api/expertpool/agenda-points?size=0").status()).isEqualTo(400);
        assertThat(api.get("/api/expertpool/sessions?page=-1").status()).isEqualTo(400);
        assertThat(api.get("/api/expertpool/experts?language=ukrainian").status())
                .isEqualTo(400);
        var capped = api.get("/api/expertpool/experts?size=1000");
        assertThat(capped.json().get("size").asInt()).isEqualTo(100);
        String expertId = TestData.expert(api, TestData.theme()).toString();
        String sessionId = TestData.session(
                        api, TestData.theme(), OffsetDateTime.now().plusDays(7), 5)
                .toString();
        for (String list : List.of(
                "/api/expertpool/experts/" + expertId + "/consent-history",
                "/api/expertpool/experts/themes",
                "/api/expertpool/sessions/" + sessionId + "/suggested-experts",
                "/api/expertpool/agenda-points/board")) {
            for (String query : List.of("?page=-1", "?size=0", "?size=-3", "?page=first", "?size=many")) {
                var refused = api.get(list + query);
                assertThat(refused.status()).as(list + query).isEqualTo(400);
                assertThat(refused.contentType()).as(list + query).startsWith("application/problem+json");
            }
            var page = api.get(list + "?size=1000").json();
            JsonNode paged = page.has("columns") ? page.get("columns").get(0) : page;
            assertThat(paged.get("size").asInt()).as(list).isEqualTo(100);
            assertThat(paged.has("items") && paged.has("page") && paged.has("total"))
                    .as(list)
                    .isTrue();
        }
    }

    @Test
    void documentsItsApiAsOpenApi() {
        var docs = api.call(HttpMethod.GET, "/v3/api-docs", null, null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text())
                .contains(
                        "/api/expertpool/agenda-points/{id}/status",
                        "/api/expertpool/signals",
                        "/api/expertpool/briefs")
                // the platform's error page is no API: it was listed with all seven methods in every service
                .doesNotContain("\"/error\"");
    }
}
