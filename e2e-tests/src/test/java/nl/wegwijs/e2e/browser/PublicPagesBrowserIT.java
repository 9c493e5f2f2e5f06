package nl.wegwijs.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.wegwijs.e2e.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages where something is not there, as a newcomer's browser shows them: an article that does
 * not exist says so in the reader's language (and follows a language switch) with the search instead of a
 * useless "try again"; a bad link gets the four-language 404 page, styled. A title with a direction override
 * in it reads in its own order in the search, and one result is counted in the singular. Screenshots under
 * target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class PublicPagesBrowserIT {

    private static final String NO_SUCH_ARTICLE = "00000000-0000-0000-0000-000000000000";

    /**
     * The search's answer for a title stored before the knowledge base refused direction controls: made in the
     * page, as no article can be published with one any more.
     */
    private static final String STORED_TITLE_WITH_OVERRIDE = """
            (() => {
              const fetchFromServer = window.fetch;
              window.fetch = async (input, init) => {
                if (!String(input).includes('/api/public/kb/search')) return fetchFromServer(input, init);
                const items = [{articleId: '00000000-0000-0000-0000-000000000001', title: '\u202EReversed title',
                  snippet: 'een <mark>BSN</mark> \u202Ekrijgen na de verhuizing', language: 'nl', score: 1}];
                return new Response(JSON.stringify({items}), {status: 200, headers: {'Content-Type': 'application/json'}});
              };
            })();""";

    @Test
    void aTitleWithADirectionOverrideReadsInItsOwnOrderAndOneResultIsCountedInTheSingular() throws Exception {
        try (Browser browser = Browser.open()) {
            ((HasCdp) browser.driver())
                    .executeCdpCommand(
                            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", STORED_TITLE_WITH_OVERRIDE));
            browser.go("/kb.html?ui=en&lang=nl&q=BSN");
            WebElement result = browser.await(By.cssSelector(".kb-result a"));
            assertThat(browser.drawnAt(result, "Reversed title"))
                    .as("\"Reversed title\" is drawn left to right, not as \"eltit desreveR\"")
                    .satisfies(at -> assertThat(at[0]).isLessThan(at[1]));
            WebElement snippet = browser.await(By.cssSelector(".kb-result .snippet"));
            double[] bsn = browser.drawnAt(snippet, "BSN");
            double[] after = browser.drawnAt(snippet, "krijgen na de verhuizing");
            assertThat(after[0]).as("the words after the hit stay after it").isGreaterThan(bsn[1]);
            assertThat(after[1]).isGreaterThan(after[0]);
            assertThat(browser.await(By.id("kb-status")).getText()).isEqualTo("1 article found");
            browser.screenshot("public-05-search-title-with-override");

            browser.select(By.id("ui-language"), "nl");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("kb-status")).getText().equals("1 artikel gevonden"));
            browser.select(By.id("ui-language"), "uk");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("kb-status")).getText().equals("Знайдено 1 статтю"));
        }
    }

    @Test
    void anArticleThatDoesNotExistSaysSoInTheReadersLanguageAndOffersTheSearch() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/article.html?ui=uk&id=" + NO_SUCH_ARTICLE);
            WebElement missing = browser.await(By.id("article-missing"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("uk");
            assertThat(missing.getText())
                    .contains("Цієї статті немає")
                    .doesNotContain("does not exist")
                    .doesNotContain("article.missing");
            assertThat(browser.driver().findElements(By.cssSelector("button.retry")))
                    .as("a missing article does not come back by trying again")
                    .isEmpty();
            assertThat(browser.await(By.id("article-missing-search")).getAttribute("href"))
                    .endsWith("/kb.html");
            browser.screenshot("public-01-article-missing-uk");

            browser.select(By.id("ui-language"), "nl");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("article-missing"))
                            .getText()
                            .contains("Dit artikel bestaat niet (meer)"));
            assertThat(browser.await(By.id("article-missing")).getText())
                    .doesNotContain("Цієї статті")
                    .doesNotContain("does not exist");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("nl");
            browser.screenshot("public-02-article-missing-nl");

            browser.click(By.id("article-missing-search"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/kb.html"));
            browser.await(By.id("kb-query"));
            browser.screenshot("public-03-search-instead");
        }
    }

    @Test
    void aBadLinkGetsTheStyledNotFoundPageInAllFourLanguages() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/nonexistent.html");
            browser.await(By.id("not-found-uk"));
            List<String> languages = browser.driver().findElements(By.cssSelector("section[lang]")).stream()
                    .map(e -> e.getAttribute("lang"))
                    .toList();
            assertThat(languages).containsExactly("uk", "ru", "nl", "en");
            WebElement card = browser.driver().findElement(By.id("not-found-nl"));
            assertThat(card.getText()).contains("Pagina niet gevonden");
            // wegwijs.css applied: a card has a border and the skip link is moved out of sight until focused
            assertThat(card.getCssValue("border-top-style")).isEqualTo("solid");
            Object skipLinkPosition = ((JavascriptExecutor) browser.driver())
                    .executeScript("return getComputedStyle(document.querySelector('.skip-link')).position;");
            assertThat(skipLinkPosition).isEqualTo("absolute");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#not-found-uk a[href^='/kb.html']"))
                            .getAttribute("href"))
                    .contains("/kb.html?ui=uk");
            browser.screenshot("public-04-not-found");
        }
    }
}
