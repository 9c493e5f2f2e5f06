package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;

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
    void refusesToRaiseAPointInASessionThatHasNotStartedYet() {
        String theme = TestData.theme();
        UUID raiser = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().plusDays(7), 10);

        var early = raise(session, theme, raiser);

        assertThat(early.status()).as(early.text()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.field("detail")).contains("has not started yet", "agenda points");
        assertThat(api.get("/api/expertpool/agenda-points?sessionId=" + session)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
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

    /** A point raised in a session a month ago, so that visits and answers in the past weeks fit. */
    private UUID pointRaisedAMonthAgo() {
        String theme = TestData.theme();
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(30), 10);
        return raise(session, theme, null).id();
    }

    /** Takes the steps one after another, each with the status alone, and expects each to be taken. */
    private void walk(UUID point, String... statuses) {
        for (String status : statuses) {
            var stepped = step(point, Map.of("status", status));
            assertThat(stepped.status()).as(stepped.text()).isEqualTo(200);
        }
    }

    private static List<String> statuses(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void walksAPointAlongTheWholeRoadKeepingWhatEachStepRecords() {
        String theme = TestData.theme();
        UUID visitor = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(30), 10);
        UUID point = raise(session, theme, visitor).id();

        assertThat(step(point, Map.of("status", "PRIORITISED", "priority", 1)).status())
                .isEqualTo(200);
        var presented = step(
                point,
                Map.of(
                        "status",
                        "PRESENTED",
                        "visitDate",
                        TestData.today().minusDays(20).toString(),
                        "visitors",
                        List.of(visitor),
                        "note",
                        "Met the committee for social affairs"));
        assertThat(presented.status()).as(presented.text()).isEqualTo(200);
        assertThat(presented.field("visitDate"))
                .isEqualTo(TestData.today().minusDays(20).toString());
        var submitted = step(point, Map.of("status", "SUBMITTED", "reference", "2026Z01234"));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.field("reference")).isEqualTo("2026Z01234");
        var answered = step(
                point,
                Map.of(
                        "status",
                        "ANSWERED",
                        "answeredOn",
                        TestData.today().minusDays(2).toString(),
                        "answerSummary",
                        "The minister will issue guidance to municipalities."));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(step(point, Map.of("status", "CLOSED")).status()).isEqualTo(200);

        var one = api.get("/api/expertpool/agenda-points/" + point);
        JsonNode history = one.json().get("history");
        assertThat(history).hasSize(6);
        assertThat(history.get(0).get("to").asString()).isEqualTo("RAISED");
        assertThat(history.get(2).get("visitorCount").asInt()).isEqualTo(1);
        assertThat(history.get(2).get("note").asString()).contains("committee");
        assertThat(history.get(3).get("reference").asString()).isEqualTo("2026Z01234");
        assertThat(history.get(4).get("answerSummary").asString()).contains("guidance");
        assertThat(history.get(5).get("from").asString()).isEqualTo("ANSWERED");
        assertThat(one.field("status")).isEqualTo("CLOSED");
        assertThat(one.field("reference")).isEqualTo("2026Z01234");
        assertThat(one.json().get("visitors").toString()).contains(visitor.toString());
        assertThat(one.field("answeredOn"))
                .isEqualTo(TestData.today().minusDays(2).toString());
        assertThat(one.json().get("allowedNextStatuses")).isEmpty();
        assertThat(one.json().get("supporters")).hasSize(1);
    }

    @Test
    void walksTheWholeRoadStepByStepWithTheStatusAlone() {
        UUID point = pointRaisedAMonthAgo();

        walk(point, "PRIORITISED", "PRESENTED", "SUBMITTED", "ANSWERED", "CLOSED");

        var one = api.get("/api/expertpool/agenda-points/" + point);
        assertThat(one.field("status")).isEqualTo("CLOSED");
        assertThat(one.json().get("history").findValuesAsString("to"))
                .containsExactly("RAISED", "PRIORITISED", "PRESENTED", "SUBMITTED", "ANSWERED", "CLOSED");
    }

    @Test
    void reachesEveryStatusStraightFromRaisedWithTheStatusAlone() {
        for (String status : List.of("PRIORITISED", "PRESENTED", "SUBMITTED", "ANSWERED", "CLOSED")) {
            UUID point = pointRaisedAMonthAgo();

            var stepped = step(point, Map.of("status", status));

            assertThat(stepped.status()).as(status + ": " + stepped.text()).isEqualTo(200);
            assertThat(stepped.field("status")).isEqualTo(status);
            assertThat(stepped.field("reference")).isNull();
            assertThat(stepped.field("visitDate")).isNull();
            assertThat(stepped.json().get("visitors")).isEmpty();
            assertThat(stepped.field("answeredOn")).isNull();
            assertThat(stepped.field("answerSummary")).isNull();
            JsonNode last = stepped.json().get("history").get(1);
            assertThat(last.get("from").asString()).isEqualTo("RAISED");
            assertThat(last.get("to").asString()).isEqualTo(status);
            assertThat(last.get("changedBy").asString()).isEqualTo("coordinator");
        }
    }

    @Test
    void closesFromEveryOpenStatusWithoutANote() {
        List<String> road = List.of("PRIORITISED", "PRESENTED", "SUBMITTED", "ANSWERED");
        for (int reached = 0; reached <= road.size(); reached++) {
            UUID point = pointRaisedAMonthAgo();
            walk(point, road.subList(0, reached).toArray(String[]::new));

            var closed = step(point, Map.of("status", "CLOSED"));

            String from = reached == 0 ? "RAISED" : road.get(reached - 1);
            assertThat(closed.status())
                    .as("from " + from + ": " + closed.text())
                    .isEqualTo(200);
            assertThat(closed.field("status")).isEqualTo("CLOSED");
            JsonNode history = closed.json().get("history");
            assertThat(history.get(history.size() - 1).get("from").asString()).isEqualTo(from);
        }
    }

    @Test
    void skipsStatusesOnTheWayForward() {
        UUID point = pointRaisedAMonthAgo();

        var submitted = step(point, Map.of("status", "SUBMITTED", "reference", "2026Z01234"));

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.field("status")).isEqualTo("SUBMITTED");
        assertThat(statuses(submitted.json().get("allowedNextStatuses"))).containsExactly("ANSWERED", "CLOSED");
        JsonNode step = submitted.json().get("history").get(1);
        assertThat(step.get("from").asString()).isEqualTo("RAISED");
        assertThat(step.get("to").asString()).isEqualTo("SUBMITTED");

        UUID other = pointRaisedAMonthAgo();
        walk(other, "PRIORITISED");
        var answered = step(other, Map.of("status", "ANSWERED"));
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        assertThat(answered.json().get("history").get(2).get("from").asString()).isEqualTo("PRIORITISED");
    }

    @Test
    void refusesToMoveBackwardsOrToTakeTheSameStatusAgain() {
        UUID point = pointRaisedAMonthAgo();
        walk(point, "SUBMITTED");

        var backwards = step(
                point,
                Map.of("status", "PRESENTED", "visitDate", TestData.today().toString()));

        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.field("detail")).contains("is SUBMITTED", "allowed next: ANSWERED, CLOSED");
        assertThat(statuses(backwards.json().get("allowedNextStatuses"))).containsExactly("ANSWERED", "CLOSED");
        var again = step(point, Map.of("status", "SUBMITTED"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(statuses(again.json().get("allowedNextStatuses"))).containsExactly("ANSWERED", "CLOSED");
        var one = api.get("/api/expertpool/agenda-points/" + point);
        assertThat(one.field("status")).isEqualTo("SUBMITTED");
        assertThat(one.field("visitDate")).isNull();
        assertThat(one.json().get("history")).hasSize(2);
    }

    @Test
    void refusesEveryStepAfterClosing() {
        UUID point = pointRaisedAMonthAgo();
        walk(point, "CLOSED");

        for (String status : List.of("RAISED", "ANSWERED", "CLOSED")) {
            var refused = step(point, Map.of("status", status));
            assertThat(refused.status()).as(status).isEqualTo(409);
            assertThat(refused.field("detail")).contains("no further steps");
            assertThat(refused.json().get("allowedNextStatuses")).isEmpty();
        }
        assertThat(step(point, Map.of("status", "FINISHED")).status()).isEqualTo(400);
        assertThat(api.get("/api/expertpool/agenda-points/" + point).json().get("history"))
                .hasSize(2);
    }

    @Test
    void keepsTheOptionalFieldsWhenGivenWhicheverStatusTheyComeWith() {
        String theme = TestData.theme();
        UUID visitor = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(30), 10);
        UUID point = raise(session, theme, null).id();
        String visitDate = TestData.today().minusDays(20).toString();
        String answeredOn = TestData.today().minusDays(3).toString();

        var presented = step(
                point,
                Map.of(
                        "status",
                        "PRESENTED",
                        "visitDate",
                        visitDate,
                        "visitors",
                        List.of(visitor, visitor),
                        "note",
                        "  Met the committee  "));
        assertThat(presented.status()).as(presented.text()).isEqualTo(200);
        var answered = step(
                point,
                Map.of(
                        "status",
                        "ANSWERED",
                        "reference",
                        " 2026Z04321 ",
                        "answeredOn",
                        answeredOn,
                        "answerSummary",
                        "Guidance follows."));
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        var closed = step(point, Map.of("status", "CLOSED", "note", "Done"));
        assertThat(closed.status()).isEqualTo(200);

        assertThat(closed.field("visitDate")).isEqualTo(visitDate);
        assertThat(statuses(closed.json().get("visitors"))).containsExactly(visitor.toString());
        assertThat(closed.field("reference")).isEqualTo("2026Z04321");
        assertThat(closed.field("answeredOn")).isEqualTo(answeredOn);
        assertThat(closed.field("answerSummary")).isEqualTo("Guidance follows.");
        JsonNode history = closed.json().get("history");
        assertThat(history.get(1).get("note").asString()).isEqualTo("Met the committee");
        assertThat(history.get(1).get("visitDate").asString()).isEqualTo(visitDate);
        assertThat(history.get(1).get("visitorCount").asInt()).isEqualTo(1);
        assertThat(history.get(2).get("reference").asString()).isEqualTo("2026Z04321");
        assertThat(history.get(2).get("answeredOn").asString()).isEqualTo(answeredOn);
        assertThat(history.get(2).get("answerSummary").asString()).isEqualTo("Guidance follows.");
        assertThat(history.get(3).get("note").asString()).isEqualTo("Done");
        assertThat(history.get(3).get("reference").isNull()).isTrue();
    }

    @Test
    void checksTheShapeOfOptionalFieldsWhenGiven() {
        UUID point = pointRaisedAMonthAgo();

        var unknownVisitor = step(point, Map.of("status", "PRESENTED", "visitors", List.of(UUID.randomUUID())));
        assertThat(unknownVisitor.status()).isEqualTo(400);
        assertThat(unknownVisitor.text()).contains("visitors[0]");
        var beforeRaised = step(
                point,
                Map.of(
                        "status",
                        "PRESENTED",
                        "visitDate",
                        TestData.today().minusDays(90).toString()));
        assertThat(beforeRaised.status()).isEqualTo(400);
        assertThat(beforeRaised.text()).contains("visitDate", "must not be before the point was raised");
        var future = step(
                point,
                Map.of(
                        "status",
                        "ANSWERED",
                        "answeredOn",
                        TestData.today().plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text()).contains("answeredOn", "must not be in the future");
        var notADate = step(point, Map.of("status", "PRESENTED", "visitDate", "last Tuesday"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.contentType()).startsWith("application/problem+json");
        var longReference = step(point, Map.of("status", "SUBMITTED", "reference", "R".repeat(201)));
        assertThat(longReference.status()).isEqualTo(400);
        assertThat(longReference.text()).contains("reference");
        var longNote = step(point, Map.of("status", "CLOSED", "note", "n".repeat(2001)));
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.text()).contains("note");
        var longSummary = step(point, Map.of("status", "ANSWERED", "answerSummary", "a".repeat(4001)));
        assertThat(longSummary.status()).isEqualTo(400);
        assertThat(longSummary.text()).contains("answerSummary");

        var one = api.get("/api/expertpool/agenda-points/" + point);
        assertThat(one.field("status")).isEqualTo("RAISED");
        assertThat(one.json().get("history")).hasSize(1);
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

        var board = api.get("/api/expertpool/agenda-points/board?size=100");
        assertThat(board.status()).isEqualTo(200);
        JsonNode columns = board.json().get("columns");
        assertThat(columns).hasSize(6);
        assertThat(columns.get(0).get("status").asString()).isEqualTo("RAISED");
        assertThat(columns.get(0).toString()).contains(raised.toString());
        assertThat(columns.get(1).toString()).contains(prioritised.toString());
        for (JsonNode column : columns) {
            assertThat(column.get("page").asInt()).isZero();
            assertThat(column.get("size").asInt()).isEqualTo(100);
            assertThat(column.get("total").asLong())
                    .isGreaterThanOrEqualTo(column.get("items").size());
        }
        assertThat(columns.get(0).get("total").asLong())
                .isEqualTo(api.get("/api/expertpool/agenda-points?status=RAISED")
                        .json()
                        .get("total")
                        .asLong());
    }

    @Test
    void eachColumnOfTheBoardIsAPageWithItsTotalAndTheListGivesTheNextPages() {
        String theme = TestData.theme();
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(3), 10);
        raise(session, theme, null);
        raise(session, theme, null);

        var board = api.get("/api/expertpool/agenda-points/board?size=1").json();
        JsonNode raisedColumn = board.get("columns").get(0);
        assertThat(raisedColumn.get("status").asString()).isEqualTo("RAISED");
        assertThat(raisedColumn.get("items")).hasSize(1);
        assertThat(raisedColumn.get("size").asInt()).isEqualTo(1);
        assertThat(raisedColumn.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(raisedColumn.get("items").get(0))
                .isEqualTo(api.get("/api/expertpool/agenda-points?status=RAISED&size=1")
                        .json()
                        .get("items")
                        .get(0));
        var secondPage =
                api.get("/api/expertpool/agenda-points/board?page=1&size=1").json();
        assertThat(secondPage.get("columns").get(0).get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("columns").get(0).get("items").get(0))
                .isEqualTo(api.get("/api/expertpool/agenda-points?status=RAISED&page=1&size=1")
                        .json()
                        .get("items")
                        .get(0));

        assertThat(api.get("/api/expertpool/agenda-points/board?page=-1").status())
                .isEqualTo(400);
        assertThat(api.get("/api/expertpool/agenda-points/board?size=0").contentType())
                .startsWith("application/problem+json");
        assertThat(api.get("/api/expertpool/agenda-points/board?size=1000")
                        .json()
                        .get("columns")
                        .get(0)
                        .get("size")
                        .asInt())
                .isEqualTo(100);
    }
}
