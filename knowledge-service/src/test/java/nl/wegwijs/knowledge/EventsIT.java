package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIT
@SuppressWarnings("unchecked")
class EventsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    @Test
    void everyEventItProducesMatchesItsSchemaAndAnalyticsCarryNoFreeText() {
        UUID first = UUID.randomUUID();
        String answer = "The library in Haarlem lends board games for two weeks with a library card.";
        Knowledge.answer(first, "Can I borrow board games from the library in Haarlem?", "en", answer, "en", "leisure");
        Object draftId = knowledge.awaitDraftOf(first).get("id");
        UUID second = UUID.randomUUID();
        Knowledge.answer(second, "Does the Haarlem library lend board games?", "en", answer, "en", "leisure");
        assertThat(knowledge.awaitDraftOf(second).get("id"))
                .as("grouped with the first")
                .isEqualTo(draftId);
        String articleId = knowledge.publish(draftId);
        knowledge.put(
                "/api/knowledge/articles/" + articleId,
                Map.of(
                        "translations",
                        Map.of(
                                "en",
                                Map.of(
                                        "title",
                                        "Board games from the library",
                                        "body",
                                        answer + " Bring your library card."))));
        knowledge.post("/api/knowledge/articles/" + articleId + "/retire", null);

        for (String type : List.of("DraftCreated", "QuestionGrouped")) {
            EventSchemas.assertConforms(TopicProbe.await(
                    "knowledge.draft.v1",
                    r -> r.header("ce_type").equals("nl.wegwijs.knowledge." + type)
                            && r.key().equals(draftId.toString())));
        }
        for (String type : List.of("DraftPublished", "ArticleUpdated", "ArticleRetired")) {
            TopicProbe.Seen seen = TopicProbe.await(
                    "knowledge.article.v1",
                    r -> r.header("ce_type").equals("nl.wegwijs.knowledge." + type)
                            && r.key().equals(articleId));
            EventSchemas.assertConforms(seen);
            assertThat(seen.header("ce_source")).isEqualTo("/wegwijs/knowledge-service");
        }
        for (String type : List.of("DraftCreated", "QuestionGrouped", "ArticlePublished", "ArticleRetired")) {
            TopicProbe.Seen seen = TopicProbe.await(
                    "analytics.knowledge.v1",
                    r -> r.header("ce_type").equals("nl.wegwijs.analytics.knowledge." + type)
                            && (r.key().equals(draftId.toString()) || r.key().equals(articleId)));
            EventSchemas.assertConforms(seen);
            assertThat(seen.value()).doesNotContain("board", "Haarlem", "library");
        }
    }

    @Test
    void aPersonsErasureRemovesTheirQuestionTextFromDraftsAndAReplayedAnswerDoesNotBringItBack() {
        UUID ticket = UUID.randomUUID();
        String answered = Knowledge.answeredJson(
                ticket,
                "Where can my grandmother learn to use a tablet computer in Zwolle?",
                "en",
                "The library in Zwolle runs digital help sessions for seniors.",
                "en",
                null);
        TopicProbe.sendEvent(Knowledge.TICKET_TOPIC, Knowledge.ANSWERED, ticket.toString(), answered);
        Object draftId = knowledge.awaitDraftOf(ticket).get("id");
        erase(ticket);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> draft = knowledge.draft(draftId);
            Map<String, Object> q = ((List<Map<String, Object>>) draft.get("questions")).getFirst();
            assertThat(q.get("text")).isNull();
            assertThat(q.get("erased")).isEqualTo(true);
            assertThat(draft.toString()).doesNotContain("grandmother");
            assertThat(draft.get("questionCount")).isEqualTo(1);
        });

        String replay = TopicProbe.sendEvent(Knowledge.TICKET_TOPIC, Knowledge.ANSWERED, ticket.toString(), answered);
        awaitProcessed(replay);

        assertThat(knowledge.draft(draftId).toString()).doesNotContain("grandmother");
        assertThat(questionsContaining("grandmother")).isZero();
    }

    @Test
    void anErasureProcessedBeforeTheAnswerKeepsThatQuestionOutOfEveryDraft() {
        UUID ticket = UUID.randomUUID();
        erase(ticket);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from erased_ticket where ticket_id = :id")
                                .param("id", ticket)
                                .query(Long.class)
                                .single())
                        .as("the erasure is remembered although no question of that ticket is stored")
                        .isEqualTo(1));

        String late = Knowledge.answer(
                ticket,
                "My name is Iryna Bondarenko, can my nephew join the rowing club in Deventer?",
                "en",
                "Iryna, the rowing club in Deventer has a youth section; your nephew can try a free lesson.",
                "en",
                null);
        awaitProcessed(late);

        assertThat(knowledge.get("/api/knowledge/drafts?ticketId=" + ticket).<List<?>>val("items"))
                .isEmpty();
        assertThat(questionsContaining("rowing club in Deventer")).isZero();
        assertThat(jdbc.sql("select count(*) from draft_translation where title like '%rowing club%'"
                                + " or body like '%rowing club%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anErasureTakesTheTicketsUneditedTitleAndAnswerOutOfEveryUnpublishedDraftThatCopiedThem() {
        UUID erased = UUID.randomUUID();
        String erasedAnswer =
                "The Leusden model railway club meets on Saturday mornings.\nNewcomers may bring their own trains.";
        Knowledge.answer(
                erased, "Is there a model railway club in Leusden for my son?", "en", erasedAnswer, "en", null);
        Object first = ownDraftOf(erased);
        UUID kept = UUID.randomUUID();
        Knowledge.answer(
                kept,
                "Where do beekeepers in Veenendaal sell honey?",
                "en",
                "Veenendaal beekeepers sell honey at the Thursday market.",
                "en",
                null);
        Object second = ownDraftOf(kept);
        assertThat(second).as("not grouped").isNotEqualTo(first);
        // an editor merges the two, then splits the erased ticket out again: both drafts now hold its text
        assertThat(knowledge
                        .post("/api/knowledge/drafts/" + first + "/merge", Map.of("draftId", second))
                        .status())
                .isEqualTo(200);
        Object splitOut = knowledge
                .post("/api/knowledge/drafts/" + first + "/split", Map.of("ticketIds", List.of(erased.toString())))
                .get("draftId");
        // saved unchanged from a browser (line endings normalised): not an edit
        var resaved = knowledge.put(
                "/api/knowledge/drafts/" + splitOut,
                Map.of(
                        "translations",
                        Map.of(
                                "en",
                                Map.of(
                                        "title",
                                        "Is there a model railway club in Leusden for my son?",
                                        "body",
                                        erasedAnswer.replace("\n", "\r\n")))));
        assertThat(resaved.status()).isEqualTo(200);

        erase(erased);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> en = english(splitOut);
            assertThat(en.get("title")).isEqualTo("(question removed at the person's request)");
            assertThat(en.get("body")).isEqualTo("");
        });
        assertThat(english(first))
                .as("the other question of that draft takes the erased one's place")
                .containsEntry("title", "Where do beekeepers in Veenendaal sell honey?")
                .containsEntry("body", "Veenendaal beekeepers sell honey at the Thursday market.");
        assertThat(jdbc.sql("select count(*) from draft_translation where title like '%railway%'"
                                + " or body like '%railway%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anErasureLeavesWhatAnEditorWroteInAnUnpublishedDraft() {
        UUID ticket = UUID.randomUUID();
        String question = "Where can my daughter learn archery in Nieuwegein?";
        Knowledge.answer(
                ticket,
                question,
                "en",
                "The Nieuwegein archery association has a youth group; the first month is free.",
                "en",
                null);
        Object id = ownDraftOf(ticket);
        String editorsBody = "Archery associations in Nieuwegein take young members; ask about a free trial month.";
        knowledge.put(
                "/api/knowledge/drafts/" + id,
                Map.of(
                        "translations",
                        Map.of(
                                "en", Map.of("title", question, "body", editorsBody),
                                "nl",
                                        Map.of(
                                                "title",
                                                "Handboogschieten in Nieuwegein",
                                                "body",
                                                "Vraag naar een gratis proefmaand."))));
        assertThat(knowledge
                        .post("/api/knowledge/drafts/" + id + "/reject", null)
                        .get("status"))
                .as("rejected drafts may be reopened and published later")
                .isEqualTo("REJECTED");

        erase(ticket);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(english(id).get("title"))
                        .as("the title is still the ticket's question")
                        .isEqualTo("(question removed at the person's request)"));
        Map<String, Map<String, Object>> translations =
                (Map<String, Map<String, Object>>) knowledge.draft(id).get("translations");
        assertThat(translations.get("en").get("body")).isEqualTo(editorsBody);
        assertThat(translations.get("nl"))
                .containsEntry("title", "Handboogschieten in Nieuwegein")
                .containsEntry("body", "Vraag naar een gratis proefmaand.");
    }

    /** The new draft the ticket's question started (grouped with nothing another test left). */
    private Object ownDraftOf(UUID ticket) {
        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        assertThat(draft.get("questionCount"))
                .as("a draft of its own: %s", draft)
                .isEqualTo(1);
        return draft.get("id");
    }

    private Map<String, Object> english(Object draftId) {
        return ((Map<String, Map<String, Object>>) knowledge.draft(draftId).get("translations")).get("en");
    }

    private static void erase(UUID ticket) {
        TopicProbe.sendEvent(
                "helpdesk.person.v1",
                "nl.wegwijs.helpdesk.PersonErased",
                ticket.toString(),
                "{\"ticketId\":\"" + ticket + "\",\"erasedAt\":\"" + OffsetDateTime.now() + "\"}");
    }

    /** Waits until knowledge-service has handled the event (its id is recorded with its effect). */
    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select count(*) from processed_event where consumer = 'knowledge-service'"
                                        + " and event_id = :id")
                                .param("id", eventId)
                                .query(Long.class)
                                .single(),
                        n -> n == 1);
    }

    private long questionsContaining(String text) {
        return jdbc.sql("select count(*) from draft_question where text like :pattern")
                .param("pattern", "%" + text + "%")
                .query(Long.class)
                .single();
    }
}
