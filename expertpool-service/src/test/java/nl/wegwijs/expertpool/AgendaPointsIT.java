package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIT
class AgendaPointsIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    private Api.Response raise(UUID session, String theme, UUID raisedBy) {
        Map<String, Object> body = new HashMap<>();
        body.put("sessionId", session);
        body.put("theme", theme);
        body.put("text", "Municipalities ask for documents newcomers cannot get from Ukraine.");
        if (raisedBy != null) {
            body.put("raisedBy", raisedBy);
        }
        return api.post("/api/expertpool/agenda-points", body);
    }

    private Api.Response step(UUID point, Map<String, Object> body) {
        return api.post("/api/expertpool/agenda-points/" + point + "/status", body);
    }

    @Test
    void raisesAPointThatExpertsSupport() {
        String theme = TestData.theme();
        UUID raiser = TestData.expert(api, theme);
        UUID supporter = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusHours(2), 10);

        var raised = raise(session, theme, raiser);
        assertThat(raised.status()).as(raised.text()).isEqualTo(201);
        assertThat(raised.field("status")).isEqualTo("RAISED");
        assertThat(raised.json().get("supporterCount").asInt()).isEqualTo(1);
        assertThat(raised.json().get("allowedNextStatuses").toString()).contains("PRIORITISED", "CLOSED");
        UUID point = raised.id();

        var supported = api.post(
                "/api/expertpool/agenda-points/" + point + "/support",
                Map.of("expertId", supporter, "quote", "I waited four months for a letter."));
        assertThat(supported.status()).isEqualTo(200);
        assertThat(supported.json().get("supporterCount").asInt()).isEqualTo(2);

        var twice = api.post("/api/expertpool/agenda-points/" + point + "/support", Map.of("expertId", supporter));
        assertThat(twice.status()).isEqualTo(409);
        var unknown =
                api.post("/api/expertpool/agenda-points/" + point + "/support", Map.of("expertId", UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("expertId");
        UUID withoutConsent = TestData.expert(api, "No consent", theme, "uk", false, false);
        assertThat(api.post("/api/expertpool/agenda-points/" + point + "/support", Map.of("expertId", withoutConsent))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/expertpool/agenda-points/" + UUID.randomUUID() + "/support",
                                Map.of("expertId", supporter))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void refusesInvalidPoints() {
        var empty = api.post("/api/expertpool/agenda-points", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("sessionId", "theme", "text");
        var noSession = raise(UUID.randomUUID(), "pets", null);
        assertThat(noSession.status()).isEqualTo(400);
        assertThat(noSession.text()).contains("sessionId");
        assertThat(api.get("/api/expertpool/agenda-points/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/expertpool/agenda-points?status=DONE").status())
                .isEqualTo(400);
    }

    @Test
    void walksAPointFromRaisedToClosedAndRefusesStepsOutOfOrder() {
        String theme = TestData.theme();
        UUID visitor = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(30), 10);
        UUID point = raise(session, theme, visitor).id();

        var skipped = step(point, Map.of("status", "SUBMITTED", "reference", "2026Z01234"));
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.contentType()).startsWith("application/problem+json");
        assertThat(skipped.field("detail")).contains("allowed next: PRIORITISED, CLOSED");
        assertThat(skipped.json().get("allowedNextStatuses").toString()).contains("PRIORITISED");

        assertThat(step(point, Map.of("status", "PRIORITISED", "priority", 1)).status())
                .isEqualTo(200);

        var noVisit = step(point, Map.of("status", "PRESENTED"));
        assertThat(noVisit.status()).isEqualTo(400);
        assertThat(noVisit.text()).contains("visitDate", "visitors");
        var unknownVisitor = step(
                point,
                Map.of(
                        "status",
                        "PRESENTED",
                        "visitDate",
                        LocalDate.now().minusDays(20).toString(),
                        "visitors",
                        List.of(UUID.randomUUID())));
        assertThat(unknownVisitor.status()).isEqualTo(400);
        assertThat(unknownVisitor.text()).contains("visitors[0]");
        var tooEarly = step(
                point,
                Map.of(
                        "status",
                        "PRESENTED",
                        "visitDate",
                        LocalDate.now().minusDays(90).toString(),
                        "visitors",
                        List.of(visitor)));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.text()).contains("must not be before the point was raised");
        var presented = step(
                point,
                Map.of(
                        "status",
                        "PRESENTED",
                        "visitDate",
                        LocalDate.now().minusDays(20).toString(),
                        "visitors",
                        List.of(visitor),
                        "note",
                        "Met the committee for social affairs"));
        assertThat(presented.status()).isEqualTo(200);
        assertThat(presented.field("visitDate"))
                .isEqualTo(LocalDate.now().minusDays(20).toString());

        var noReference = step(point, Map.of("status", "SUBMITTED"));
        assertThat(noReference.status()).isEqualTo(400);
        assertThat(noReference.text()).contains("reference");
        var submitted = step(point, Map.of("status", "SUBMITTED", "reference", "2026Z01234"));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.field("reference")).isEqualTo("2026Z01234");

        var noAnswer = step(point, Map.of("status", "ANSWERED"));
        assertThat(noAnswer.text()).contains("answeredOn", "answerSummary");
        var answered = step(
                point,
                Map.of(
                        "status",
                        "ANSWERED",
                        "answeredOn",
                        LocalDate.now().minusDays(2).toString(),
                        "answerSummary",
                        "The minister will issue guidance to municipalities."));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(step(point, Map.of("status", "CLOSED")).status()).isEqualTo(200);

        var afterClosed = step(point, Map.of("status", "RAISED"));
        assertThat(afterClosed.status()).isEqualTo(409);
        assertThat(afterClosed.field("detail")).contains("no further steps");

        var one = api.get("/api/expertpool/agenda-points/" + point);
        JsonNode history = one.json().get("history");
        assertThat(history).hasSize(6);
        assertThat(history.get(0).get("to").asString()).isEqualTo("RAISED");
        assertThat(history.get(2).get("visitorCount").asInt()).isEqualTo(1);
        assertThat(history.get(2).get("note").asString()).contains("committee");
        assertThat(history.get(3).get("reference").asString()).isEqualTo("2026Z01234");
        assertThat(history.get(4).get("answerSummary").asString()).contains("guidance");
        assertThat(history.get(5).get("from").asString()).isEqualTo("ANSWERED");
        assertThat(one.json().get("allowedNextStatuses")).isEmpty();
        assertThat(api.get("/api/expertpool/agenda-points/" + point).json().get("supporters"))
                .hasSize(1);

        assertThat(step(point, Map.of("status", "FINISHED")).status()).isEqualTo(400);
    }

    @Test
    void closingBeforeAnAnswerNeedsANote() {
        String theme = TestData.theme();
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(3), 10);
        UUID point = raise(session, theme, null).id();
        var noNote = step(point, Map.of("status", "CLOSED"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.text()).contains("note");
        assertThat(step(point, Map.of("status", "CLOSED", "note", "Solved by the municipality"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void listsPointsByStatusAndShowsTheBoard() {
        String theme = TestData.theme();
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(3), 10);
        UUID raised = raise(session, theme, null).id();
        UUID prioritised = raise(session, theme, null).id();
        step(prioritised, Map.of("status", "PRIORITISED", "priority", 2));

        var onlyRaised = api.get("/api/expertpool/agenda-points?status=RAISED&theme=" + theme);
        assertThat(onlyRaised.json().get("total").asLong()).isEqualTo(1);
        assertThat(onlyRaised.json().get("items").get(0).get("id").asString()).isEqualTo(raised.toString());
        assertThat(api.get("/api/expertpool/agenda-points?sessionId=" + session)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);

        var board = api.get("/api/expertpool/agenda-points/board");
        assertThat(board.status()).isEqualTo(200);
        JsonNode columns = board.json().get("columns");
        assertThat(columns).hasSize(6);
        assertThat(columns.get(0).get("status").asString()).isEqualTo("RAISED");
        assertThat(columns.get(0).toString()).contains(raised.toString());
        assertThat(columns.get(1).toString()).contains(prioritised.toString());
    }
}
