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

/** Editors type and paste before publishing: identifiers of one person are refused, the rest pointed out. */
@ServiceIT
@SuppressWarnings("unchecked")
class PersonalDataAtPublishIT {

    @LocalServerPort
    int port;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    private Object newDraft(String question, String answer) {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(ticket, question, "en", answer, "en", null);
        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        assertThat(draft.get("questionCount"))
                .as("a draft of its own: %s", draft)
                .isEqualTo(1);
        return draft.get("id");
    }

    private static Map<String, Object> translation(String title, String body) {
        return Map.of("title", title, "body", body);
    }

    @Test
    void aDraftWithABsnOrAnIbanTypedIntoAnyTranslationIsNotPublishedAndStaysAsItWas() {
        Object id = newDraft(
                "Where can I have my kitchen knives sharpened in Houten?",
                "A knife grinder works in the Houten shopping centre on Fridays.");
        Map<String, Object> translations = new LinkedHashMap<>();
        translations.put(
                "en",
                translation(
                        "Knife sharpening in Houten",
                        "A knife grinder works in the shopping centre. Give him your BSN, e.g. 111 222 333."));
        translations.put(
                "uk",
                translation("Заточування ножів, рахунок NL91ABNA0417164300", "Точильник ножів працює в Хаутені."));
        assertThat(knowledge
                        .put("/api/knowledge/drafts/" + id, Map.of("translations", translations))
                        .status())
                .isEqualTo(200);
        Map<String, Object> before = knowledge.draft(id);

        var publish = knowledge.post("/api/knowledge/drafts/" + id + "/publish", null);

        assertThat(publish.status()).isEqualTo(400);
        assertThat((String) publish.get("type")).endsWith("/invalid-request");
        List<Map<String, Object>> errors = publish.val("errors");
        assertThat(errors)
                .extracting(e -> e.get("field"))
                .containsExactly("translations.en.body", "translations.uk.title");
        assertThat((String) errors.get(0).get("message")).contains("BSN");
        assertThat((String) errors.get(1).get("message")).contains("IBAN");
        assertThat(publish.body().toString()).doesNotContain("111 222 333", "111222333", "0417164300");
        Map<String, Object> after = knowledge.draft(id);
        assertThat(after.get("status")).isEqualTo("OPEN");
        assertThat(after.get("articleId")).isNull();
        assertThat(after.get("translations")).isEqualTo(before.get("translations"));
        assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
    }

    @Test
    void helplinesAndOfficeAddressesArePublishedAfterTheDraftDetailPointedThemOutByFieldAndKind() {
        Object id = newDraft(
                "Who can help me fill in the form for a rent allowance in Gouda?",
                "The social counter in Gouda helps with the rent allowance form.");
        Map<String, Object> translations = new LinkedHashMap<>();
        translations.put(
                "en",
                translation(
                        "Help with the rent allowance form in Gouda",
                        "The social counter at Burgemeester Jamessingel 1 helps; call 0182 588 588 or mail"
                                + " sociaalloket@gouda.nl."));
        translations.put("nl", translation("Hulp bij de huurtoeslag", "Mijn naam is Sanne en ik help u graag."));
        Map<String, Object> edited = knowledge
                .put("/api/knowledge/drafts/" + id, Map.of("translations", translations))
                .body();

        assertThat((List<Map<String, Object>>) edited.get("personalDataWarnings"))
                .containsExactlyInAnyOrder(
                        Map.of("field", "translations.en.body", "kind", "EMAIL"),
                        Map.of("field", "translations.en.body", "kind", "PHONE"),
                        Map.of("field", "translations.en.body", "kind", "ADDRESS"),
                        Map.of("field", "translations.nl.body", "kind", "NAME"));
        assertThat(knowledge.draft(id).get("personalDataWarnings")).isEqualTo(edited.get("personalDataWarnings"));
        assertThat(edited.get("personalDataWarnings").toString())
                .as("kinds, never the values")
                .doesNotContain("588", "gouda.nl", "Sanne");

        var publish = knowledge.post("/api/knowledge/drafts/" + id + "/publish", null);

        assertThat(publish.status()).isEqualTo(200);
        var article = knowledge.get("/api/knowledge/articles/" + publish.val("articleId"));
        assertThat(article.body().toString()).contains("0182 588 588", "sociaalloket@gouda.nl");
        assertThat((List<?>) article.val("personalDataWarnings")).hasSize(4);
    }

    @Test
    void anEditThatPutsAnIbanIntoAPublishedArticleIsRefusedAndTheArticleKeepsItsVersion() {
        Object id = newDraft(
                "Does the food bank in Zeist deliver parcels at home?",
                "The Zeist food bank delivers parcels to people who cannot come.");
        String articleId = knowledge.publish(id);
        Map<String, Object> before =
                knowledge.get("/api/knowledge/articles/" + articleId).body();

        var edit = knowledge.put(
                "/api/knowledge/articles/" + articleId,
                Map.of(
                        "translations",
                        Map.of(
                                "en",
                                translation(
                                        "Food parcels at home in Zeist",
                                        "Donations to NL91 ABNA 0417 1643 00 are welcome."))));

        assertThat(edit.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) edit.val("errors"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("field")).isEqualTo("translations.en.body"));
        assertThat(edit.body().toString()).doesNotContain("0417");
        Map<String, Object> after =
                knowledge.get("/api/knowledge/articles/" + articleId).body();
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.get("translations")).isEqualTo(before.get("translations"));
    }
}
