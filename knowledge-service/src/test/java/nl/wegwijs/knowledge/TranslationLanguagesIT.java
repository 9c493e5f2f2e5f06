package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every translation of a draft and an article is in its own language, and readers are told when the one
 * they read may be out of date (from an outside audit with its own data in uk, ru, nl and en).
 */
@ServiceIT
@SuppressWarnings("unchecked")
class TranslationLanguagesIT {

    static final String QUESTION = "Чи можу я орендувати житло самостійно, якщо живу в гемеентному прихистку?";
    static final String DUTCH_ANSWER = "Ja, dat mag. U kunt zelf een woning huren, ook als u nu in de gemeentelijke"
            + " opvang woont. Meld uw nieuwe adres bij de gemeente; het leefgeld stopt als u eigen inkomsten heeft.";

    @LocalServerPort
    int port;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    @Test
    void aQuestionAnsweredInAnotherLanguageGivesNoTranslationAWrongLanguageTitleAndIsNotPublishedUntitled() {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(ticket, QUESTION, "uk", DUTCH_ANSWER, "nl", null);

        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);

        assertThat(draft.get("questionCount"))
                .as("a draft of its own: %s", draft)
                .isEqualTo(1);
        assertThat(draft.get("language")).isEqualTo("nl");
        Map<String, Map<String, Object>> translations = (Map<String, Map<String, Object>>) draft.get("translations");
        assertThat(translations.get("nl"))
                .as("the answer, with the Dutch title left for the editor to write")
                .containsEntry("title", "")
                .containsEntry("body", DUTCH_ANSWER)
                .containsEntry("outdated", false);
        assertThat(translations.get("uk"))
                .as("the question's title in its own language, marked as needing work")
                .containsEntry("title", QUESTION)
                .containsEntry("body", "")
                .containsEntry("outdated", true);
        assertThat(draft.get("title")).as("what lists show meanwhile").isEqualTo(QUESTION);

        var asIs = knowledge.post("/api/knowledge/drafts/" + draft.get("id") + "/publish", null);

        assertThat(asIs.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) asIs.get("errors"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("field")).isEqualTo("translations.nl.title");
                    assertThat((String) e.get("message")).contains("write a title", "uk");
                });
        assertThat(knowledge.draft(draft.get("id")).get("status")).isEqualTo("OPEN");

        String dutchTitle = "Zelf een woning huren als u in de gemeentelijke opvang woont";
        assertThat(knowledge
                        .put(
                                "/api/knowledge/drafts/" + draft.get("id"),
                                Map.of("translations", Map.of("nl", Map.of("title", dutchTitle, "body", DUTCH_ANSWER))))
                        .status())
                .isEqualTo(200);
        var published = knowledge.post("/api/knowledge/drafts/" + draft.get("id") + "/publish", null);

        assertThat(published.status()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) published.get("warnings"))
                .as("the question's translation has no body yet: left out, and said so")
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.get("field")).isEqualTo("translations.uk");
                    assertThat((String) w.get("message")).contains("not published");
                });
        String articleId = published.val("articleId");
        for (String lang : List.of("uk", "nl", "ru", "en")) {
            var shown = publicArticle(articleId, lang);
            assertThat(shown.get("title")).as(lang).isEqualTo(dutchTitle);
            assertThat(shown.get("language")).as(lang).isEqualTo("nl");
            assertThat(shown.get("languages")).as(lang).isEqualTo(List.of("nl"));
        }
    }

    @Test
    void aCyrillicTitleInADutchTranslationIsNotPublished() {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "Where can I moor a houseboat overnight in Zwolle?",
                "en",
                "Zwolle has visitor moorings at the Thorbeckegracht; pay at the harbour office.",
                "en",
                null);
        Object id = knowledge.awaitDraftOf(ticket).get("id");
        // as every draft of a question in another language than its answer was titled before the audit
        knowledge.put(
                "/api/knowledge/drafts/" + id,
                Map.of(
                        "translations",
                        Map.of(
                                "nl",
                                Map.of(
                                        "title",
                                        "Де можна пришвартувати плавучий будинок у Зволле?",
                                        "body",
                                        "In Zwolle zijn passantenplaatsen aan de Thorbeckegracht."))));

        var publish = knowledge.post("/api/knowledge/drafts/" + id + "/publish", null);

        assertThat(publish.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) publish.get("errors"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("field")).isEqualTo("translations.nl.title");
                    assertThat((String) e.get("message")).contains("Cyrillic", "Dutch");
                });
        assertThat(knowledge.draft(id).get("status")).isEqualTo("OPEN");
    }

    @Test
    void afterTheSourceChangesTheOtherTranslationsAreServedMarkedAsPossiblyOutOfDate() {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "Hoe vraag ik een parkeervergunning aan voor de binnenstad van Deventer?",
                "nl",
                "Vraag de parkeervergunning aan via de website van de gemeente Deventer.",
                "nl",
                null);
        Object draftId = knowledge.awaitDraftOf(ticket).get("id");
        knowledge.put(
                "/api/knowledge/drafts/" + draftId,
                Map.of(
                        "translations",
                        Map.of(
                                "uk",
                                Map.of(
                                        "title",
                                        "Як отримати дозвіл на паркування в центрі Девентера?",
                                        "body",
                                        "Подайте заяву на сайті гемеенте Девентер."),
                                "ru",
                                Map.of(
                                        "title",
                                        "Как получить разрешение на парковку в центре Девентера?",
                                        "body",
                                        "Подайте заявку на сайте муниципалитета Девентер."),
                                "en",
                                Map.of(
                                        "title",
                                        "Applying for a parking permit in Deventer's city centre",
                                        "body",
                                        "Apply on the website of the municipality of Deventer."))));
        var published = knowledge.post("/api/knowledge/drafts/" + draftId + "/publish", null);
        assertThat(published.get("outdatedLanguages")).isEqualTo(List.of());
        assertThat(published.get("warnings")).isEqualTo(List.of());
        String articleId = published.val("articleId");
        assertThat(publicArticle(articleId, "uk").get("outdated")).isEqualTo(false);

        var edited = knowledge.put(
                "/api/knowledge/articles/" + articleId,
                Map.of(
                        "translations",
                        Map.of(
                                "nl",
                                Map.of(
                                        "title",
                                        "Hoe vraag ik een parkeervergunning aan voor de binnenstad van Deventer?",
                                        "body",
                                        "Vraag de parkeervergunning aan via Mijn Deventer; bewoners krijgen er één"
                                                + " per huishouden."))));

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.get("outdatedLanguages")).isEqualTo(List.of("en", "ru", "uk"));
        assertThat((List<Map<String, Object>>) edited.get("warnings"))
                .extracting(w -> w.get("field"))
                .containsExactly("translations.en", "translations.ru", "translations.uk");
        assertThat(knowledge.get("/api/knowledge/articles/" + articleId).get("outdatedLanguages"))
                .as("the staff detail agrees with the list")
                .isEqualTo(List.of("en", "ru", "uk"));
        List<Map<String, Object>> listed =
                knowledge.get("/api/knowledge/articles?size=100").val("items");
        assertThat(listed)
                .filteredOn(a -> a.get("id").equals(articleId))
                .singleElement()
                .satisfies(a -> assertThat(a.get("outdatedLanguages")).isEqualTo(List.of("en", "ru", "uk")));

        var ukrainian = publicArticle(articleId, "uk");
        assertThat(ukrainian.get("title")).isEqualTo("Як отримати дозвіл на паркування в центрі Девентера?");
        assertThat(ukrainian.get("outdated")).isEqualTo(true);
        assertThat(ukrainian.get("sourceLanguage")).isEqualTo("nl");
        OffsetDateTime sourceChanged = OffsetDateTime.parse((String) ukrainian.get("sourceUpdatedAt"));
        assertThat(sourceChanged)
                .as("when the Dutch text changed")
                .isAfter(OffsetDateTime.parse((String) knowledge
                                .get("/api/knowledge/articles/" + articleId)
                                .get("publishedAt"))
                        .minusNanos(1));
        assertThat(publicArticle(articleId, "nl").get("outdated")).isEqualTo(false);
        assertThat(publicArticle(articleId, "nl").get("sourceUpdatedAt")).isEqualTo(ukrainian.get("sourceUpdatedAt"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(knowledge.search("дозвіл на паркування Девентер", "uk"))
                        .filteredOn(hit -> hit.get("articleId").equals(articleId))
                        .singleElement()
                        .satisfies(hit -> assertThat(hit.get("outdated")).isEqualTo(true)));

        var translated = knowledge.put(
                "/api/knowledge/articles/" + articleId,
                Map.of(
                        "translations",
                        Map.of(
                                "uk",
                                Map.of(
                                        "title",
                                        "Як отримати дозвіл на паркування в центрі Девентера?",
                                        "body",
                                        "Подайте заяву через Mijn Deventer; мешканці отримують один дозвіл на"
                                                + " домогосподарство."))));
        assertThat(translated.get("outdatedLanguages")).isEqualTo(List.of("en", "ru"));
        assertThat(publicArticle(articleId, "uk").get("outdated")).isEqualTo(false);
        assertThat(publicArticle(articleId, "uk").get("sourceUpdatedAt")).isEqualTo(ukrainian.get("sourceUpdatedAt"));
    }

    @Test
    void publishingADraftWithAnOutdatedTranslationSaysSoAndReadersSeeIt() {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "Where can I borrow a sewing machine in Apeldoorn?",
                "en",
                "The Apeldoorn library lends sewing machines.",
                "en",
                null);
        Object draftId = knowledge.awaitDraftOf(ticket).get("id");
        knowledge.put(
                "/api/knowledge/drafts/" + draftId,
                Map.of(
                        "translations",
                        Map.of(
                                "nl",
                                Map.of(
                                        "title",
                                        "Een naaimachine lenen in Apeldoorn",
                                        "body",
                                        "De bibliotheek van Apeldoorn leent naaimachines uit."))));
        knowledge.put(
                "/api/knowledge/drafts/" + draftId,
                Map.of(
                        "translations",
                        Map.of(
                                "en",
                                Map.of(
                                        "title",
                                        "Borrowing a sewing machine in Apeldoorn",
                                        "body",
                                        "The Apeldoorn library and two repair cafes lend sewing machines."))));

        var published = knowledge.post("/api/knowledge/drafts/" + draftId + "/publish", null);

        assertThat(published.status()).isEqualTo(200);
        assertThat(published.get("outdatedLanguages")).isEqualTo(List.of("nl"));
        assertThat((List<Map<String, Object>>) published.get("warnings"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.get("field")).isEqualTo("translations.nl");
                    assertThat((String) w.get("message")).contains("out of date");
                });
        assertThat(publicArticle(published.val("articleId"), "nl").get("outdated"))
                .isEqualTo(true);
    }

    private Knowledge.Response publicArticle(String articleId, String lang) {
        var response = knowledge.call(
                "GET",
                "/api/public/kb/articles/" + articleId + "?lang=" + lang,
                TestTokens.bearer("public", "PUBLIC"),
                null);
        assertThat(response.status()).isEqualTo(200);
        return response;
    }
}
