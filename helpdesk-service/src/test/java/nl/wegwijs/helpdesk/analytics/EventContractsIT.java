package nl.wegwijs.helpdesk.analytics;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every event the helpdesk produces matches its JSON Schema; analytics carry pseudonyms only. */
@ServiceIT
class EventContractsIT {

    @LocalServerPort
    int port;

    @Autowired
    Pseudonyms pseudonyms;

    @Autowired
    JdbcClient jdbc;

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
    void aTopicCorrectionEmitsTicketTopicChangedWithTheNewAndPreviousTopicCodeAndNothingPersonal() {
        var created = api.post(
                "/api/helpdesk/tickets",
                Roles.agent(),
                map(
                        "text", "Мене звати Олена Коваль, чи можна взяти кота в квартиру?",
                        "channel", "WHATSAPP",
                        "name", "Олена Коваль"));
        String id = created.text("id");
        assertThat(created.json().get("topic").isNull()).isTrue();

        for (var correction : List.of(
                api.patch("/api/helpdesk/tickets/" + id, Roles.superlocal(), map("topic", "pets")),
                api.patch(
                        "/api/helpdesk/tickets/" + id,
                        Roles.agent(),
                        map("topic", "housing-shelter", "language", "uk")),
                api.patch("/api/helpdesk/tickets/" + id, Roles.agent(), map("topic", "housing-shelter")),
                api.patch("/api/helpdesk/tickets/" + id, Roles.agent(), map("language", "ru")))) {
            assertThat(correction.status()).as(correction.body()).isEqualTo(200);
        }

        var first = TopicProbe.await(
                "helpdesk.ticket.v1",
                r -> id.equals(r.key())
                        && "nl.wegwijs.helpdesk.TicketTopicChanged".equals(r.header("ce_type"))
                        && r.value().contains("\"pets\""));
        var second = TopicProbe.await(
                "helpdesk.ticket.v1",
                r -> id.equals(r.key())
                        && "nl.wegwijs.helpdesk.TicketTopicChanged".equals(r.header("ce_type"))
                        && r.value().contains("\"housing-shelter\""));
        for (var event : List.of(first, second)) {
            EventSchemas.assertConforms(event);
            assertThat(event.header("ce_subject")).isEqualTo(id);
            assertThat(event.value()).doesNotContain("Олен", "Коваль", "кот");
            JsonNode data = Api.JSON.readTree(event.value());
            assertThat(data.propertyNames())
                    .containsExactlyInAnyOrder("ticketId", "topic", "previousTopic", "changedAt");
            assertThat(data.get("ticketId").asString()).isEqualTo(id);
            assertThat(Instant.parse(data.get("changedAt").asString())).isNotNull();
        }
        JsonNode toPets = Api.JSON.readTree(first.value());
        assertThat(toPets.get("topic").asString()).isEqualTo("pets");
        assertThat(toPets.get("previousTopic").isNull())
                .as("the ticket had no topic")
                .isTrue();
        JsonNode toHousing = Api.JSON.readTree(second.value());
        assertThat(toHousing.get("topic").asString()).isEqualTo("housing-shelter");
        assertThat(toHousing.get("previousTopic").asString()).isEqualTo("pets");
        assertThat(jdbc.sql("select count(*) from outbox_event where aggregate_id = :id and event_type = :type")
                        .param("id", id)
                        .param("type", "nl.wegwijs.helpdesk.TicketTopicChanged")
                        .query(Long.class)
                        .single())
                .as("setting the same topic again, or only the language, is no topic change")
                .isEqualTo(2);

        String person = pseudonyms.of(id);
        var analytics = TopicProbe.await(
                "analytics.helpdesk.v1",
                r -> person.equals(r.key())
                        && "nl.wegwijs.analytics.helpdesk.TicketTopicChanged".equals(r.header("ce_type"))
                        && r.value().contains("\"housing-shelter\""));
        EventSchemas.assertConforms(analytics);
        assertThat(analytics.header("ce_subject")).isEqualTo(person);
        assertThat(analytics.value()).doesNotContain(id, "Олен", "Коваль", "кот");
        JsonNode data = Api.JSON.readTree(analytics.value());
        assertThat(data.get("person").asString()).isEqualTo(person);
        assertThat(data.get("topic").asString()).isEqualTo("housing-shelter");
        assertThat(data.get("previousTopic").asString()).isEqualTo("pets");
        assertThat(data.get("language").asString()).isEqualTo("uk");
        assertThat(data.get("channel").asString()).isEqualTo("WHATSAPP");
    }

    @Test
    void everyEventTypeOnTheHelpdeskTopicsHasASchemaAndEveryRecordConforms() {
        String id = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Where do I get a BSN?"))
                .text("ticketId");
        String person = pseudonyms.of(id);
        // run alone (first in the JVM) the relay may not have published anything yet
        TopicProbe.await("helpdesk.ticket.v1", r -> id.equals(r.key()));
        TopicProbe.await("analytics.helpdesk.v1", r -> person.equals(r.key()));

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
