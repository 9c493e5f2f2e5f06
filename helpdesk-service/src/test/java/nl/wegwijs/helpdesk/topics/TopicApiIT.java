package nl.wegwijs.helpdesk.topics;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class TopicApiIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void theSeededTaxonomyHasNamesInFourLanguages() {
        var topics = api.get("/api/helpdesk/topics", Roles.superlocal()).json().get("items");

        assertThat(topics.valueStream().map(t -> t.get("code").asString()))
                .contains(
                        "temporary-protection-residence",
                        "municipal-registration-bsn",
                        "living-allowance",
                        "work-employer-notification",
                        "health-care-insurance",
                        "housing-shelter",
                        "education-school",
                        "language-lessons",
                        "banking",
                        "transport-driving-licence",
                        "travel-ukraine",
                        "benefits",
                        "pets",
                        "documents",
                        "mental-health",
                        "other");
        var bsn = api.get("/api/helpdesk/topics/municipal-registration-bsn", Roles.agent())
                .json();
        assertThat(bsn.get("names").get("uk").asString()).isEqualTo("Реєстрація в муніципалітеті та BSN");
        assertThat(bsn.get("names").get("nl").asString()).isEqualTo("Inschrijving gemeente en BSN");
        assertThat(api.get("/api/helpdesk/topics/unknown", Roles.agent()).status())
                .isEqualTo(404);
    }

    @Test
    void adminsAddAndEditTopicsOthersMayNot() {
        var body = map(
                "code",
                "energy-bills",
                "nl",
                "Energierekening",
                "en",
                "Energy bills",
                "uk",
                "Рахунки за енергію",
                "ru",
                "Счета за энергию",
                "keywords",
                List.of("energie", "gas", "енергі"));

        assertThat(api.post("/api/helpdesk/topics", Roles.agent(), body).status())
                .isEqualTo(403);
        var created = api.post("/api/helpdesk/topics", Roles.admin(), body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(api.post("/api/helpdesk/topics", Roles.admin(), body).status())
                .isEqualTo(409);

        var renamed = api.put(
                "/api/helpdesk/topics/energy-bills",
                Roles.admin(),
                map("nl", "Energie", "en", "Energy", "uk", "Енергія", "ru", "Энергия", "active", false));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("names").get("en").asString()).isEqualTo("Energy");
        assertThat(renamed.json().get("active").asBoolean()).isFalse();
        assertThat(api.put(
                                "/api/helpdesk/topics/no-such",
                                Roles.admin(),
                                map("nl", "a", "en", "b", "uk", "c", "ru", "d"))
                        .status())
                .isEqualTo(404);
        assertThat(api.put(
                                "/api/helpdesk/topics/energy-bills",
                                Roles.superlocal(),
                                map("nl", "a", "en", "b", "uk", "c", "ru", "d"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badTopicsAre400Problems() {
        var badCode = api.post(
                "/api/helpdesk/topics",
                Roles.admin(),
                map("code", "Not A Code", "nl", "a", "en", "b", "uk", "c", "ru", "d"));
        var missingName = api.post("/api/helpdesk/topics", Roles.admin(), map("code", "x-topic", "nl", "a"));

        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.isProblem()).isTrue();
    }

    @Test
    void aTicketWithoutTopicGetsOneSuggestedFromKeywords() {
        String id = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Як відкрити рахунок у банку?"))
                .text("ticketId");

        var ticket = api.get("/api/helpdesk/tickets/" + id, Roles.agent()).json();

        assertThat(ticket.get("topic").isNull()).isTrue();
        assertThat(ticket.get("suggestedTopic").asString()).isEqualTo("banking");
    }
}
