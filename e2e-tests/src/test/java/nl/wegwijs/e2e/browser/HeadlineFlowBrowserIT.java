package nl.wegwijs.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.wegwijs.e2e.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headline flow in a real browser: a newcomer asks in Ukrainian on the public page; an agent
 * signs in, finds the question in the inbox and answers it; an editor publishes the draft that
 * appeared; the public search in Ukrainian finds the article. A screenshot per step.
 */
@ExtendWith(RunningPlatform.class)
class HeadlineFlowBrowserIT {

    private static final String QUESTION =
            "Як отримати номер BSN, якщо я щойно переїхала до Утрехта? <script>alert(1)</script>";

    @Test
    void aQuestionAskedInUkrainianEndsUpFoundInThePublicKnowledgeBase() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/index.html");
            browser.type(By.id("question-text"), QUESTION);
            browser.select(By.id("question-language"), "uk");
            browser.click(By.id("ask-submit"));
            String trackingCode = browser.await(By.id("tracking-code")).getText();
            assertThat(trackingCode).isNotBlank();
            browser.screenshot("01-public-question-asked");

            browser.signIn("agent");
            browser.go("/staff/index.html");
            WebElement row = awaitRowContaining(browser, By.cssSelector(".ticket-row"), "Утрехта");
            assertThat(row.getText()).as("typed markup shows as text").contains("<script>");
            browser.assertNoAlert();
            browser.screenshot("02-inbox");
            row.click();
            browser.type(By.id("answer-text"), "Je krijgt een BSN bij inschrijving in de BRP van de gemeente Utrecht.");
            browser.select(By.id("answer-language"), "nl");
            browser.screenshot("03-ticket-before-answer");
            browser.click(By.id("answer-submit"));
            browser.await(By.id("ticket-alert"));
            browser.screenshot("04-ticket-answered");

            browser.signIn("editor");
            browser.go("/staff/knowledge.html");
            WebElement draft = awaitRowContaining(browser, By.cssSelector(".draft-row"), "BSN");
            browser.screenshot("05-drafts");
            draft.click();
            browser.await(By.id("publish"));
            browser.screenshot("06-draft-editor");
            // every translation is published with a title and a body: the editor writes what the draft left empty
            // (a question in Ukrainian answered in Dutch leaves the Dutch title and the Ukrainian text to write)
            fillIfEmpty(browser, "tr-nl-title", "Een BSN krijgen na je verhuizing naar Utrecht");
            fillIfEmpty(browser, "tr-uk-title", "Як отримати номер BSN в Утрехті");
            fillIfEmpty(
                    browser, "tr-uk-body", "Номер BSN ви отримаєте під час реєстрації в BRP у муніципалітеті Утрехта.");
            browser.click(By.id("publish"));
            browser.await(By.id("published-article"));
            browser.screenshot("07-draft-published");

            browser.driver().manage().deleteAllCookies();
            browser.go("/kb.html");
            WebElement result = searchUntilFound(browser, "номер BSN", "uk", "BSN");
            assertThat(result.getText()).contains("BSN");
            browser.screenshot("08-public-search");
        }
    }

    private static WebElement awaitRowContaining(Browser browser, By rows, String text) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .pollingEvery(Duration.ofSeconds(2))
                .until(driver -> {
                    List<WebElement> found = driver.findElements(rows).stream()
                            .filter(e -> e.getText().contains(text))
                            .toList();
                    if (found.isEmpty()) {
                        driver.navigate().refresh();
                        return null;
                    }
                    return found.getFirst();
                });
    }

    /** Types into a translation field (shown in a column or not) when it is still empty, as the editor would. */
    private static void fillIfEmpty(Browser browser, String id, String text) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.getElementById(arguments[0]);"
                                + "if (!e.value.trim()) { e.value = arguments[1];"
                                + " e.dispatchEvent(new Event('input', {bubbles: true})); }",
                        id,
                        text);
    }

    /** Searches the public knowledge base until a result shows the text (the index follows events). */
    private static WebElement searchUntilFound(Browser browser, String query, String language, String text) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .pollingEvery(Duration.ofSeconds(2))
                .until(driver -> {
                    browser.select(By.id("kb-language"), language);
                    browser.type(By.id("kb-query"), query);
                    browser.click(By.id("kb-search"));
                    try {
                        return new WebDriverWait(driver, Duration.ofSeconds(3))
                                .until(d -> d.findElements(By.cssSelector(".kb-result")).stream()
                                        .filter(e -> e.getText().contains(text))
                                        .findFirst()
                                        .orElse(null));
                    } catch (org.openqa.selenium.TimeoutException notYet) {
                        return null;
                    }
                });
    }
}
