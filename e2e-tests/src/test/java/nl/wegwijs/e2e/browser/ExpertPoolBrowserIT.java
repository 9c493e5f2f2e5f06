package nl.wegwijs.e2e.browser;

import static nl.wegwijs.e2e.Gateway.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.wegwijs.e2e.Gateway;
import nl.wegwijs.e2e.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A coordinator runs the expert-pool cycle in the browser: schedules a session, records who came,
 * raises an agenda point and walks it to SUBMITTED (written questions to the government); the brief
 * for members of parliament shows it. A screenshot per step.
 */
@ExtendWith(RunningPlatform.class)
class ExpertPoolBrowserIT {

    private static final String POINT =
            "Tijdelijke bescherming na maart 2027: zekerheid voor werkgevers en huurcontracten";

    @Test
    void aCoordinatorTakesAnAgendaPointFromSessionToSubmittedAndTheBriefShowsIt() throws Exception {
        String expertId = anExpertWhoConsents();
        try (Browser browser = Browser.open()) {
            browser.signIn("coordinator");
            browser.go("/staff/expertpool.html#sessions");
            browser.click(By.id("tab-sessions"));
            browser.type(By.id("session-title"), "Wonen en werk na maart 2027");
            browser.type(By.id("session-theme"), "temporary-protection-residence");
            // a session held yesterday evening: attendance is recorded once a session has started
            setValue(browser, "session-starts-at", LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T18:30");
            browser.select(By.id("session-language"), "uk");
            browser.type(By.id("session-location"), "Utrecht, Stadskantoor");
            browser.click(By.id("session-submit"));
            String sessionId = browser.await(By.id("session-detail")).getAttribute("data-session-id");
            assertThat(sessionId).isNotBlank();
            browser.screenshot("ep-01-session-scheduled");

            browser.click(By.cssSelector("#attendance-list input.attendance-check[value='" + expertId + "']"));
            browser.click(By.id("attendance-submit"));
            browser.await(By.cssSelector("#session-detail-alert .alert.success"));
            browser.screenshot("ep-02-attendance-recorded");

            browser.click(By.id("tab-agenda"));
            browser.select(By.id("point-session"), sessionId);
            browser.type(By.id("point-theme"), "temporary-protection-residence");
            browser.type(By.id("point-text"), POINT);
            browser.click(By.id("point-submit"));
            String pointId = browser.await(By.id("point-detail")).getAttribute("data-point-id");
            awaitStatus(browser, "RAISED");
            browser.screenshot("ep-03-point-raised");

            browser.select(By.id("status-next"), "PRIORITISED");
            browser.click(By.id("status-submit"));
            awaitStatus(browser, "PRIORITISED");

            browser.select(By.id("status-next"), "PRESENTED");
            setValue(browser, "status-visit-date", LocalDate.now(ZoneOffset.UTC).toString());
            browser.click(By.cssSelector("#status-visitors input.visitor-check[value='" + expertId + "']"));
            browser.click(By.id("status-submit"));
            awaitStatus(browser, "PRESENTED");

            browser.select(By.id("status-next"), "SUBMITTED");
            browser.type(By.id("status-reference"), "2026Z21468");
            browser.click(By.id("status-submit"));
            awaitStatus(browser, "SUBMITTED");
            browser.screenshot("ep-04-point-submitted");

            browser.click(By.id("tab-brief"));
            browser.click(By.cssSelector("#brief-points input.brief-point[value='" + pointId + "']"));
            String brief = browser.await(By.id("brief-open")).getAttribute("href");
            browser.driver().get(brief);
            browser.await(By.tagName("body"));
            assertThat(browser.driver().getPageSource()).contains("Tijdelijke bescherming na maart 2027");
            browser.screenshot("ep-05-brief");
        }
    }

    @Test
    void aSessionStillToComeOffersInvitationsButNeitherMinutesNorAgendaPoints() throws Exception {
        String upcoming = aSession(
                "Na de zomer: school en opvang",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(3));
        String started = aSession(
                "Gisteren: school en opvang", OffsetDateTime.now(ZoneOffset.UTC).minusHours(20));
        try (Browser browser = Browser.open()) {
            browser.signIn("coordinator");
            browser.go("/staff/expertpool.html?ui=en#sessions");
            browser.click(By.cssSelector(".session-row[data-session-id='" + upcoming + "'] .open-session"));
            browser.await(By.cssSelector("#session-detail[data-session-id='" + upcoming + "'][data-started='false']"));
            assertThat(browser.await(By.id("session-not-started")).getText()).contains("once the session has started");
            assertThat(browser.driver().findElement(By.id("minutes-form")).isDisplayed())
                    .isFalse();
            assertThat(browser.driver().findElement(By.id("attendance-submit")).isDisplayed())
                    .isFalse();
            assertThat(browser.driver().findElement(By.id("invite-submit")).isDisplayed())
                    .as("invitations are for sessions still to come")
                    .isTrue();
            browser.screenshot("ep-06-session-still-to-come");

            browser.click(By.cssSelector(".session-row[data-session-id='" + started + "'] .open-session"));
            browser.await(By.cssSelector("#session-detail[data-session-id='" + started + "'][data-started='true']"));
            assertThat(browser.await(By.id("minutes-form")).isDisplayed()).isTrue();
            assertThat(browser.driver()
                            .findElement(By.id("session-not-started"))
                            .isDisplayed())
                    .isFalse();
            assertThat(browser.driver().findElement(By.id("invite-submit")).isDisplayed())
                    .isFalse();

            browser.click(By.id("tab-agenda"));
            browser.await(By.id("point-session"));
            assertThat(browser.driver().findElements(By.cssSelector("#point-session option")).stream()
                            .map(o -> o.getAttribute("value"))
                            .toList())
                    .as("a point is raised in a session that has started")
                    .contains(started)
                    .doesNotContain(upcoming);
            browser.screenshot("ep-07-agenda-point-sessions");
        }
    }

    private static String aSession(String title, OffsetDateTime startsAt) {
        Gateway.Reply created = Gateway.post(
                "/api/expertpool/sessions",
                "{\"title\":" + quote(title) + ",\"theme\":\"education-school\",\"startsAt\":"
                        + quote(startsAt.truncatedTo(ChronoUnit.SECONDS).toString())
                        + ",\"language\":\"uk\",\"location\":\"Utrecht, Stadskantoor\",\"capacity\":12}",
                Gateway.tokenFor("coordinator"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String anExpertWhoConsents() {
        Gateway.Reply created = Gateway.post(
                "/api/expertpool/experts",
                "{\"name\":" + quote("Oksana T.") + ",\"languages\":[\"uk\",\"nl\"],\"city\":\"Utrecht\","
                        + "\"themes\":[\"temporary-protection-residence\"],"
                        + "\"consent\":{\"participate\":true,\"quoteAnonymously\":true,\"contact\":false}}",
                Gateway.tokenFor("coordinator"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static void awaitStatus(Browser browser, String status) {
        browser.await(By.cssSelector("#point-detail[data-status='" + status + "']"));
    }

    /** Date inputs take their value as the page's script would set it, whatever the browser's locale. */
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                                + "e.dispatchEvent(new Event('input', {bubbles: true}));"
                                + "e.dispatchEvent(new Event('change', {bubbles: true}));",
                        id,
                        value);
    }
}
