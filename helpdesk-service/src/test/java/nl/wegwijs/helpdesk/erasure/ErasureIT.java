package nl.wegwijs.helpdesk.erasure;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class ErasureIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void erasureRemovesContactDataAndTextKeepsStatisticsAndTellsOtherServices() {
        var created = api.post(
                "/api/public/questions",
                Roles.publicCaller(),
                map(
                        "text",
                        "Мене звати Ірина Бондар, де отримати BSN?",
                        "name",
                        "Ірина Бондар",
                        "email",
                        "iryna.bondar@example.org",
                        "phone",
                        "+31 6 12345678"));
        String id = created.text("ticketId");
        api.post(
                "/api/helpdesk/tickets/" + id + "/answer",
                Roles.agent(),
                map("text", "Ірино, зверніться до гемеенте.", "language", "uk", "topic", "municipal-registration-bsn"));
        api.post("/api/helpdesk/tickets/" + id + "/notes", Roles.agent(), map("text", "Ірина called back"));

        var erased = api.delete("/api/helpdesk/people/" + id, Roles.admin());

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.text("ticketId")).isEqualTo(id);
        var ticket = api.get("/api/helpdesk/tickets/" + id, Roles.admin());
        assertThat(ticket.json().get("erased").asBoolean()).isTrue();
        assertThat(ticket.json().get("question").isNull()).isTrue();
        assertThat(ticket.json().get("answer").isNull()).isTrue();
        assertThat(ticket.json().has("contact")).isFalse();
        assertThat(ticket.body()).doesNotContain("Ірин", "Бондар", "iryna", "12345678");
        assertThat(ticket.text("language")).isEqualTo("uk");
        assertThat(ticket.text("topic")).isEqualTo("municipal-registration-bsn");
        assertThat(ticket.json().get("secondsToFirstAnswer").isNumber()).isTrue();
        assertThat(ticket.body()).contains("PERSON_ERASED");
        var contact = api.get("/api/helpdesk/tickets/" + id + "/contact", Roles.agent());
        assertThat(contact.body()).doesNotContain("Ірина", "iryna");
        var tracked = api.get("/api/public/questions/" + created.text("trackingCode"), Roles.publicCaller());
        assertThat(tracked.json().has("answer")).isFalse();

        var event = TopicProbe.await(
                "helpdesk.person.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.PersonErased".equals(r.header("ce_type")));
        EventSchemas.assertConforms(event);

        var again = api.delete("/api/helpdesk/people/" + id, Roles.admin());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("erasedAt")).isEqualTo(erased.text("erasedAt"));
        assertThat(api.post("/api/helpdesk/tickets/" + id + "/reopen", Roles.agent(), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/helpdesk/tickets/" + id + "/answer",
                                Roles.agent(),
                                map("text", "x", "language", "uk"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void onlyAdminsEraseAndUnknownTicketsAre404() {
        String id = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Hello, a question"))
                .text("ticketId");

        assertThat(api.delete("/api/helpdesk/people/" + id, Roles.superlocal()).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/helpdesk/people/" + id, Roles.agent()).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/helpdesk/people/" + id, null).status()).isEqualTo(401);
        assertThat(api.delete("/api/helpdesk/people/" + UUID.randomUUID(), Roles.admin())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/helpdesk/people/not-a-uuid", Roles.admin()).status())
                .isEqualTo(400);
    }
}
