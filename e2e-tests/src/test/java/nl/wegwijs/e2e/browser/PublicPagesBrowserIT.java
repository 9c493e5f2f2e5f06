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
 * The public pages where something is not there, as a newcomer's browser shows them: an article that does
 * not exist says so in the reader's language (and follows a language switch) with the search instead of a
 * useless "try again"; a bad link gets the four-language 404 page, styled. Screenshots under
 * target/screenshots.
 */
@ExtendWith(RunningPlatform.class)
class PublicPagesBrowserIT {

    private static final String NO_SUCH_ARTICLE = "00000000-0000-0000-0000-000000000000";

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
