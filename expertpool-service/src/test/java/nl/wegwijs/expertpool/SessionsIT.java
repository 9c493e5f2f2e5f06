package nl.wegwijs.expertpool;

import static nl.wegwijs.expertpool.TestData.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIT
class SessionsIT {

    @LocalServerPort
    int port;

    Api api;
    final OffsetDateTime nextWeek = OffsetDateTime.now().plusDays(7);

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void schedulesASessionWithADefaultCapacityAndListsIt() {
        String theme = TestData.theme();
        var created = api.post("/api/expertpool/sessions", TestData.session(theme, nextWeek, null));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("capacity").asInt()).isEqualTo(20);
        assertThat(created.json().get("online").asBoolean()).isTrue();
        assertThat(created.field("language")).isEqualTo("uk");
        assertThat(created.field("theme")).isEqualTo(theme);

        var list = api.get("/api/expertpool/sessions?theme=" + theme);
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/expertpool/sessions/" + created.id()).status()).isEqualTo(200);
        assertThat(api.get("/api/expertpool/sessions/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void takesAStartWithoutAnOffsetAsAmsterdamTimeInWinterAndSummer() {
        String theme = TestData.theme();
        var winter = TestData.session(theme, nextWeek, null);
        winter.put("startsAt", "2027-01-14T18:00:00");
        var summer = TestData.session(theme, nextWeek, null);
        summer.put("startsAt", "2027-07-01T18:00");
        var withOffset = TestData.session(theme, nextWeek, null);
        withOffset.put("startsAt", "2027-01-14T18:00:00Z");

        assertThat(startsAt(api.post("/api/expertpool/sessions", winter)))
                .isEqualTo(Instant.parse("2027-01-14T17:00:00Z"));
        assertThat(startsAt(api.post("/api/expertpool/sessions", summer)))
                .isEqualTo(Instant.parse("2027-07-01T16:00:00Z"));
        assertThat(startsAt(api.post("/api/expertpool/sessions", withOffset)))
                .isEqualTo(Instant.parse("2027-01-14T18:00:00Z"));
    }

    private static Instant startsAt(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return OffsetDateTime.parse(created.field("startsAt")).toInstant();
    }

    @Test
    void refusesInvalidSessions() {
        var empty = api.post("/api/expertpool/sessions", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("theme", "title", "startsAt", "language", "location");
        var badCapacity = TestData.session("pets", nextWeek, 0);
        assertThat(api.post("/api/expertpool/sessions", badCapacity).text()).contains("capacity");
        var badTime = TestData.session("pets", nextWeek, 5);
        badTime.put("startsAt", "next tuesday");
        var response = api.post("/api/expertpool/sessions", badTime);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("startsAt", "ISO-8601");
        var dateOnly = TestData.session("pets", nextWeek, 5);
        dateOnly.put("startsAt", "2027-01-14");
        assertThat(api.post("/api/expertpool/sessions", dateOnly).text()).contains("startsAt");
    }

    @Test
    void suggestsExpertsWhoKnowTheThemeSpeakTheLanguageAndConsentWithoutInvitingThem() {
        String theme = TestData.theme();
        UUID fits = TestData.expert(api, "Fits", theme, "uk", true, true);
        UUID otherLanguage = TestData.expert(api, "Other language", theme, "ru", true, true);
        UUID noConsent = TestData.expert(api, "No consent", theme, "uk", false, false);
        UUID session = TestData.session(api, theme, nextWeek, 5);

        var suggested = api.get("/api/expertpool/sessions/" + session + "/suggested-experts");
        assertThat(suggested.status()).isEqualTo(200);
        assertThat(suggested.text()).contains(fits.toString());
        assertThat(suggested.text()).doesNotContain(otherLanguage.toString(), noConsent.toString());
        assertThat(suggested.json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/expertpool/sessions/" + session).json().get("invitations"))
                .isEmpty();

        api.post("/api/expertpool/sessions/" + session + "/invitations", ids(fits));
        var none = api.get("/api/expertpool/sessions/" + session + "/suggested-experts")
                .json();
        assertThat(none.get("items")).isEmpty();
        assertThat(none.get("total").asLong()).isZero();
    }

    @Test
    void suggestsExpertsAPageAtATimeLongestInThePoolFirst() {
        String theme = TestData.theme();
        UUID first = TestData.expert(api, "First", theme, "uk", true, true);
        UUID second = TestData.expert(api, "Second", theme, "uk", true, true);
        UUID third = TestData.expert(api, "Third", theme, "uk", true, true);
        UUID session = TestData.session(api, theme, nextWeek, 5);
        String path = "/api/expertpool/sessions/" + session + "/suggested-experts";

        var all = api.get(path + "?size=100").json();
        assertThat(all.get("items").valueStream().map(e -> e.get("id").asString()))
                .containsExactly(first.toString(), second.toString(), third.toString());
        var pageTwo = api.get(path + "?page=1&size=2").json();
        assertThat(pageTwo.get("items").valueStream().map(e -> e.get("id").asString()))
                .containsExactly(third.toString());
        assertThat(pageTwo.get("page").asInt()).isEqualTo(1);
        assertThat(pageTwo.get("size").asInt()).isEqualTo(2);
        assertThat(pageTwo.get("total").asLong()).isEqualTo(3);
        assertThat(api.get(path + "?page=-1").status()).isEqualTo(400);
        assertThat(api.get(path + "?size=0").contentType()).startsWith("application/problem+json");
        assertThat(api.get(path + "?size=1000").json().get("size").asInt()).isEqualTo(100);
    }

    @Test
    void invitesRepliesAndOnceTheSessionHasStartedRecordsAttendance() {
        String theme = TestData.theme();
        UUID a = TestData.expert(api, theme);
        UUID b = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().plusSeconds(5), 2);

        var invited = api.post("/api/expertpool/sessions/" + session + "/invitations", ids(a, b));
        assertThat(invited.status()).as(invited.text()).isEqualTo(200);
        assertThat(invited.json().get("counts").get("invited").asInt()).isEqualTo(2);

        var accepted = api.post(
                "/api/expertpool/sessions/" + session + "/replies", Map.of("expertId", a, "response", "ACCEPTED"));
        assertThat(accepted.status()).isEqualTo(200);
        var declined = api.post(
                "/api/expertpool/sessions/" + session + "/replies", Map.of("expertId", b, "response", "DECLINED"));
        assertThat(declined.json().get("counts").get("declined").asInt()).isEqualTo(1);
        var wrongAnswer = api.post(
                "/api/expertpool/sessions/" + session + "/replies", Map.of("expertId", b, "response", "MAYBE"));
        assertThat(wrongAnswer.status()).isEqualTo(400);
        assertThat(wrongAnswer.text()).contains("response");

        var attendance = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> api.post("/api/expertpool/sessions/" + session + "/attendance", ids(a)),
                        r -> !r.text().contains("has not started yet"));
        assertThat(attendance.status()).as(attendance.text()).isEqualTo(200);
        assertThat(attendance.json().get("counts").get("attended").asInt()).isEqualTo(1);
        assertThat(attendance.field("heldAt")).isNotNull();
        for (JsonNode invitation : attendance.json().get("invitations")) {
            assertThat(invitation.get("attended").asBoolean())
                    .isEqualTo(invitation.get("expertId").asString().equals(a.toString()));
        }

        var minutes = api.put(
                "/api/expertpool/sessions/" + session + "/minutes",
                Map.of("minutes", "Discussed <b>BSN</b> appointments; two agenda points."));
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(minutes.field("minutes")).contains("two agenda points");
        assertThat(api.put("/api/expertpool/sessions/" + session + "/minutes", Map.of("minutes", " "))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void refusesAttendanceBeforeTheSessionStartsAndLeavesItNotHeld() {
        String theme = TestData.theme();
        UUID expert = TestData.expert(api, theme);
        String nextYear = String.valueOf(Year.now().getValue() + 1);
        var body = TestData.session(theme, nextWeek, 5);
        body.put("startsAt", nextYear + "-01-14T18:00:00");
        UUID session = api.post("/api/expertpool/sessions", body).id();
        api.post("/api/expertpool/sessions/" + session + "/invitations", ids(expert));

        var early = api.post("/api/expertpool/sessions/" + session + "/attendance", ids(expert));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.field("detail")).contains("has not started yet", nextYear + "-01-14T18:00+01:00");
        var after = api.get("/api/expertpool/sessions/" + session);
        assertThat(after.field("heldAt")).isNull();
        assertThat(after.json().get("counts").get("attended").asInt()).isZero();
    }

    @Test
    void refusesMinutesBeforeTheSessionStartsWhileInvitationsAndRepliesStayOpen() {
        String theme = TestData.theme();
        UUID expert = TestData.expert(api, theme);
        String nextYear = String.valueOf(Year.now().getValue() + 1);
        var body = TestData.session(theme, nextWeek, 5);
        body.put("startsAt", nextYear + "-01-14T18:00:00");
        UUID session = api.post("/api/expertpool/sessions", body).id();

        var early = api.put(
                "/api/expertpool/sessions/" + session + "/minutes",
                Map.of("minutes", "Waiting times for BSN appointments; one agenda point."));

        assertThat(early.status()).as(early.text()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.field("detail")).contains("has not started yet", nextYear + "-01-14T18:00+01:00", "minutes");
        var after = api.get("/api/expertpool/sessions/" + session);
        assertThat(after.field("minutes")).isNull();
        assertThat(after.field("minutesUpdatedAt")).isNull();
        assertThat(api.post("/api/expertpool/sessions/" + session + "/invitations", ids(expert))
                        .status())
                .as("preparing a session to come is still possible")
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/expertpool/sessions/" + session + "/replies",
                                Map.of("expertId", expert, "response", "ACCEPTED"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesMoreAttendeesThanTheSessionHasPlaces() {
        String theme = TestData.theme();
        UUID a = TestData.expert(api, theme);
        UUID b = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusHours(1), 1);

        var overfull = api.post("/api/expertpool/sessions/" + session + "/attendance", ids(a, b));

        assertThat(overfull.status()).isEqualTo(409);
        assertThat(overfull.field("detail")).contains("full");
        assertThat(api.get("/api/expertpool/sessions/" + session).field("heldAt"))
                .isNull();
    }

    @Test
    void refusesInvitationsToAFullSessionAPastSessionOrExpertsWithoutConsent() {
        String theme = TestData.theme();
        UUID a = TestData.expert(api, theme);
        UUID b = TestData.expert(api, theme);
        UUID withoutConsent = TestData.expert(api, "Without consent", theme, "uk", false, false);

        UUID small = TestData.session(api, theme, nextWeek, 1);
        var full = api.post("/api/expertpool/sessions/" + small + "/invitations", ids(a, b));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.contentType()).startsWith("application/problem+json");
        assertThat(full.field("detail")).contains("full");

        UUID past = TestData.session(api, theme, OffsetDateTime.now().minusDays(1), 5);
        var late = api.post("/api/expertpool/sessions/" + past + "/invitations", ids(a));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.field("detail")).contains("still to come");

        UUID open = TestData.session(api, theme, nextWeek, 5);
        var refused = api.post("/api/expertpool/sessions/" + open + "/invitations", ids(a, withoutConsent));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("detail")).contains(withoutConsent.toString());

        var unknown = api.post("/api/expertpool/sessions/" + open + "/invitations", ids(UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("expertIds[0]");
        assertThat(api.post(
                                "/api/expertpool/sessions/" + open + "/invitations",
                                Map.of("expertIds", java.util.List.of()))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/expertpool/sessions/" + UUID.randomUUID() + "/invitations", ids(a))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void refusesAnAcceptanceWhenAllPlacesAreTakenAndARepliesWithoutInvitation() {
        String theme = TestData.theme();
        UUID a = TestData.expert(api, theme);
        UUID b = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, nextWeek, 1);
        String replies = "/api/expertpool/sessions/" + session + "/replies";

        assertThat(api.post(replies, Map.of("expertId", a, "response", "ACCEPTED"))
                        .status())
                .isEqualTo(409);
        api.post("/api/expertpool/sessions/" + session + "/invitations", ids(a));
        api.post(replies, Map.of("expertId", a, "response", "DECLINED"));
        api.post("/api/expertpool/sessions/" + session + "/invitations", ids(b));
        assertThat(api.post(replies, Map.of("expertId", b, "response", "ACCEPTED"))
                        .status())
                .isEqualTo(200);
        var full = api.post(replies, Map.of("expertId", a, "response", "ACCEPTED"));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.field("detail")).contains("full");
    }

    @Test
    void withdrawingConsentCancelsOpenInvitationsAndStopsNewOnes() {
        String theme = TestData.theme();
        UUID expert = TestData.expert(api, theme);
        UUID session = TestData.session(api, theme, nextWeek, 5);
        api.post("/api/expertpool/sessions/" + session + "/invitations", ids(expert));

        api.put(
                "/api/expertpool/experts/" + expert + "/consent",
                Map.of("participate", false, "quoteAnonymously", false, "contact", false));

        var after = api.get("/api/expertpool/sessions/" + session);
        assertThat(after.json().get("invitations").get(0).get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(api.post("/api/expertpool/sessions/" + session + "/invitations", ids(expert))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/expertpool/sessions/" + session + "/replies",
                                Map.of("expertId", expert, "response", "ACCEPTED"))
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/expertpool/sessions/" + session + "/suggested-experts")
                        .json()
                        .get("items"))
                .isEmpty();
    }
}
