package nl.wegwijs.e2e;

import static nl.wegwijs.e2e.Gateway.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The headline flow of the foundation issue, through the gateway, as the README shows it with curl. */
@ExtendWith(RunningPlatform.class)
class HeadlineFlowIT {

    @Test
    void aPublicQuestionAnsweredByStaffBecomesADraftThatEditorsSee() {
        Gateway.Reply asked = Gateway.post(
                "/api/public/questions",
                "{\"text\":" + quote("Де і як отримати номер BSN після реєстрації в муніципалітеті?") + "}",
                null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String ticketId = asked.json().get("ticketId").asString();
        String trackingCode = asked.json().get("trackingCode").asString();

        String agent = Gateway.tokenFor("agent");
        Gateway.Reply answered = Gateway.post(
                "/api/helpdesk/tickets/" + ticketId + "/answer",
                "{\"text\":" + quote("Je krijgt een BSN bij inschrijving in de BRP bij de gemeente.")
                        + ",\"language\":\"nl\"}",
                agent);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");

        JsonNode draft = Drafts.awaitDraftWithQuestion(ticketId, Gateway.tokenFor("editor"), Duration.ofSeconds(60));
        assertThat(draft.get("status").asString()).isEqualTo("OPEN");

        Gateway.Reply tracked = Gateway.get("/api/public/questions/" + trackingCode, null);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(tracked.body()).contains("BSN bij inschrijving");
    }

    @Test
    void malformedJsonOrAMissingTextOnThePublicEndpointIsA400ProblemDetail() {
        Gateway.Reply malformed = Gateway.post("/api/public/questions", "{\"text\": \"unterminated", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at nl.");

        Gateway.Reply missingText = Gateway.post("/api/public/questions", "{\"language\":\"uk\"}", null);
        assertThat(missingText.status()).isEqualTo(400);
        assertThat(missingText.contentType()).startsWith("application/problem+json");
        assertThat(missingText.json().get("errors").toString()).contains("text");
    }

    @Test
    void aServiceCalledDirectlyWithoutTheGatewaysTokenAnswers401() {
        Gateway.Reply direct = Gateway.direct(RunningPlatform.FIRST_SERVICE_PORT, "/api/helpdesk/tickets", null);
        assertThat(direct.status()).isEqualTo(401);

        Gateway.Reply withAStaffTokenOfAnotherIssuer =
                Gateway.direct(RunningPlatform.FIRST_SERVICE_PORT + 1, "/api/knowledge/drafts", "not-a-token");
        assertThat(withAStaffTokenOfAnotherIssuer.status()).isEqualTo(401);
    }
}
