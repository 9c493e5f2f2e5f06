package nl.wegwijs.e2e.browser;

import static nl.wegwijs.e2e.Gateway.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.wegwijs.e2e.Gateway;
import nl.wegwijs.e2e.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A job coach erases a candidate who asked to be forgotten: the candidate's matches open, the coach
 * erases and confirms, and the profile is gone behind the page too. A screenshot per step.
 */
@ExtendWith(RunningPlatform.class)
class MatchingBrowserIT {

    @Test
    void aCoachErasesACandidateAndTheProfileIsGone() throws Exception {
        String candidateId = aCandidate();
        try (Browser browser = Browser.open()) {
            browser.signIn("matcher");
            browser.go("/staff/matching.html");
            browser.select(By.id("lookup-kind"), "candidates");
            browser.type(By.id("lookup-id"), candidateId);
            browser.click(By.id("lookup-submit"));
            browser.await(By.id("erase-candidate"));
            browser.screenshot("match-01-candidate-opened");

            browser.click(By.id("erase-candidate"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
            assertThat(browser.driver().switchTo().alert().getText()).contains("Iryna");
            browser.driver().switchTo().alert().accept();

            browser.await(By.cssSelector("#match-alert:not([hidden])"));
            browser.screenshot("match-02-candidate-erased");
        }
        assertThat(Gateway.get("/api/matching/candidates/" + candidateId, Gateway.tokenFor("matcher"))
                        .status())
                .isEqualTo(404);
    }

    private static String aCandidate() {
        Gateway.Reply created = Gateway.post(
                "/api/matching/candidates",
                "{\"name\":" + quote("Iryna Bondarenko")
                        + ",\"languages\":[{\"code\":\"uk\",\"level\":\"NATIVE\"},{\"code\":\"nl\",\"level\":\"A2\"}],"
                        + "\"skills\":[\"order picking\"],\"location\":{\"city\":\"Venlo\",\"postcode\":\"5913 AB\"},"
                        + "\"maxTravelKm\":25,\"hoursPerWeek\":{\"min\":24,\"max\":40},"
                        + "\"availableFrom\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(7) + "\","
                        + "\"workAuthorisation\":{\"basis\":\"TEMPORARY_PROTECTION\",\"validUntil\":\"2027-03-04\"},"
                        + "\"consentToShare\":true}",
                Gateway.tokenFor("matcher"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
