package nl.wegwijs.helpdesk.tickets;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An organisation that wants staff to review superlocal answers first turns review on. The only IT
 * class with a context of its own (the setting is read at start-up): its own database on the shared
 * server, the shared broker.
 */
@ServiceIT
@TestPropertySource(properties = "wegwijs.helpdesk.superlocal-review-required=true")
class SuperlocalReviewIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    String ticket(String text) {
        return api.post("/api/public/questions", Roles.publicCaller(), map("text", text))
                .text("ticketId");
    }

    String path(String id, String action) {
        return "/api/helpdesk/tickets/" + id + "/" + action;
    }

    @Test
    void withReviewRequiredASuperlocalsAnswerWaitsForStaffApprovalBeforeItCountsAndIsPublished() {
        String id = ticket("Як оформити медичну страховку для дітей?");

        var submitted = api.post(
                path(id, "answer"),
                Roles.superlocal(),
                map(
                        "text",
                        "Діти застраховані через RMO, окремо нічого не треба.",
                        "language",
                        "uk",
                        "topic",
                        "health-care-insurance"));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.text("status")).isEqualTo("OPEN");
        assertThat(submitted.json().get("pendingAnswer").get("by").asString()).isEqualTo("superlocal");
        assertThat(submitted.json().get("allowedActions").valueStream().map(JsonNode::asString))
                .contains("approve");
        assertThat(api.get("/api/helpdesk/tickets?awaitingReview=true&size=100", Roles.agent())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asString()))
                .contains(id);
        assertThat(TopicProbe.all("helpdesk.ticket.v1").stream()
                        .anyMatch(r ->
                                id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketAnswered".equals(r.header("ce_type"))))
                .isFalse();
        assertThat(api.post(path(id, "approve"), Roles.superlocal(), null).status())
                .isEqualTo(403);

        var approved = api.post(path(id, "approve"), Roles.agent(), null);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("ANSWERED");
        assertThat(approved.text("answeredBy")).isEqualTo("superlocal");
        assertThat(approved.json().has("pendingAnswer")).isTrue();
        assertThat(approved.json().get("pendingAnswer").isNull()).isTrue();
        assertThat(approved.body()).contains("ANSWER_SUBMITTED_FOR_REVIEW", "ANSWER_APPROVED");
        TopicProbe.await(
                "helpdesk.ticket.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketAnswered".equals(r.header("ce_type")));

        var again = api.post(path(id, "approve"), Roles.agent(), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("allowed: close, reopen");
    }

    @Test
    void withReviewRequiredAPendingAnswerReachesSuperlocalsRedactedAndStaffAsWritten() {
        String id = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", "Waar vind ik een huisarts?", "name", "Iryna Shevchuk"))
                .text("ticketId");
        String answer = "Iryna, bel de huisartsenpost op 030-1234567.";

        var submitted = api.post(path(id, "answer"), Roles.superlocal(), map("text", answer, "language", "nl"));

        assertThat(submitted.json().get("pendingAnswer").get("text").asString())
                .isEqualTo("[name], bel de huisartsenpost op [phone].");
        assertThat(api.get("/api/helpdesk/tickets/" + id, Roles.agent())
                        .json()
                        .get("pendingAnswer")
                        .get("text")
                        .asString())
                .isEqualTo(answer);
    }

    @Test
    void withReviewRequiredStaffAnswersStillCountAtOnce() {
        String id = ticket("Hoe open ik een bankrekening?");

        var answered = api.post(
                path(id, "answer"), Roles.agent(), map("text", "Bij elke bank met uw paspoort.", "language", "nl"));

        assertThat(answered.text("status")).isEqualTo("ANSWERED");
        assertThat(answered.json().get("pendingAnswer").isNull()).isTrue();
    }
}
