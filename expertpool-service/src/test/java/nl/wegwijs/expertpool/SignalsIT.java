package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

@ServiceIT
class SignalsIT {

    static final String TICKETS = "helpdesk.ticket.v1";
    static final String DRAFTS = "knowledge.draft.v1";
    static final String KNOWLEDGE_ANALYTICS = "analytics.knowledge.v1";
    static final String OPENED = "nl.wegwijs.helpdesk.TicketOpened";
    static final String ANSWERED = "nl.wegwijs.helpdesk.TicketAnswered";
    static final String CLOSED = "nl.wegwijs.helpdesk.TicketClosed";
    static final String REOPENED = "nl.wegwijs.helpdesk.TicketReopened";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    /** The helpdesk's events of one question, as helpdesk-service writes them to helpdesk.ticket.v1. */
    record Ticket(UUID id, String language, OffsetDateTime askedAt) {

        static Ticket asked(String language, OffsetDateTime at) {
            return new Ticket(UUID.randomUUID(), language, at);
        }

        Ticket inLanguage(String other) {
            return new Ticket(id, other, askedAt);
        }

        Ticket opened(String topic) {
            send(
                    OPENED,
                    "{\"ticketId\":\"" + id + "\",\"language\":\"" + language + "\",\"topic\":" + quoted(topic)
                            + ",\"channel\":\"WEB\",\"openedAt\":\"" + askedAt + "\",\"somethingNew\":{\"x\":1}}");
            return this;
        }

        Ticket answered(String topic) {
            send(
                    ANSWERED,
                    "{\"ticketId\":\"" + id + "\",\"question\":\"Waar haal ik een BSN?\",\"questionLanguage\":\""
                            + language + "\",\"answer\":\"Bij de gemeente.\",\"answerLanguage\":\"nl\",\"topic\":"
                            + quoted(topic) + ",\"channel\":\"WEB\",\"askedAt\":\"" + askedAt + "\",\"answeredAt\":\""
                            + OffsetDateTime.now() + "\"}");
            return this;
        }

        Ticket closed(String topic) {
            send(
                    CLOSED,
                    "{\"ticketId\":\"" + id + "\",\"language\":\"" + language + "\",\"topic\":" + quoted(topic)
                            + ",\"channel\":\"WEB\",\"closedAt\":\"" + OffsetDateTime.now() + "\"}");
            return this;
        }

        Ticket reopened(String topic) {
            send(
                    REOPENED,
                    "{\"ticketId\":\"" + id + "\",\"language\":\"" + language + "\",\"topic\":" + quoted(topic)
                            + ",\"channel\":\"WEB\",\"reopenedAt\":\"" + OffsetDateTime.now() + "\"}");
            return this;
        }

        /** knowledge-service took the answered question in without a published article: a new draft. */
        Ticket startedADraft(String topic) {
            TopicProbe.sendEvent(
                    DRAFTS,
                    "nl.wegwijs.knowledge.DraftCreated",
                    UUID.randomUUID().toString(),
                    "{\"draftId\":\"" + UUID.randomUUID() + "\",\"ticketId\":\"" + id + "\",\"language\":\"nl\","
                            + "\"topic\":" + quoted(topic) + ",\"title\":\"Waar haal ik een BSN?\",\"createdAt\":\""
                            + OffsetDateTime.now() + "\"}");
            return this;
        }

        /** knowledge-service grouped the answered question with a published article. */
        Ticket joinedAnArticle(String topic) {
            TopicProbe.sendEvent(
                    DRAFTS,
                    "nl.wegwijs.knowledge.QuestionGrouped",
                    UUID.randomUUID().toString(),
                    "{\"draftId\":\"" + UUID.randomUUID() + "\",\"articleId\":\"" + UUID.randomUUID()
                            + "\",\"ticketId\":\"" + id + "\",\"language\":\"" + language + "\",\"topic\":"
                            + quoted(topic) + ",\"score\":0.8,\"sharedConcepts\":[\"bsn\"],\"questionCount\":3,"
                            + "\"groupedAt\":\"" + OffsetDateTime.now() + "\"}");
            return this;
        }

        private void send(String type, String json) {
            TopicProbe.sendEvent(TICKETS, type, id.toString(), json);
        }

        private static String quoted(String topic) {
            return topic == null ? "null" : "\"" + topic + "\"";
        }
    }

    static String theme() {
        return "topic-" + UUID.randomUUID();
    }

    static void articlePublished(String theme) {
        TopicProbe.sendEvent(
                KNOWLEDGE_ANALYTICS,
                "nl.wegwijs.analytics.knowledge.ArticlePublished",
                "a1",
                "{\"articleId\":\"" + UUID.randomUUID() + "\",\"topic\":\"" + theme + "\",\"languages\":[\"uk\"]}");
    }

    JsonNode signals() {
        return api.get("/api/expertpool/signals?weeks=4").json();
    }

    JsonNode find(String list, String theme) {
        for (JsonNode item : signals().get(list)) {
            if (theme.equals(item.get("theme").asString())) {
                return item;
            }
        }
        return null;
    }

    long questions(String theme) {
        JsonNode found = find("mostAsked", theme);
        return found == null ? 0 : found.get("questions").asLong();
    }

    @Test
    void countsAQuestionUnderTheTopicStaffGiveItWhenTheyAnswerNotAsUnclassified() {
        String theme = theme();
        long unclassifiedBefore = signals().get("unclassifiedQuestions").asLong();
        Ticket uk = Ticket.asked("uk", OffsetDateTime.now()).opened(null);
        Ticket ru = Ticket.asked("ru", OffsetDateTime.now().minusDays(3)).opened(null);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(signals().get("unclassifiedQuestions").asLong())
                                .isEqualTo(unclassifiedBefore + 2));
        assertThat(find("knowledgeGaps", "unclassified"))
                .as("no article can be written for no theme")
                .isNull();

        uk.answered(theme);
        ru.answered(theme);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode asked = find("mostAsked", theme);
            assertThat(asked).isNotNull();
            assertThat(asked.get("questions").asLong()).isEqualTo(2);
            assertThat(asked.get("byLanguage").get("uk").asLong()).isEqualTo(1);
            assertThat(asked.get("byLanguage").get("ru").asLong()).isEqualTo(1);
            assertThat(signals().get("unclassifiedQuestions").asLong()).isEqualTo(unclassifiedBefore);
        });
        var response = api.get("/api/expertpool/signals?weeks=4");
        assertThat(response.json().get("byLanguage").toString()).contains("\"uk\"", "\"ru\"");
        assertThat(response.text())
                .doesNotContain("Waar haal ik", "Bij de gemeente", uk.id().toString());
    }

    @Test
    void countsEachTicketOnceUnderItsLatestTopicAndKeepsItWhenALaterEventHasNone() {
        String first = theme();
        String corrected = theme();
        Ticket ticket = Ticket.asked("uk", OffsetDateTime.now()).opened(first).answered(first);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(questions(first)).isEqualTo(1));

        ticket.reopened(first).answered(corrected).closed(null).inLanguage("ru").reopened(null);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode asked = find("mostAsked", corrected);
            assertThat(asked).isNotNull();
            assertThat(asked.get("questions").asLong()).isEqualTo(1);
            assertThat(asked.get("byLanguage").toString()).isEqualTo("{\"ru\":1}");
            assertThat(questions(first)).isZero();
        });
    }

    @Test
    void findsRisingThemesByComparingWithThePreviousPeriodInWhichQuestionsWereAsked() {
        String theme = theme();
        OffsetDateTime now = OffsetDateTime.now();
        Ticket.asked("uk", now.minusWeeks(6)).opened(null).answered(theme);
        for (int i = 0; i < 3; i++) {
            Ticket.asked("uk", now.minusDays(i)).opened(theme);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode rising = find("rising", theme);
            assertThat(rising).isNotNull();
            assertThat(rising.get("questions").asLong()).isEqualTo(3);
            assertThat(rising.get("previousQuestions").asLong()).isEqualTo(1);
            assertThat(rising.get("change").asLong()).isEqualTo(2);
            assertThat(rising.get("changePercent").asLong()).isEqualTo(200);
        });
    }

    @Test
    void aThemeAskedAboutWithoutAPublishedArticleIsAKnowledgeGapUntilOneIsPublished() {
        String theme = theme();
        Ticket.asked("uk", OffsetDateTime.now()).opened(theme);
        Ticket.asked("en", OffsetDateTime.now()).opened(null).answered(theme);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", theme);
            assertThat(gap).isNotNull();
            assertThat(gap.get("questions").asLong()).isEqualTo(2);
            assertThat(gap.get("answered").asLong()).isEqualTo(1);
            assertThat(gap.get("publishedArticles").asLong()).isZero();
            assertThat(gap.get("questionsPerArticle").asDouble()).isEqualTo(2.0);
        });

        articlePublished(theme);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(find("knowledgeGaps", theme)).isNull());
    }

    @Test
    void answeredQuestionsTheKnowledgeBaseHadNoArticleForMakeACoveredThemeAKnowledgeGap() {
        String covered = theme();
        articlePublished(covered);
        Ticket early = Ticket.asked("uk", OffsetDateTime.now());
        early.joinedAnArticle(covered);
        early.opened(null).answered(covered);
        Ticket.asked("ru", OffsetDateTime.now())
                .opened(covered)
                .answered(covered)
                .joinedAnArticle(covered);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(questions(covered)).isEqualTo(2);
            assertThat(find("knowledgeGaps", covered))
                    .as("two questions, one article, both answered from it")
                    .isNull();
        });

        Ticket.asked("uk", OffsetDateTime.now())
                .opened(covered)
                .answered(covered)
                .startedADraft(covered);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", covered);
            assertThat(gap).as("a question the one article did not answer").isNotNull();
            assertThat(gap.get("questions").asLong()).isEqualTo(3);
            assertThat(gap.get("answered").asLong()).isEqualTo(3);
            assertThat(gap.get("answeredWithArticle").asLong()).isEqualTo(2);
            assertThat(gap.get("answeredWithoutArticle").asLong()).isEqualTo(1);
            assertThat(gap.get("publishedArticles").asLong()).isEqualTo(1);
        });
    }

    @Test
    void countsEachEventOnceAndEachTicketOnceAndToleratesMissingFieldsAndUnknownTypes() {
        String theme = theme();
        UUID bare = UUID.randomUUID();
        TopicProbe.sendEvent(
                TICKETS, OPENED, bare.toString(), "{\"ticketId\":\"" + bare + "\",\"topic\":\"" + theme + "\"}");
        TopicProbe.sendEvent(TICKETS, OPENED, "no-ticket", "{\"topic\":\"" + theme + "\"}");
        Ticket ticket = Ticket.asked("uk", OffsetDateTime.now());
        String id = UUID.randomUUID().toString();
        String body = "{\"ticketId\":\"" + ticket.id() + "\",\"language\":\"uk\",\"topic\":\"" + theme + "\"}";
        TopicProbe.sendEvent(TICKETS, id, OPENED, ticket.id().toString(), body);
        TopicProbe.sendEvent(TICKETS, id, OPENED, ticket.id().toString(), body);
        TopicProbe.sendEvent(TICKETS, OPENED, ticket.id().toString(), body);
        TopicProbe.sendEvent(
                TICKETS, "nl.wegwijs.helpdesk.SomethingNew", ticket.id().toString(), body);
        ticket.inLanguage("ru").answered(theme);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode asked = find("mostAsked", theme);
            assertThat(asked).isNotNull();
            assertThat(asked.get("byLanguage").toString()).isEqualTo("{\"ru\":1,\"unknown\":1}");
            assertThat(asked.get("questions").asLong()).isEqualTo(2);
        });
    }

    @Test
    void refusesABadPeriodAndOtherRoles() {
        assertThat(api.get("/api/expertpool/signals?weeks=0").status()).isEqualTo(400);
        assertThat(api.get("/api/expertpool/signals?weeks=53").status()).isEqualTo(400);
        var notANumber = api.get("/api/expertpool/signals?weeks=four");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.text()).contains("weeks");
        assertThat(api.call(HttpMethod.GET, "/api/expertpool/signals", null, TestTokens.bearer("agent", "AGENT"))
                        .status())
                .isEqualTo(403);
        assertThat(api.call(HttpMethod.GET, "/api/expertpool/signals", null, TestTokens.bearer("analyst", "ANALYST"))
                        .status())
                .isEqualTo(200);
    }
}
