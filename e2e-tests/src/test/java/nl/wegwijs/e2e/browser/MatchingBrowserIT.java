package nl.wegwijs.e2e.browser;

import static nl.wegwijs.e2e.Gateway.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.wegwijs.e2e.Gateway;
import nl.wegwijs.e2e.RunningPlatform;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The job coach's matching page. A coach erases a candidate who asked to be forgotten: the candidate's matches
 * open, the coach erases and confirms, and the profile is gone behind the page too. Closed vacancies stay out of
 * the list until the coach asks for them, are marked then, and their matches are explained instead of an empty
 * list. An employer's title with direction controls in it cannot reorder the coach's row. A screenshot per step.
 */
@ExtendWith(RunningPlatform.class)
class MatchingBrowserIT {

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Titles stored before the services refused direction controls (and any the services still let through): the
     * employer writes a marker, and the page's answers carry the control in its place, as an old row would.
     */
    private static final String STORED_CONTROLS = """
            (() => {
              const controls = [['[[RLO]]', '\\u202E'], ['[[PDI]]', '\\u2069'], ['[[ZWSP]]', '\\u200B']];
              const fetchFromServer = window.fetch;
              window.fetch = async (...args) => {
                const response = await fetchFromServer(...args);
                if (!(response.headers.get('Content-Type') || '').includes('json')) return response;
                let text = await response.text();
                for (const [marker, control] of controls) text = text.split(marker).join(control);
                return new Response(text, {status: response.status, statusText: response.statusText, headers: response.headers});
              };
            })();""";

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

    @Test
    void closedVacanciesShowOnlyWhenAskedForMarkedClosedAndTheirMatchesAreExplained() throws Exception {
        String apiKey = anEmployersApiKey();
        String open = aVacancy(apiKey, "Medewerker kas", "Naaldwijk");
        String closed = aVacancy(apiKey, "Medewerker kas", "Naaldwijk");
        Gateway.Reply closing = employer("DELETE", "/api/employer/vacancies/" + closed, null, apiKey);
        assertThat(closing.status()).as(closing.body()).isBetween(200, 204);

        try (Browser browser = Browser.open()) {
            browser.signIn("matcher");
            browser.go("/staff/matching.html?ui=nl");
            WebElement openRow = browser.await(vacancyRow(open));
            assertThat(browser.driver().findElements(vacancyRow(closed)))
                    .as("a closed vacancy is not in the coach's list unless asked for")
                    .isEmpty();
            assertThat(openRow.getText()).doesNotContain("Gesloten");

            browser.click(By.id("show-closed-vacancies"));
            WebElement closedRow = browser.await(vacancyRow(closed));
            assertThat(closedRow.getAttribute("data-status")).isEqualTo("CLOSED");
            assertThat(closedRow.findElement(By.cssSelector(".vacancy-closed")).getText())
                    .isEqualTo("Gesloten");
            assertThat(browser.await(vacancyRow(open)).getText())
                    .as("the open one with the same title and place is not marked")
                    .doesNotContain("Gesloten");
            browser.screenshot("match-03-closed-vacancy-marked");

            closedRow.findElement(By.tagName("button")).click();
            WebElement explained = browser.await(By.id("vacancy-closed"));
            assertThat(explained.getText())
                    .contains("Deze vacature is gesloten op")
                    .contains("kun je geen match meer voorstellen");
            assertThat(browser.driver().findElements(By.cssSelector("#matches .match-row, #matches .error")))
                    .isEmpty();
            assertThat(browser.await(By.id("matches-title")).getText()).contains("Medewerker kas", "Gesloten");
            browser.screenshot("match-04-closed-vacancy-explained");

            // looked up by its id, without the list knowing it: the service's 409 is explained the same way
            browser.go("/staff/matching.html?ui=en");
            browser.await(vacancyRow(open));
            browser.select(By.id("lookup-kind"), "vacancies");
            browser.type(By.id("lookup-id"), closed);
            browser.click(By.id("lookup-submit"));
            assertThat(browser.await(By.id("vacancy-closed")).getText())
                    .contains("This vacancy was closed on")
                    .doesNotContain("Vacancy " + closed);
            assertThat(browser.await(By.id("matches-title")).getText()).contains("Medewerker kas", "Closed");
            browser.screenshot("match-05-closed-vacancy-looked-up");
        }
    }

    @Test
    void anEmployersTitleWithDirectionControlsCannotReorderTheCoachsRow() throws Exception {
        String apiKey = anEmployersApiKey();
        // the audit's title: a zero-width space, then RIGHT-TO-LEFT OVERRIDE; and one that first closes the isolation
        String overriding = aVacancy(apiKey, "Tomaten[[ZWSP]][[RLO]] oogsten", "Naaldwijk");
        String breakingOut = aVacancy(apiKey, "Paprika[[PDI]][[RLO]] plukken", "Venlo");

        try (Browser browser = Browser.open()) {
            ((HasCdp) browser.driver())
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", STORED_CONTROLS));
            browser.signIn("matcher");
            browser.go("/staff/matching.html?ui=nl");
            WebElement row = browser.await(vacancyRow(overriding));
            WebElement other = browser.await(vacancyRow(breakingOut));
            Object answered = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + "fetch('/api/matching/vacancies?status=OPEN&size=50').then((r) => r.text()).then(done);");
            assertThat((String) answered)
                    .as("the page is given the controls, as from a stored title")
                    .contains("Tomaten\u200B\u202E oogsten", "Paprika\u2069\u202E plukken");
            browser.screenshot("match-06-titles-with-direction-controls");

            assertReadsInOrder(browser, row, "Tomaten", "oogsten", "Naaldwijk");
            assertReadsInOrder(browser, other, "Paprika", "plukken", "Venlo");
            for (WebElement each : List.of(row, other)) {
                WebElement button = each.findElement(By.tagName("button"));
                assertThat(button.getText()).isEqualTo("Matches tonen");
                assertThat(browser.drawnAt(each, each == row ? "Naaldwijk" : "Venlo")[1])
                        .as("the button stays after the title and the place")
                        .isLessThan(((Number) ((JavascriptExecutor) browser.driver())
                                        .executeScript("return arguments[0].getBoundingClientRect().left;", button))
                                .doubleValue());
                assertThat(textContent(browser, each)).doesNotContain("\u202E", "\u2069");
            }

            row.findElement(By.tagName("button")).click();
            WebElement heading = browser.await(By.id("matches-title"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> heading.getText().contains("Tomaten"));
            assertReadsInOrder(browser, heading, "Kandidaten voor", "Tomaten", "oogsten", "Naaldwijk");
            browser.screenshot("match-07-matches-for-that-title");
        }
    }

    /** Each text is drawn left to right, and after the one before it: nothing is reversed or moved. */
    private static void assertReadsInOrder(Browser browser, WebElement element, String... texts) {
        double before = Double.NEGATIVE_INFINITY;
        for (String text : texts) {
            double[] at = browser.drawnAt(element, text);
            assertThat(at[0]).as("\"%s\" comes after what precedes it", text).isGreaterThan(before);
            assertThat(at[1]).as("\"%s\" reads left to right", text).isGreaterThan(at[0]);
            before = at[1];
        }
    }

    private static String textContent(Browser browser, WebElement element) {
        return (String)
                ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].textContent;", element);
    }

    private static By vacancyRow(String id) {
        return By.cssSelector(".vacancy-row[data-id='" + id + "']");
    }

    /** A new employer (as the administrator registers one) and its API key, once the gateway accepts the key. */
    private static String anEmployersApiKey() {
        String admin = Gateway.tokenFor("admin");
        String kvk = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        Gateway.Reply employer = Gateway.post(
                "/api/matching/employers",
                "{\"name\":\"Kwekerij Westland " + kvk + "\",\"kvkNumber\":\"" + kvk
                        + "\",\"contactEmail\":\"hr@kwekerij.example\"}",
                admin);
        assertThat(employer.status()).as(employer.body()).isEqualTo(201);
        Gateway.Reply key = Gateway.post(
                "/api/matching/employers/" + employer.json().get("id").asString() + "/api-keys", "", admin);
        assertThat(key.status()).as(key.body()).isIn(200, 201);
        String apiKey = key.json().get("apiKey").asString();
        // the gateway learns the key from an event
        Awaitility.await("the gateway accepts the new key")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        employer("GET", "/api/employer/vacancies", null, apiKey).status() == 200);
        return apiKey;
    }

    private static String aVacancy(String apiKey, String title, String city) {
        Gateway.Reply created = employer(
                "POST",
                "/api/employer/vacancies",
                "{\"title\":" + quote(title) + ",\"isco\":\"9211\",\"location\":{\"city\":" + quote(city) + "},"
                        + "\"skills\":[\"oogsten\"],\"hoursPerWeek\":{\"min\":24,\"max\":40},"
                        + "\"contractType\":\"SEASONAL\","
                        + "\"salary\":{\"min\":15.50,\"max\":16.00,\"per\":\"HOUR\",\"currency\":\"EUR\"},"
                        + "\"startDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}",
                apiKey);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A call with the employer's X-API-Key (the gateway's Gateway helper sends tokens only). */
    private static Gateway.Reply employer(String method, String path, String body, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-API-Key", apiKey);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Gateway.Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("Could not reach " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
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
