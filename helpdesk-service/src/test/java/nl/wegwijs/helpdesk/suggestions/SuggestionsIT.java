package nl.wegwijs.helpdesk.suggestions;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shared test context points at a knowledge-service address where nothing listens. */
@ServiceIT
class SuggestionsIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void whenKnowledgeIsUnreachableTheTicketPageStillGetsAnEmptyListAndAFlag() {
        String id = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Де отримати BSN?"))
                .text("ticketId");

        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            var suggestions = api.get("/api/helpdesk/tickets/" + id + "/suggestions", Roles.agent());
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(suggestions.status()).isEqualTo(200);
            assertThat(suggestions.json().get("items").size()).isZero();
            assertThat(suggestions.json().get("knowledgeAvailable").asBoolean()).isFalse();
            assertThat(millis).isLessThan(3000);
        }
        assertThat(api.get("/api/helpdesk/tickets/" + id, Roles.agent()).status())
                .isEqualTo(200);
    }

    @Test
    void suggestionsAreForHelpdeskRolesAndKnownTickets() {
        String id = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Where is the GP?"))
                .text("ticketId");

        assertThat(api.get("/api/helpdesk/tickets/" + id + "/suggestions", Roles.editor())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/helpdesk/tickets/" + UUID.randomUUID() + "/suggestions", Roles.agent())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/helpdesk/tickets/" + id + "/suggestions?limit=0", Roles.agent())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/helpdesk/tickets/" + id + "/suggestions", Roles.superlocal())
                        .status())
                .isEqualTo(200);
    }
}
