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
