package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From an outside audit: a person's name reached a published article through the draft's title (the asker
 * introducing themselves) and body (the staff answer's salutation), and publishing warned about nothing.
 */
@ServiceIT
@SuppressWarnings("unchecked")
class NamesInArticlesIT {

    @LocalServerPort
    int port;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    private Map<String, Object> ownDraft(String question, String qLang, String answer, String aLang) {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(ticket, question, qLang, answer, aLang, null);
        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        assertThat(draft.get("questionCount"))
                .as("a draft of its own: %s", draft)
                .isEqualTo(1);
        return draft;
    }

    private static Map<String, Object> translation(Map<String, Object> draft, String language) {
        return ((Map<String, Map<String, Object>>) draft.get("translations")).get(language);
    }

    private List<Object> articlesFound(String q, String lang) {
        return knowledge.search(q, lang).stream()
                .map(hit -> hit.get("articleId"))
                .toList();
    }

    @Test
    void theAskersIntroductionIsNoTitleTheAnswersSalutationIsNoBodyAndTheNameIsNotFoundAfterPublishing() {
        Map<String, Object> draft = ownDraft(
                "Mykola Hrytsenko uit Kyiv. Hoe krijg ik een gehandicaptenparkeerkaart?",
                "nl",
                "Beste Mykola, een gehandicaptenparkeerkaart vraagt u aan bij de gemeente; er volgt een medische"
                        + " keuring.",
                "nl");

        assertThat(draft.get("title")).isEqualTo("Hoe krijg ik een gehandicaptenparkeerkaart?");
        assertThat(translation(draft, "nl"))
                .containsEntry("title", "Hoe krijg ik een gehandicaptenparkeerkaart?")
                .containsEntry(
                        "body",
                        "Een gehandicaptenparkeerkaart vraagt u aan bij de gemeente; er volgt een medische keuring.");
        assertThat(draft.toString()).doesNotContain("Mykola", "Hrytsenko");
        assertThat((List<?>) draft.get("personalDataWarnings")).isEmpty();

        var published = knowledge.post("/api/knowledge/drafts/" + draft.get("id") + "/publish", null);

        assertThat(published.status()).isEqualTo(200);
        Object articleId = published.get("articleId");
        assertThat(articlesFound("gehandicaptenparkeerkaart", "nl")).contains(articleId);
        assertThat(articlesFound("Mykola", "nl")).doesNotContain(articleId);
        assertThat(articlesFound("Mykola Hrytsenko", null)).doesNotContain(articleId);
        assertThat(knowledge.get("/api/knowledge/articles/" + articleId).body().toString())
                .doesNotContain("Mykola", "Hrytsenko");
    }

    @Test
    void anEnglishIntroductionWithHereAndASignOffWithTheStaffNameStayOut() {
        Map<String, Object> draft = ownDraft(
                "Svitlana Kravets here. Where can my grandmother borrow a wheelchair for a week?",
                "en",
                "Dear Svitlana,\n\nThe thuiszorgwinkel lends wheelchairs for a few weeks; your GP can refer you."
                        + "\n\nKind regards,\nAnna (Wegwijs)",
                "en");

        assertThat(translation(draft, "en"))
                .containsEntry("title", "Where can my grandmother borrow a wheelchair for a week?")
                .containsEntry("body", "The thuiszorgwinkel lends wheelchairs for a few weeks; your GP can refer you.");
        assertThat(draft.toString()).doesNotContain("Svitlana", "Kravets", "Anna");
    }

    @Test
    void aUkrainianSignOffInTheQuestionAndTheVocativeInTheAnswerStayOut() {
        Map<String, Object> draft = ownDraft(
                "Де можна позичити інвалідний візок на тиждень для бабусі? Дякую, Олег Бондар",
                "uk",
                "Шановний Олеже, інвалідний візок можна позичити в thuiszorgwinkel на кілька тижнів.\nЗ повагою,"
                        + " Олена",
                "uk");

        assertThat(translation(draft, "uk"))
                .containsEntry("title", "Де можна позичити інвалідний візок на тиждень для бабусі?")
                .containsEntry("body", "Інвалідний візок можна позичити в thuiszorgwinkel на кілька тижнів.");
        assertThat(draft.toString()).doesNotContain("Олег", "Бондар", "Олена");

        Object articleId = knowledge.publish(draft.get("id"));

        assertThat(articlesFound("Олеже", "uk")).doesNotContain(articleId);
        assertThat(articlesFound("Олег Бондар", "uk")).doesNotContain(articleId);
    }

    @Test
    void namesAnEditorTypesIntoAnyTranslationAreWarnedAboutInTheDraftAndWhenPublished() {
        Map<String, Object> draft = ownDraft(
                "Where can I hire a tandem bicycle in Alkmaar?",
                "en",
                "A bicycle shop near Alkmaar station rents tandems by the day.",
                "en");
        Map<String, Object> translations = new LinkedHashMap<>();
        translations.put(
                "en",
                Map.of(
                        "title",
                        "Tandem bicycles in Alkmaar",
                        "body",
                        "Dear Anna, a bicycle shop near Alkmaar station rents tandems by the day."));
        translations.put(
                "nl",
                Map.of(
                        "title",
                        "Mykola Hrytsenko uit Kyiv.",
                        "body",
                        "Een fietsenwinkel bij station Alkmaar verhuurt tandems.\nMet vriendelijke groet, Sanne"));
        var edited = knowledge.put("/api/knowledge/drafts/" + draft.get("id"), Map.of("translations", translations));
        assertThat(edited.status()).isEqualTo(200);
        List<Map<String, Object>> expected = List.of(
                Map.of("field", "translations.en.body", "kind", "NAME"),
                Map.of("field", "translations.nl.title", "kind", "NAME"),
                Map.of("field", "translations.nl.body", "kind", "NAME"));
        assertThat((List<Map<String, Object>>) edited.get("personalDataWarnings"))
                .containsExactlyInAnyOrderElementsOf(expected);

        var published = knowledge.post("/api/knowledge/drafts/" + draft.get("id") + "/publish", null);

        assertThat(published.status()).as("names are pointed out, not refused").isEqualTo(200);
        assertThat((List<Map<String, Object>>) published.get("personalDataWarnings"))
                .containsExactlyInAnyOrderElementsOf(expected);
        List<Map<String, Object>> warnings = published.val("warnings");
        assertThat(warnings)
                .extracting(w -> w.get("field"))
                .contains("translations.en.body", "translations.nl.title", "translations.nl.body");
        assertThat(warnings)
                .filteredOn(w -> "translations.nl.title".equals(w.get("field")))
                .singleElement()
                .satisfies(w -> assertThat((String) w.get("message")).contains("NAME"));
        assertThat(published.body().toString()).doesNotContain("Mykola", "Anna", "Sanne");
    }
}
