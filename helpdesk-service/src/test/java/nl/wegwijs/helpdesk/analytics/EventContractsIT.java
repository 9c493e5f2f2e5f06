package nl.wegwijs.helpdesk.analytics;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every event the helpdesk produces matches its JSON Schema; analytics carry pseudonyms only. */
@ServiceIT
class EventContractsIT {

    @LocalServerPort
    int port;

    @Autowired
    Pseudonyms pseudonyms;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aTicketsLifeEmitsDomainAndAnalyticsEventsThatMatchTheirSchemas() {
        var created = api.post(
                "/api/helpdesk/tickets",
                Roles.agent(),
                map("text", "Можно ли взять собаку в приют?", "channel", "TELEGRAM", "name", "Сергей"));
        String id = created.text("id");
        api.post(
                "/api/helpdesk/tickets/" + id + "/answer",
                Roles.agent(),
                map("text", "Да, в большинстве приютов можно.", "language", "ru", "topic", "pets"));
        api.post("/api/helpdesk/tickets/" + id + "/close", Roles.agent(), null);
        api.post("/api/helpdesk/tickets/" + id + "/reopen", Roles.agent(), null);

        for (String type : List.of("TicketOpened", "TicketAnswered", "TicketClosed", "TicketReopened")) {
            var domain = TopicProbe.await(
                    "helpdesk.ticket.v1",
                    r -> id.equals(r.key()) && ("nl.wegwijs.helpdesk." + type).equals(r.header("ce_type")));
            EventSchemas.assertConforms(domain);
            assertThat(domain.header("ce_source")).isEqualTo("/wegwijs/helpdesk-service");
            assertThat(domain.header("ce_specversion")).isEqualTo("1.0");
            assertThat(domain.header("ce_id")).isNotBlank();
            assertThat(domain.header("ce_time")).isNotBlank();
        }

        String person = pseudonyms.of(id);
        for (String type : List.of("TicketOpened", "TicketAnswered", "TicketClosed", "TicketReopened")) {
            var analytics = TopicProbe.await(
                    "analytics.helpdesk.v1",
                    r -> person.equals(r.key())
                            && ("nl.wegwijs.analytics.helpdesk." + type).equals(r.header("ce_type")));
            EventSchemas.assertConforms(analytics);
            assertThat(analytics.value()).doesNotContain(id, "Сергей", "собак", "приют");
            assertThat(analytics.header("ce_subject")).isEqualTo(person);
            JsonNode data = Api.JSON.readTree(analytics.value());
            assertThat(data.get("person").asString()).isEqualTo(person);
            assertThat(data.get("language").asString()).isEqualTo("ru");
            assertThat(data.get("channel").asString()).isEqualTo("TELEGRAM");
        }
        var answered = TopicProbe.await(
                "analytics.helpdesk.v1",
                r -> person.equals(r.key()) && r.header("ce_type").endsWith("TicketAnswered"));
        JsonNode data = Api.JSON.readTree(answered.value());
        assertThat(data.get("topic").asString()).isEqualTo("pets");
        assertThat(data.get("firstAnswer").asBoolean()).isTrue();
        assertThat(data.get("secondsToFirstAnswer").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(data.get("answeredByRole").asString()).isEqualTo("AGENT");
    }

    @Test
    void everyEventTypeOnTheHelpdeskTopicsHasASchemaAndEveryRecordConforms() {
        api.post("/api/public/questions", Roles.publicCaller(), map("text", "Where do I get a BSN?"));

        Set<String> types = new java.util.TreeSet<>();
        for (String topic :
                List.of("helpdesk.ticket.v1", "analytics.helpdesk.v1", "helpdesk.case.v1", "helpdesk.person.v1")) {
            for (var record : TopicProbe.all(topic)) {
                EventSchemas.assertConforms(record);
                types.add(record.header("ce_type"));
            }
        }
        assertThat(types.stream().filter(t -> t.startsWith("nl.wegwijs.")).collect(Collectors.toSet()))
                .contains("nl.wegwijs.helpdesk.TicketOpened", "nl.wegwijs.analytics.helpdesk.TicketOpened");
    }
}
