package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    static final String TOPIC_CHANGED = "nl.wegwijs.helpdesk.TicketTopicChanged";
    static final String ARTICLES = "knowledge.article.v1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    /**
     * The lists show the ten leading themes: each test starts without the questions of the tests before it, so
     * that its own themes are not crowded out (the module's ITs share one database).
     */
    @BeforeEach
    void withoutEarlierTestsQuestions() {
        jdbc.sql("delete from helpdesk_question").update();
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

        /** Staff corrected the ticket's topic, and nothing else (helpdesk-service's TicketTopicChanged). */
        Ticket topicChanged(String topic, String previousTopic) {
            send(
                    TOPIC_CHANGED,
                    "{\"ticketId\":\"" + id + "\",\"topic\":" + quoted(topic) + ",\"previousTopic\":"
                            + quoted(previousTopic) + ",\"changedAt\":\"" + OffsetDateTime.now() + "\"}");
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
            return joinedArticle(UUID.randomUUID(), topic);
        }

        /** knowledge-service grouped the answered question with this published article. */
        Ticket joinedArticle(UUID articleId, String topic) {
            TopicProbe.sendEvent(
                    DRAFTS,
                    "nl.wegwijs.knowledge.QuestionGrouped",
                    UUID.randomUUID().toString(),
                    "{\"draftId\":\"" + UUID.randomUUID() + "\",\"articleId\":\"" + articleId
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
        articlePublished(UUID.randomUUID(), theme);
    }

    static void articlePublished(UUID articleId, String theme) {
        TopicProbe.sendEvent(
                KNOWLEDGE_ANALYTICS,
                "nl.wegwijs.analytics.knowledge.ArticlePublished",
                articleId.toString(),
                "{\"articleId\":\"" + articleId + "\",\"topic\":\"" + theme + "\",\"languages\":[\"uk\"]}");
    }

    /**
     * knowledge-service retired an article: its domain event (knowledge.article.v1) and its analytics count, each
     * delivered twice (delivery is at least once).
     */
    static void articleRetired(UUID articleId, String theme) {
        OffsetDateTime now = OffsetDateTime.now();
        String domain = UUID.randomUUID().toString();
        String analytics = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            TopicProbe.sendEvent(
                    ARTICLES,
                    domain,
                    "nl.wegwijs.knowledge.ArticleRetired",
                    articleId.toString(),
                    "{\"articleId\":\"" + articleId + "\",\"retiredAt\":\"" + now + "\"}");
            TopicProbe.sendEvent(
                    KNOWLEDGE_ANALYTICS,
                    analytics,
                    "nl.wegwijs.analytics.knowledge.ArticleRetired",
                    articleId.toString(),
                    "{\"articleId\":\"" + articleId + "\",\"topic\":\"" + theme + "\",\"questionCount\":1,"
                            + "\"secondsPublished\":60,\"occurredAt\":\"" + now + "\"}");
        }
    }

    boolean processed(String eventId) {
        return jdbc.sql("select count(*) from processed_event where event_id = :id")
                        .param("id", eventId)
                        .query(Long.class)
                        .single()
                > 0;
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
    void countsAQuestionOnTheAmsterdamDayItWasAskedNotOnItsUtcDay() {
        String theme = theme();
        LocalDate periodStart = LocalDate.parse(signals().get("periodStart").asString());
        // 00:30 in Amsterdam on the period's first day is still the day before in UTC
        OffsetDateTime justAfterMidnight =
                periodStart.atTime(0, 30).atZone(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime();

        Ticket.asked("uk", justAfterMidnight).opened(theme);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode asked = find("mostAsked", theme);
            assertThat(asked).as("asked on the period's first day").isNotNull();
            assertThat(asked.get("questions").asLong()).isEqualTo(1);
            assertThat(asked.get("previousQuestions").asLong()).isZero();
        });
    }

    @Test
    void questionsThatJoinedARetiredArticlesGroupCountAsAnsweredWithoutAnArticleAgain() {
        String theme = theme();
        UUID kept = UUID.randomUUID();
        UUID retired = UUID.randomUUID();
        articlePublished(kept, theme);
        articlePublished(retired, theme);
        Ticket.asked("uk", OffsetDateTime.now()).opened(theme).answered(theme).joinedArticle(kept, theme);
        Ticket.asked("ru", OffsetDateTime.now()).opened(theme).answered(theme).joinedArticle(retired, theme);
        Ticket.asked("uk", OffsetDateTime.now()).opened(theme).answered(theme).startedADraft(theme);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", theme);
            assertThat(gap).isNotNull();
            assertThat(gap.get("answeredWithArticle").asLong()).isEqualTo(2);
            assertThat(gap.get("answeredWithoutArticle").asLong()).isEqualTo(1);
            assertThat(gap.get("publishedArticles").asLong()).isEqualTo(2);
        });

        articleRetired(retired, theme);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", theme);
            assertThat(gap.get("questions").asLong()).isEqualTo(3);
            assertThat(gap.get("answeredWithArticle").asLong()).isEqualTo(1);
            assertThat(gap.get("answeredWithoutArticle").asLong()).isEqualTo(2);
            assertThat(gap.get("publishedArticles").asLong()).isEqualTo(1);
        });

        // a late delivery of a grouping into the retired article's group finds the article retired already
        Ticket.asked("en", OffsetDateTime.now()).opened(theme).answered(theme).joinedArticle(retired, theme);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", theme);
            assertThat(gap.get("questions").asLong()).isEqualTo(4);
            assertThat(gap.get("answeredWithArticle").asLong()).isEqualTo(1);
            assertThat(gap.get("answeredWithoutArticle").asLong()).isEqualTo(3);
        });
    }

    @Test
    void aRetirementThatNamesNoArticleGoesToTheDeadLetterTopic() {
        String key = "retired-" + UUID.randomUUID();
        TopicProbe.sendEvent(
                ARTICLES, "nl.wegwijs.knowledge.ArticleRetired", key, "{\"retiredAt\":\"2027-03-03T10:00:00Z\"}");

        TopicProbe.await("error." + ARTICLES + ".expertpool-service", s -> key.equals(s.key()));
    }

    @Test
    void aTopicCorrectionMovesAnAnsweredQuestionToTheCorrectedTheme() {
        String wrong = theme();
        String right = theme();
        Ticket ticket = Ticket.asked("uk", OffsetDateTime.now()).opened(null).answered(wrong);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", wrong);
            assertThat(gap).isNotNull();
            assertThat(gap.get("answered").asLong()).isEqualTo(1);
        });

        ticket.topicChanged(right, wrong);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(questions(wrong)).isZero();
            assertThat(find("knowledgeGaps", wrong)).isNull();
            JsonNode asked = find("mostAsked", right);
            assertThat(asked).isNotNull();
            assertThat(asked.get("questions").asLong()).isEqualTo(1);
            assertThat(asked.get("byLanguage").toString()).isEqualTo("{\"uk\":1}");
            JsonNode gap = find("knowledgeGaps", right);
            assertThat(gap).isNotNull();
            assertThat(gap.get("answered").asLong()).isEqualTo(1);
        });
    }

    @Test
    void aTopicCorrectionBeforeTheAnswerDecidesTheThemeTheQuestionCountsUnder() {
        String theme = theme();
        Ticket ticket = Ticket.asked("ru", OffsetDateTime.now()).opened(null).topicChanged(theme, null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", theme);
            assertThat(gap).isNotNull();
            assertThat(gap.get("questions").asLong()).isEqualTo(1);
            assertThat(gap.get("answered").asLong()).isZero();
        });

        ticket.answered(null);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", theme);
            assertThat(gap.get("questions").asLong()).isEqualTo(1);
            assertThat(gap.get("answered").asLong())
                    .as("an answer that names no topic keeps the corrected one")
                    .isEqualTo(1);
        });
    }

    @Test
    void ignoresATopicCorrectionOfATicketItHasNeverSeen() {
        String theme = theme();
        UUID unknown = UUID.randomUUID();

        String eventId = TopicProbe.sendEvent(
                TICKETS,
                TOPIC_CHANGED,
                unknown.toString(),
                "{\"ticketId\":\"" + unknown + "\",\"topic\":\"" + theme + "\",\"previousTopic\":null}");

        await().atMost(Duration.ofSeconds(60)).until(() -> processed(eventId));
        assertThat(questions(theme)).isZero();
        assertThat(find("knowledgeGaps", theme)).isNull();
        assertThat(TopicProbe.all("error." + TICKETS + ".expertpool-service"))
                .noneMatch(s -> unknown.toString().equals(s.key()));
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
