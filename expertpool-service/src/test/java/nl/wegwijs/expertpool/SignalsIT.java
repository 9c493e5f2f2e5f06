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

    static final String HELPDESK = "analytics.helpdesk.v1";
    static final String KNOWLEDGE = "analytics.knowledge.v1";
    static final String OPENED = "nl.wegwijs.analytics.helpdesk.TicketOpened";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    static String opened(String topic, String language, OffsetDateTime at) {
        return "{\"ticket\":\"p_abc\",\"language\":\"" + language + "\",\"topic\":\"" + topic
                + "\",\"channel\":\"WEB\",\"openedAt\":\"" + at + "\",\"somethingNew\":{\"x\":1}}";
    }

    static String topic() {
        return "topic-" + UUID.randomUUID();
    }

    JsonNode find(String list, String theme) {
        for (JsonNode item : api.get("/api/expertpool/signals?weeks=4").json().get(list)) {
            if (theme.equals(item.get("theme").asString())) {
                return item;
            }
        }
        return null;
    }

    @Test
    void countsQuestionsByThemeAndLanguageFromHelpdeskAnalyticsEvents() {
        String topic = topic();
        OffsetDateTime now = OffsetDateTime.now();
        TopicProbe.sendEvent(HELPDESK, OPENED, "t1", opened(topic, "uk", now));
        TopicProbe.sendEvent(HELPDESK, OPENED, "t2", opened(topic, "uk", now));
        TopicProbe.sendEvent(HELPDESK, OPENED, "t3", opened(topic, "ru", now.minusDays(3)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode theme = find("mostAsked", topic);
            assertThat(theme).isNotNull();
            assertThat(theme.get("questions").asLong()).isEqualTo(3);
            assertThat(theme.get("byLanguage").get("uk").asLong()).isEqualTo(2);
            assertThat(theme.get("byLanguage").get("ru").asLong()).isEqualTo(1);
        });
        var signals = api.get("/api/expertpool/signals?weeks=4");
        assertThat(signals.json().get("weeks").asInt()).isEqualTo(4);
        assertThat(signals.json().get("byLanguage").toString()).contains("\"uk\"");
        assertThat(signals.text()).doesNotContain("p_abc");
    }

    @Test
    void findsRisingThemesByComparingWithThePreviousPeriod() {
        String topic = topic();
        OffsetDateTime now = OffsetDateTime.now();
        TopicProbe.sendEvent(HELPDESK, OPENED, "t1", opened(topic, "uk", now.minusWeeks(6)));
        for (int i = 0; i < 3; i++) {
            TopicProbe.sendEvent(HELPDESK, OPENED, "t" + i, opened(topic, "uk", now.minusDays(i)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode rising = find("rising", topic);
            assertThat(rising).isNotNull();
            assertThat(rising.get("questions").asLong()).isEqualTo(3);
            assertThat(rising.get("previousQuestions").asLong()).isEqualTo(1);
            assertThat(rising.get("change").asLong()).isEqualTo(2);
            assertThat(rising.get("changePercent").asLong()).isEqualTo(200);
        });
    }

    @Test
    void knowledgeGapsCloseWhenArticlesArePublished() {
        String topic = topic();
        TopicProbe.sendEvent(HELPDESK, OPENED, "t1", opened(topic, "uk", OffsetDateTime.now()));
        TopicProbe.sendEvent(HELPDESK, OPENED, "t2", opened(topic, "en", OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode gap = find("knowledgeGaps", topic);
            assertThat(gap).isNotNull();
            assertThat(gap.get("publishedArticles").asLong()).isZero();
        });

        TopicProbe.sendEvent(
                KNOWLEDGE,
                "nl.wegwijs.analytics.knowledge.ArticlePublished",
                "a1",
                "{\"articleId\":\"" + UUID.randomUUID() + "\",\"topic\":\"" + topic + "\",\"languages\":[\"uk\"]}");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(find("knowledgeGaps", topic)).isNull());
    }

    @Test
    void countsEachEventOnceAndToleratesMissingFieldsAndUnknownTypes() {
        String topic = topic();
        String id = UUID.randomUUID().toString();
        String body = opened(topic, "uk", OffsetDateTime.now());
        TopicProbe.sendEvent(HELPDESK, id, OPENED, "t1", body);
        TopicProbe.sendEvent(HELPDESK, id, OPENED, "t1", body);
        TopicProbe.sendEvent(HELPDESK, "nl.wegwijs.analytics.helpdesk.SomethingNew", "t1", body);
        TopicProbe.sendEvent(HELPDESK, "nl.wegwijs.other.TicketOpened", "t1", body);
        long before = api.get("/api/expertpool/signals?weeks=1")
                .json()
                .get("totalQuestions")
                .asLong();
        TopicProbe.sendEvent(HELPDESK, OPENED, "t2", "{}");
        TopicProbe.sendEvent(HELPDESK, OPENED, "t3", "{\"topic\":\"" + topic + "\"}");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode theme = find("mostAsked", topic);
            assertThat(theme).isNotNull();
            assertThat(theme.get("questions").asLong()).isEqualTo(2);
            assertThat(theme.get("byLanguage").get("unknown").asLong()).isEqualTo(1);
            assertThat(api.get("/api/expertpool/signals?weeks=1")
                            .json()
                            .get("totalQuestions")
                            .asLong())
                    .isGreaterThanOrEqualTo(before + 2);
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
