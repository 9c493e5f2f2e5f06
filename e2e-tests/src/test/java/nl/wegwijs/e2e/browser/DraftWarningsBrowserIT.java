package nl.wegwijs.e2e.browser;

import static nl.wegwijs.e2e.Gateway.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import nl.wegwijs.e2e.Gateway;
import nl.wegwijs.e2e.RunningPlatform;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * An editor writes a passport number, a birth date and a Telegram handle into a draft: the editor names
 * each kind in the page's language (never the service's raw kind), marks the document number as refused,
 * and publishing is indeed refused. A screenshot per language.
 */
@ExtendWith(RunningPlatform.class)
class DraftWarningsBrowserIT {

    private static final String BODY =
            "Paspoort kwijt? Vraag een nieuw aan bij de ambassade. Voorbeeld: paspoort NW92BD4C1,"
                    + " geboren op 12-03-1985. Vragen? Schrijf via Telegram naar @olena_kovalenko_88.";

    /** The label of each kind in en, uk and nl. */
    private static final Map<String, String[]> LABELS = Map.of(
            "DOCUMENT",
            new String[] {
                "document number (passport, ID card or residence document)",
                "номер документа (паспорт, ID-картка чи посвідка на проживання)",
                "documentnummer (paspoort, ID-kaart of verblijfsdocument)"
            },
            "DATE",
            new String[] {
                "date (probably a date of birth)",
                "дата (імовірно, дата народження)",
                "datum (waarschijnlijk een geboortedatum)"
            },
            "HANDLE",
            new String[] {
                "social media handle or profile link",
                "акаунт або посилання на профіль у соцмережах",
                "account of profiellink op sociale media"
            });

    @Test
    void documentNumbersBirthDatesAndHandlesAreNamedInThePagesLanguageAndDocumentNumbersAreRefused() throws Exception {
        String draftId = aDraftAboutPets();
        try (Browser browser = Browser.open()) {
            browser.signIn("editor");
            browser.go("/staff/draft.html?ui=en&id=" + draftId);
            browser.await(By.id("save-draft"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("save-draft")).isEnabled());
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "for (const [id, value] of [['tr-nl-title', arguments[0]], ['tr-nl-body', arguments[1]]]) {"
                                    + " const e = document.getElementById(id); e.value = value;"
                                    + " e.dispatchEvent(new Event('input', {bubbles: true})); }",
                            "Huisdieren in de opvang",
                            BODY);
            browser.click(By.id("save-draft"));
            browser.await(By.cssSelector("#personal-data-warnings li[data-kind='DOCUMENT']"));

            assertLabels(browser, 0, "publishing is refused");
            browser.screenshot("draft-01-personal-data-en");

            browser.select(By.id("ui-language"), "uk");
            assertLabels(browser, 1, "публікацію буде відхилено");
            browser.screenshot("draft-02-personal-data-uk");

            browser.select(By.id("ui-language"), "nl");
            assertLabels(browser, 2, "publiceren wordt geweigerd");
            browser.screenshot("draft-03-personal-data-nl");

            browser.click(By.id("publish"));
            browser.await(By.cssSelector("#draft-alert .alert.error"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "true".equals(d.findElement(By.id("tr-nl-body")).getAttribute("aria-invalid")));
            assertThat(browser.driver().findElements(By.id("published-article")))
                    .isEmpty();
            assertThat(Gateway.get("/api/knowledge/drafts/" + draftId, Gateway.tokenFor("editor"))
                            .json()
                            .get("status")
                            .asString())
                    .isNotEqualTo("PUBLISHED");
            browser.screenshot("draft-04-publishing-refused");
        }
    }

    private static void assertLabels(Browser browser, int language, String refused) {
        for (var kind : LABELS.entrySet()) {
            By item = By.cssSelector("#personal-data-warnings li[data-kind='" + kind.getKey() + "']");
            String label = kind.getValue()[language];
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(item).getText().contains(label));
            String text = browser.driver().findElement(item).getText();
            if (kind.getKey().equals("DOCUMENT")) {
                assertThat(text).contains(refused);
            } else {
                assertThat(text).doesNotContain(refused);
            }
        }
        for (WebElement kind : browser.driver().findElements(By.cssSelector("#personal-data-warnings li strong"))) {
            assertThat(kind.getText()).as("never a raw kind name").doesNotMatch("[A-Z_]+");
        }
    }

    /** A question about pets, answered: a draft nothing else in these tests publishes. */
    private static String aDraftAboutPets() {
        Gateway.Reply asked = Gateway.post(
                "/api/public/questions",
                "{\"text\":" + quote("Чи можна жити з котом у місці для тимчасового проживання біженців?") + "}",
                null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String ticketId = asked.json().get("ticketId").asString();
        Gateway.Reply answered = Gateway.post(
                "/api/helpdesk/tickets/" + ticketId + "/answer",
                "{\"text\":" + quote("Huisdieren zijn welkom in de meeste opvanglocaties; vraag het de locatie.")
                        + ",\"language\":\"nl\"}",
                Gateway.tokenFor("agent"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        String editor = Gateway.tokenFor("editor");
        return Awaitility.await("a draft holding ticket " + ticketId)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> draftWith(ticketId, editor), id -> id != null);
    }

    private static String draftWith(String ticketId, String editor) {
        Gateway.Reply list = Gateway.get("/api/knowledge/drafts?size=100", editor);
        if (list.status() != 200) {
            return null;
        }
        for (JsonNode item : list.json().get("items")) {
            String id = item.get("id").asString();
            Gateway.Reply detail = Gateway.get("/api/knowledge/drafts/" + id, editor);
            for (JsonNode question : detail.json().path("questions")) {
                if (ticketId.equals(question.path("ticketId").asString())) {
                    return id;
                }
            }
        }
        return null;
    }
}
