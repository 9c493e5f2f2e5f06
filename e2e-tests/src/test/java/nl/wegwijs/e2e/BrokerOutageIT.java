package nl.wegwijs.e2e;

import static nl.wegwijs.e2e.Gateway.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.wegwijs.launcher.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox at work: staff keep working while Kafka is down, and nothing is lost. */
@ExtendWith(RunningPlatform.class)
class BrokerOutageIT {

    @Test
    void answeringWhileTheBrokerIsDownSucceedsAndTheDraftAppearsWhenItIsBack() {
        Platform platform = RunningPlatform.start();
        String agent = Gateway.tokenFor("agent");
        String editor = Gateway.tokenFor("editor");
        Gateway.Reply asked = Gateway.post(
                "/api/public/questions",
                "{\"text\":" + quote("How do I register my child at a primary school in Utrecht?") + "}",
                null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String ticketId = asked.json().get("ticketId").asString();

        platform.stopKafka();
        try {
            Gateway.Reply answered = Gateway.post(
                    "/api/helpdesk/tickets/" + ticketId + "/answer",
                    "{\"text\":" + quote("Contact the school directly; the municipality helps with a place.")
                            + ",\"language\":\"en\"}",
                    agent);
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        } finally {
            platform.startKafka();
        }

        Drafts.awaitDraftWithQuestion(ticketId, editor, Duration.ofSeconds(120));
    }
}
