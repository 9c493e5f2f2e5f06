package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The acceptance criteria of the knowledge issue, against the real broker and database. */
@ServiceIT
@SuppressWarnings("unchecked")
class AcceptanceIT {

    @LocalServerPort
    int port;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    @Test
    void answeredTicketsInFourLanguagesAboutTheSameThingMakeOneDraftThatIsFoundInAnotherLanguageUntilRetired() {
        String answerNl = "Vraag DigiD aan op digid.nl met uw BSN en adres. U krijgt een activeringscode per brief.";
        String answerEn = "Apply for DigiD on digid.nl with your BSN and address. The activation code comes by post.";
        UUID uk = UUID.randomUUID();
        Knowledge.answer(uk, "Як отримати DigiD для податкової?", "uk", answerNl, "nl", "digital-government");
        Object draftId = knowledge.awaitDraftOf(uk).get("id");
        UUID ru = UUID.randomUUID();
        UUID dutch = UUID.randomUUID();
        UUID en = UUID.randomUUID();
        Knowledge.answer(ru, "Как оформить ДигиД?", "ru", answerEn, "en", "digital-government");
        Knowledge.answer(dutch, "Hoe vraag ik een DigiD aan?", "nl", answerNl, "nl", "digital-government");
        Knowledge.answer(en, "How do I apply for a DigiD login?", "en", answerEn, "en", null);

        for (UUID t : List.of(ru, dutch, en)) {
            assertThat(knowledge.awaitDraftOf(t).get("id")).isEqualTo(draftId);
        }
        Map<String, Object> draft = knowledge.draft(draftId);
        assertThat(draft.get("questionCount")).isEqualTo(4);
        assertThat((List<String>) draft.get("languages")).containsExactlyInAnyOrder("en", "nl", "ru", "uk");
        Map<String, Object> why = (Map<String, Object>)
                ((List<Map<String, Object>>) draft.get("questions")).get(1).get("grouping");
        assertThat((Map<String, Object>) why.get("score")).containsKey("sharedConcepts");

        // asked in Ukrainian, answered in Dutch: the Dutch title is the editor's to write, never the question
        assertThat(((Map<String, Map<String, Object>>) draft.get("translations")).get("nl"))
                .containsEntry("title", "");
        assertThat(knowledge
                        .put(
                                "/api/knowledge/drafts/" + draftId,
                                Map.of(
                                        "translations",
                                        Map.of("nl", Map.of("title", "DigiD aanvragen", "body", answerNl))))
                        .status())
                .isEqualTo(200);
        String articleId = knowledge.publish(draftId);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(knowledge.search("дігід активаційний код", "uk"))
                        .anySatisfy(hit -> assertThat(hit.get("articleId")).isEqualTo(articleId)));
        var hit = knowledge.search("як отримати дігід", "uk").stream()
                .filter(h -> h.get("articleId").equals(articleId))
                .findFirst()
                .orElseThrow();
        assertThat(hit.get("language")).isEqualTo("nl"); // no Ukrainian translation yet: shown in the source language
        assertThat(hit.get("title")).isEqualTo("DigiD aanvragen");
        assertThat((String) hit.get("snippet")).contains("DigiD");

        var article = knowledge.call(
                "GET",
                "/api/public/kb/articles/" + articleId + "?lang=uk",
                nl.wegwijs.testsupport.TestTokens.bearer("public", "PUBLIC"),
                null);
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.get("language")).isEqualTo("nl");
        assertThat((String) article.get("body")).contains("digid.nl");

        knowledge.post("/api/knowledge/articles/" + articleId + "/retire", null);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(knowledge.search("як отримати дігід", "uk"))
                        .noneSatisfy(h -> assertThat(h.get("articleId")).isEqualTo(articleId)));
        assertThat(knowledge
                        .call(
                                "GET",
                                "/api/public/kb/articles/" + articleId,
                                nl.wegwijs.testsupport.TestTokens.bearer("public", "PUBLIC"),
                                null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aHardNegativePairMakesTwoDrafts() {
        UUID health = UUID.randomUUID();
        UUID car = UUID.randomUUID();
        Knowledge.answer(
                health,
                "Where can I get health insurance in the Netherlands?",
                "en",
                "Take out basic health insurance (zorgverzekering) with a Dutch health insurer within four months of starting work.",
                "en",
                "insurance");
        Object healthDraft = knowledge.awaitDraftOf(health).get("id");
        Knowledge.answer(
                car,
                "Where can I get car insurance in the Netherlands?",
                "en",
                "A car with Ukrainian plates needs third party car insurance (WA-verzekering) from an insurer that accepts foreign plates.",
                "en",
                "insurance");
        Object carDraft = knowledge.awaitDraftOf(car).get("id");
        assertThat(carDraft).isNotEqualTo(healthDraft);
        Map<String, Object> why = (Map<String, Object>)
                ((List<Map<String, Object>>) knowledge.draft(carDraft).get("questions"))
                        .getFirst()
                        .get("grouping");
        assertThat(why.get("decision")).isEqualTo("new draft");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID ticket = UUID.randomUUID();
        String body = Knowledge.answeredJson(
                ticket,
                "Hoe krijg ik een huurtoeslag voor mijn kamer?",
                "nl",
                "Huurtoeslag vraagt u aan bij de Belastingdienst met uw DigiD.",
                "nl",
                "money-benefits");
        String eventId = UUID.randomUUID().toString();
        TopicProbe.sendEvent(Knowledge.TICKET_TOPIC, eventId, Knowledge.ANSWERED, ticket.toString(), body);
        Map<String, Object> before = knowledge.awaitDraftOf(ticket);
        TopicProbe.sendEvent(Knowledge.TICKET_TOPIC, eventId, Knowledge.ANSWERED, ticket.toString(), body);
        UUID marker = UUID.randomUUID();
        Knowledge.answer(
                marker,
                "Can I ice skate on the canals this week?",
                "en",
                "Only when the municipality says the ice is safe.",
                "en",
                null);
        knowledge.awaitDraftOf(marker);
        Map<String, Object> after = knowledge.draft(before.get("id"));
        assertThat(after.get("questionCount")).isEqualTo(before.get("questionCount"));
        assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
        assertThat(after.get("questions")).isEqualTo(before.get("questions"));
    }

    @Test
    void aQuestionWithPersonalDataYieldsADraftAndAnArticleWithoutIt() {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "My name is Olena Kovalenko, my phone is +31 6 12345678, e-mail olena.k@example.com, BSN 111222333, "
                        + "IBAN NL91ABNA0417164300. Who pays for my child's swimming diploma lessons?",
                "en",
                "Olena, we called you on 0612345678: the municipality's youth fund can pay swimming lessons; mail olena.k@example.com "
                        + "confirmed, BSN 111222333 and IBAN NL91ABNA0417164300 are not needed.",
                "en",
                null);
        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        String articleId = knowledge.publish(draft.get("id"));
        var article = knowledge.get("/api/knowledge/articles/" + articleId);
        for (String text : List.of(draft.toString(), article.body().toString())) {
            assertThat(text).doesNotContain("Olena");
            assertThat(text)
                    .doesNotContain(
                            "Kovalenko",
                            "12345678",
                            "olena.k@example.com",
                            "111222333",
                            "NL91ABNA0417164300",
                            "0417164300");
        }
        assertThat(draft.toString()).contains("[phone]", "[e-mail]", "[BSN]", "[IBAN]", "[name]");
    }
}
