package nl.wegwijs.helpdesk.stats;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIT
class StatsIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    void answered(String text, String language, String topic) {
        String id = api.post("/api/public/questions", Roles.publicCaller(), map("text", text))
                .text("ticketId");
        api.post(
                "/api/helpdesk/tickets/" + id + "/answer",
                Roles.agent(),
                map("text", "See the municipality.", "language", language, "topic", topic));
    }

    @Test
    void responseTimesGiveMedianAndP90ByLanguageAndTopic() {
        answered("Hoe kom ik aan een huisarts?", "nl", "health-care-insurance");
        answered("Як знайти лікаря?", "uk", "health-care-insurance");

        var stats = api.get("/api/helpdesk/stats/response-times", Roles.analyst());

        assertThat(stats.status()).isEqualTo(200);
        JsonNode json = stats.json();
        assertThat(json.get("overall").get("answered").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(json.get("overall").get("medianSeconds").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(json.get("overall").get("p90Seconds").asDouble())
                .isGreaterThanOrEqualTo(json.get("overall").get("medianSeconds").asDouble());
        assertThat(json.get("byLanguage").valueStream().map(g -> g.get("key").asString()))
                .contains("nl", "uk");
        assertThat(json.get("byTopic").valueStream().map(g -> g.get("key").asString()))
                .contains("health-care-insurance");
        assertThat(json.get("byLanguageAndTopic").size()).isPositive();
    }

    @Test
    void questionsPerWeekCountByLanguageAndTopic() {
        api.post("/api/public/questions", Roles.publicCaller(), map("text", "Where can I learn Dutch for free?"));

        var perWeek = api.get("/api/helpdesk/stats/questions-per-week?weeks=4", Roles.agent());

        assertThat(perWeek.status()).isEqualTo(200);
        assertThat(perWeek.json().get("weeks").asInt()).isEqualTo(4);
        JsonNode item = perWeek.json().get("items").get(0);
        assertThat(item.get("weekStart").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(item.has("language")).isTrue();
        assertThat(item.get("questions").asLong()).isPositive();
        assertThat(perWeek.body()).doesNotContain("learn Dutch");
    }

    @Test
    void statsAreForAnalystsStaffAndEditorsNotVolunteersAndCheckTheirParameters() {
        assertThat(api.get("/api/helpdesk/stats/response-times", Roles.superlocal())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/helpdesk/stats/questions-per-week", Roles.editor())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/helpdesk/stats/questions-per-week", Roles.admin())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/helpdesk/stats/questions-per-week?weeks=0", Roles.analyst())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/helpdesk/stats/response-times?from=yesterday", Roles.analyst())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/helpdesk/stats/response-times?from=2026-05-01&to=2026-04-01", Roles.analyst())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theFirstAnswerTimerIsExposedTaggedByLanguageAndTopic() {
        answered("Kan ik mijn hond meenemen?", "nl", "pets");

        String metrics = api.get("/actuator/prometheus", null).body();

        assertThat(metrics)
                .containsPattern(
                        "wegwijs_helpdesk_first_answer_seconds_count\\{[^}]*language=\"nl\"[^}]*topic=\"pets\"");
    }
}
