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
 * Every staff page loads its scripts and styles from the versioned path {@code /v/<version>/} (and none
 * at a plain path: an absolute import would load a second copy of a module) and runs without errors in
 * the console: a module that is not found, lacks an export or throws shows here. Failed calls to
 * {@code /api/} are left to the pages' own error states, which other tests check. A screenshot per page.
 * A draft that does not exist is said so in the editor's language only, not above the service's English.
 */
@ExtendWith(RunningPlatform.class)
class StaffPagesBrowserIT {

    private static final List<String> PAGES = List.of(
            "/staff/index.html",
            "/staff/knowledge.html",
            "/staff/articles.html",
            "/staff/dashboard.html",
            "/staff/matching.html",
            "/staff/expertpool.html");

    @Test
    void everyStaffPageLoadsItsVersionedModulesWithoutConsoleErrors() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            browser.severeConsoleMessages(); // the sign-in page's 401 from /api/auth/me is expected
            for (String page : PAGES) {
                browser.go(page);
                browser.await(By.id("logout")); // the shell ran: its modules loaded
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .until(d -> (Boolean) ((JavascriptExecutor) d)
                                .executeScript("return !document.querySelector('[aria-busy=\"true\"]');"));
                @SuppressWarnings("unchecked")
                List<String> loaded = (List<String>) ((JavascriptExecutor) browser.driver())
                        .executeScript("return performance.getEntriesByType('resource').map((e) => e.name)"
                                + ".concat([...document.querySelectorAll('script[src], link[rel=stylesheet]')]"
                                + ".map((e) => e.src || e.href))"
                                + ".filter((u) => /\\.(js|css)(\\?|$)/.test(new URL(u).pathname));");
                assertThat(loaded).as(page + " loads scripts and styles").isNotEmpty();
                assertThat(loaded)
                        .as(page + ": every script and style from /v/<version>/")
                        .allSatisfy(url -> assertThat(url).matches(".*/v/[0-9a-f]+/.*"));
                List<String> errors = browser.severeConsoleMessages().stream()
                        .filter(m -> !(m.contains("/api/") && m.contains("Failed to load resource")))
                        .filter(m -> !m.contains("favicon.ico"))
                        .toList();
                assertThat(errors).as(page + ": console errors").isEmpty();
                browser.screenshot("staff-" + page.substring("/staff/".length()).replace(".html", ""));
            }
        }
    }

    @Test
    void aDraftThatDoesNotExistIsSaidSoInTheEditorsLanguageOnly() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("editor");
            browser.go("/staff/draft.html?ui=nl&id=00000000-0000-0000-0000-000000000000");
            WebElement missing = browser.await(By.id("draft-missing"));
            assertThat(missing.getText()).contains("Dit concept bestaat niet (meer)");
            assertThat(browser.await(By.id("main")).getText())
                    .as("no English from the service, no generic message above it")
                    .doesNotContain("does not exist")
                    .doesNotContain("Niet gevonden");
            assertThat(browser.driver().findElements(By.cssSelector("button.retry")))
                    .isEmpty();
            browser.screenshot("staff-draft-missing-nl");

            browser.select(By.id("ui-language"), "en");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("draft-missing"))
                            .getText()
                            .contains("This draft does not exist (any more)"));
            assertThat(browser.await(By.id("main")).getText()).doesNotContain("Dit concept");
        }
    }
}
