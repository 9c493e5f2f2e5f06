package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class EventsIT {

    static final String D = "nl.wegwijs.expertpool.";
    static final String A = "nl.wegwijs.analytics.expertpool.";

    @LocalServerPort
    int port;

    @Autowired
    Pseudonyms pseudonyms;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    private static TopicProbe.Seen awaitEvent(String topic, String type, String key, String contains) {
        TopicProbe.Seen seen = TopicProbe.await(
                topic,
                s -> type.equals(s.header("ce_type"))
                        && (key == null || key.equals(s.key()))
                        && (contains == null || s.value().contains(contains)));
        EventSchemas.assertConforms(seen);
        assertThat(seen.header("ce_id")).isNotBlank();
        assertThat(seen.header("ce_specversion")).isEqualTo("1.0");
        assertThat(seen.header("ce_source")).isEqualTo("/wegwijs/expertpool-service");
        assertThat(seen.header("ce_time")).isNotBlank();
        return seen;
    }

    @Test
    void theWholeCycleProducesDomainAndAnalyticsEventsThatMatchTheirSchemas() {
        String theme = "municipal-registration-bsn";
        String name = "Event Expert " + UUID.randomUUID().toString().substring(0, 8);
        UUID expert = TestData.expert(api, name, theme, "uk", true, true);
        UUID leaver = TestData.expert(api, "Leaver " + UUID.randomUUID(), theme, "uk", true, true);
        var session = api.post(
                "/api/expertpool/sessions",
                TestData.session(theme, OffsetDateTime.now().minusDays(40), 5));
        UUID sessionId = session.id();
        api.post("/api/expertpool/sessions/" + sessionId + "/attendance", TestData.ids(expert));
        UUID point = api.post(
                        "/api/expertpool/agenda-points",
                        Map.of(
                                "sessionId",
                                sessionId,
                                "theme",
                                theme,
                                "text",
                                "BSN appointments take weeks",
                                "raisedBy",
                                expert))
                .id();
        String status = "/api/expertpool/agenda-points/" + point + "/status";
        api.post(status, Map.of("status", "PRIORITISED"));
        api.post(
                status,
                Map.of(
                        "status",
                        "PRESENTED",
                        "visitDate",
                        TestData.today().minusDays(20).toString(),
                        "visitors",
                        List.of(expert)));
        api.post(status, Map.of("status", "SUBMITTED", "reference", "2026Z20001"));
        var answered = api.post(
                status,
                Map.of(
                        "status",
                        "ANSWERED",
                        "answeredOn",
                        TestData.today().minusDays(1).toString(),
                        "answerSummary",
                        "Guidance follows"));
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        api.put(
                "/api/expertpool/experts/" + leaver + "/consent",
                Map.of("participate", false, "quoteAnonymously", false, "contact", false));
        api.delete("/api/expertpool/experts/" + expert);

        awaitEvent("expertpool.expert.v1", D + "ExpertJoined", expert.toString(), null);
        awaitEvent("expertpool.expert.v1", D + "ExpertLeft", leaver.toString(), "CONSENT_WITHDRAWN");
        awaitEvent("expertpool.expert.v1", D + "ExpertLeft", expert.toString(), "ERASED");
        awaitEvent("expertpool.session.v1", D + "SessionScheduled", sessionId.toString(), null);
        var held = awaitEvent("expertpool.session.v1", D + "SessionHeld", sessionId.toString(), null);
        assertThat(held.value()).contains("\"attendeeCount\":1");
        awaitEvent("expertpool.agenda.v1", D + "AgendaPointRaised", point.toString(), null);
        awaitEvent("expertpool.agenda.v1", D + "AgendaPointStatusChanged", point.toString(), "\"to\":\"SUBMITTED\"");
        awaitEvent("expertpool.agenda.v1", D + "VisitHeld", point.toString(), null);

        String analytics = "analytics.expertpool.v1";
        var joined = awaitEvent(analytics, A + "ExpertJoined", pseudonyms.of(expert), null);
        assertThat(joined.header("ce_subject")).isEqualTo(pseudonyms.of(expert));
        awaitEvent(analytics, A + "ExpertLeft", pseudonyms.of(leaver), "CONSENT_WITHDRAWN");
        awaitEvent(analytics, A + "SessionScheduled", sessionId.toString(), null);
        awaitEvent(analytics, A + "SessionHeld", sessionId.toString(), null);
        awaitEvent(analytics, A + "AgendaPointRaised", point.toString(), null);
        var answeredEvent =
                awaitEvent(analytics, A + "AgendaPointStatusChanged", point.toString(), "\"to\":\"ANSWERED\"");
        assertThat(answeredEvent.value()).contains("\"daysRaisedToAnswered\":");
        awaitEvent(analytics, A + "VisitHeld", point.toString(), null);

        for (TopicProbe.Seen seen : TopicProbe.all(analytics)) {
            EventSchemas.assertConforms(seen);
            assertThat(seen.value()).doesNotContain(name, expert.toString(), "BSN appointments", "Guidance follows");
            assertThat(seen.key()).isNotIn(expert.toString(), leaver.toString());
            assertThat(seen.header("ce_subject")).isNotIn(expert.toString(), leaver.toString());
        }
    }

    @Test
    void stepsWithTheStatusAloneStillProduceTheirEventsAndAVisitOnlyOnceItsDateIsRecorded() {
        String theme = TestData.theme();
        UUID session = api.post(
                        "/api/expertpool/sessions",
                        TestData.session(theme, OffsetDateTime.now().minusDays(30), 5))
                .id();
        UUID bare = api.post(
                        "/api/expertpool/agenda-points",
                        Map.of("sessionId", session, "theme", theme, "text", "Bare steps"))
                .id();
        UUID dated = api.post(
                        "/api/expertpool/agenda-points",
                        Map.of("sessionId", session, "theme", theme, "text", "A visit without names"))
                .id();
        for (String step : List.of("PRESENTED", "ANSWERED", "CLOSED")) {
            var stepped = api.post("/api/expertpool/agenda-points/" + bare + "/status", Map.of("status", step));
            assertThat(stepped.status()).as(stepped.text()).isEqualTo(200);
        }
        String visitDate = TestData.today().minusDays(10).toString();
        var presented = api.post(
                "/api/expertpool/agenda-points/" + dated + "/status",
                Map.of("status", "PRESENTED", "visitDate", visitDate));
        assertThat(presented.status()).as(presented.text()).isEqualTo(200);

        String domain = "expertpool.agenda.v1";
        String analytics = "analytics.expertpool.v1";
        String key = bare.toString();
        awaitEvent(domain, D + "AgendaPointStatusChanged", key, "\"to\":\"PRESENTED\"");
        var answered = awaitEvent(domain, D + "AgendaPointStatusChanged", key, "\"to\":\"ANSWERED\"");
        assertThat(answered.value()).contains("\"reference\":null", "\"answeredOn\":null");
        awaitEvent(analytics, A + "AgendaPointStatusChanged", key, "\"to\":\"PRESENTED\"");
        var answeredFigures = awaitEvent(analytics, A + "AgendaPointStatusChanged", key, "\"to\":\"ANSWERED\"");
        // without a date of the answer it counts from the day the point was raised (30 days ago) to today;
        // the day boundary depends on the offsets the dates are read in, hence a day either way
        assertThat(answeredFigures.value()).containsPattern("\"daysRaisedToAnswered\":(29|30|31)[,}]");
        awaitEvent(domain, D + "AgendaPointStatusChanged", key, "\"to\":\"CLOSED\"");
        awaitEvent(analytics, A + "AgendaPointStatusChanged", key, "\"to\":\"CLOSED\"");
        // each point's events are sent in order, so a visit of the bare point would have come before CLOSED
        assertThat(TopicProbe.all(domain))
                .noneMatch(seen -> key.equals(seen.key()) && (D + "VisitHeld").equals(seen.header("ce_type")));
        assertThat(TopicProbe.all(analytics))
                .noneMatch(seen -> key.equals(seen.key()) && (A + "VisitHeld").equals(seen.header("ce_type")));

        var visit = awaitEvent(domain, D + "VisitHeld", dated.toString(), null);
        assertThat(visit.value()).contains("\"visitDate\":\"" + visitDate + "\"", "\"visitorCount\":0");
        var visitFigures = awaitEvent(analytics, A + "VisitHeld", dated.toString(), null);
        assertThat(visitFigures.value()).contains("\"visitorCount\":0", "\"visitors\":[]");
    }
}
