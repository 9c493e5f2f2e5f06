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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIT
class TicketAnsweredFlowIT {

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
    void anAnsweredTicketBecomesADraftWithTheAnswerAsBodyAndTheQuestionAsTitle() {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "How do I register my cat with the animal shelter?",
                "en",
                "Call the animal shelter and bring the cat's chip number.",
                "en",
                null);

        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);

        assertThat(draft.get("status")).isEqualTo("OPEN");
        assertThat(draft.get("title")).isEqualTo("How do I register my cat with the animal shelter?");
        assertThat(draft.get("questionCount")).isEqualTo(1);
        assertThat(draft.get("languages")).isEqualTo(List.of("en"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> translations = (Map<String, Map<String, Object>>) draft.get("translations");
        assertThat(translations.get("en").get("body"))
                .isEqualTo("Call the animal shelter and bring the cat's chip number.");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) draft.get("questions");
        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.get("ticketId")).isEqualTo(ticket.toString());
            assertThat(q.get("language")).isEqualTo("en");
            assertThat(q.get("text")).isEqualTo("How do I register my cat with the animal shelter?");
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>)
                knowledge.get("/api/knowledge/drafts?status=OPEN&size=100").get("items");
        assertThat(listed).anySatisfy(d -> assertThat(d.get("id")).isEqualTo(draft.get("id")));
        assertThat(listed.stream().map(d -> (Integer) d.get("questionCount")).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aDraftIsTitledByWhatTheQuestionAsksNotByItsGreetingOrTheAskersIntroduction() {
        UUID greeting = UUID.randomUUID();
        Knowledge.answer(
                greeting,
                "Добрий день! Де можна взяти напрокат байдарку в Лейдені? Ми приїхали минулого тижня.",
                "uk",
                "Байдарки дають напрокат біля каналів у центрі Лейдена.",
                "uk",
                null);
        UUID introduction = UUID.randomUUID();
        Knowledge.answer(
                introduction,
                "Я Ірина з Харкова, народилася 14.05.1987. Чи є в Гауді клуб настільного тенісу для дорослих?",
                "uk",
                "Так, клуб настільного тенісу в Гауді приймає дорослих.",
                "uk",
                null);

        assertThat(knowledge.awaitDraftOf(greeting).get("title"))
                .isEqualTo("Де можна взяти напрокат байдарку в Лейдені?");
        assertThat(knowledge.awaitDraftOf(introduction).get("title"))
                .isEqualTo("Чи є в Гауді клуб настільного тенісу для дорослих?");
    }

    @Test
    void theSameEventDeliveredTwiceMakesOneDraftAndOneQuestion() {
        UUID ticket = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String body = Knowledge.answeredJson(
                ticket,
                "Can I bring my parrot's cage on the intercity train?",
                "en",
                "Small cages are allowed on the train if they fit on your lap.",
                "en",
                null);
        TopicProbe.sendEvent(Knowledge.TICKET_TOPIC, eventId, Knowledge.ANSWERED, ticket.toString(), body);
        TopicProbe.sendEvent(Knowledge.TICKET_TOPIC, eventId, Knowledge.ANSWERED, ticket.toString(), body);
        UUID marker = UUID.randomUUID();
        Knowledge.answer(
                marker,
                "Which beach allows kite surfing lessons in winter?",
                "en",
                "Scheveningen has a kite school.",
                "en",
                null);

        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        knowledge.awaitDraftOf(marker); // a later message is through, so both copies were consumed

        assertThat(draft.get("questionCount")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from draft_question where ticket_id = :t")
                        .param("t", ticket)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = :e")
                        .param("e", eventId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long created = TopicProbe.all("knowledge.draft.v1").stream()
                .filter(r -> r.value().contains(ticket.toString()))
                .count();
        assertThat(created).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextMessageIsStillProcessed() {
        String poisonId = UUID.randomUUID().toString();
        TopicProbe.sendEvent(Knowledge.TICKET_TOPIC, poisonId, Knowledge.ANSWERED, "poison", "{not json at all");
        UUID next = UUID.randomUUID();
        Knowledge.answer(
                next,
                "Where can I rent a canoe for the canals in Utrecht?",
                "en",
                "Several canoe rentals exist near the Oudegracht.",
                "en",
                null);

        TopicProbe.Seen dead =
                TopicProbe.await("error.helpdesk.ticket.v1.knowledge-service", r -> poisonId.equals(r.header("ce_id")));
        assertThat(dead.value()).isEqualTo("{not json at all");
        assertThat(dead.headers()).containsKey("x-exception-message");
        assertThat(dead.header("x-exception-message")).contains("unreadable");
        assertThat(knowledge.awaitDraftOf(next).get("questions").toString()).contains(next.toString());
    }

    @Test
    void eventTypesItDoesNotKnowAreIgnored() {
        UUID ticket = UUID.randomUUID();
        TopicProbe.sendEvent(
                Knowledge.TICKET_TOPIC,
                "nl.wegwijs.helpdesk.TicketOpened",
                ticket.toString(),
                "{\"ticketId\":\"" + ticket + "\",\"language\":\"en\"}");
        UUID marker = UUID.randomUUID();
        Knowledge.answer(
                marker,
                "Is there a chess club for teenagers in Delft?",
                "en",
                "Yes, the Delft chess club has a youth section.",
                "en",
                null);
        knowledge.awaitDraftOf(marker);
        await().during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(knowledge
                                .get("/api/knowledge/drafts?ticketId=" + ticket)
                                .<List<?>>val("items"))
                        .isEmpty());
    }

    @Test
    void draftsNeedTheEditorRoleAndAToken() {
        assertThat(knowledge.call("GET", "/api/knowledge/drafts", null, null).status())
                .isEqualTo(401);
        assertThat(knowledge
                        .call(
                                "GET",
                                "/api/knowledge/drafts",
                                nl.wegwijs.testsupport.TestTokens.bearer("agent", "AGENT"),
                                null)
                        .status())
                .isEqualTo(403);
        assertThat(knowledge
                        .call(
                                "GET",
                                "/api/knowledge/drafts",
                                nl.wegwijs.testsupport.TestTokens.bearer("admin", "ADMIN"),
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(knowledge.get("/api/knowledge/drafts/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(knowledge.get("/api/knowledge/drafts?status=NONSENSE").status())
                .isEqualTo(400);
    }
}
