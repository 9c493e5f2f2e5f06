package nl.wegwijs.knowledge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.Knowledge;
import nl.wegwijs.knowledge.articles.Articles;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Articles published without questions, as the demo data publishes them (questionCount 0): a new
 * question asking the same is grouped with the article through its titles, and public search answers
 * in the language of the query when the reader gives none.
 */
@ServiceIT
@SuppressWarnings("unchecked")
class ArticlesWithoutQuestionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Articles articles;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    private UUID publishWithoutQuestions(String topic, Map<String, String[]> titleAndBody) {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        titleAndBody.forEach((language, t) -> translations.put(language, new TranslationText(t[0], t[1], false)));
        DemoArticles demo = new DemoArticles(jdbc, articles, transactions, clock);
        return transactions.execute(status -> demo.publish(new DemoArticles.DemoArticle(topic, translations)));
    }

    @Test
    void aNewQuestionJoinsThePublishedArticleThatHasNoQuestionsAndTheArticleCountsIt() {
        Map<String, String[]> bees = new LinkedHashMap<>();
        bees.put("nl", new String[] {
            "Bijen houden in de stad",
            "Voor een bijenkast op uw balkon heeft u geen vergunning nodig; overleg met de buren."
        });
        bees.put("en", new String[] {
            "Keeping bees in the city",
            "You need no permit for a beehive on your balcony; talk to your neighbours first."
        });
        bees.put("uk", new String[] {
            "Як тримати бджіл у місті", "Для вулика на балконі дозвіл не потрібен; домовтеся із сусідами."
        });
        bees.put("ru", new String[] {
            "Как держать пчёл в городе", "Для улья на балконе разрешение не нужно; договоритесь с соседями."
        });
        UUID articleId = publishWithoutQuestions("other", bees);
        var before = knowledge.get("/api/knowledge/articles/" + articleId);
        assertThat(before.get("questionCount")).isEqualTo(0);
        Object draftId = before.get("draftId");

        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "Можно ли держать пчёл на балконе в городе?",
                "ru",
                "Да, улей на балконе держать можно, разрешение не нужно, но поговорите с соседями.",
                "ru",
                "other");

        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        assertThat(draft.get("id")).isEqualTo(draftId);
        assertThat(draft.get("status")).isEqualTo("PUBLISHED");
        assertThat(draft.get("questionCount")).isEqualTo(1);
        Map<String, Object> why = (Map<String, Object>)
                ((List<Map<String, Object>>) draft.get("questions")).getFirst().get("grouping");
        assertThat(why.get("decision")).isEqualTo("joined");
        assertThat((Map<String, Object>) why.get("matchedTitle"))
                .containsEntry("language", "ru")
                .containsEntry("title", "Как держать пчёл в городе");
        assertThat(knowledge.get("/api/knowledge/articles/" + articleId).get("questionCount"))
                .isEqualTo(1);
        TopicProbe.Seen grouped = TopicProbe.await(
                "knowledge.draft.v1",
                r -> "nl.wegwijs.knowledge.QuestionGrouped".equals(r.header("ce_type"))
                        && r.value().contains(ticket.toString()));
        assertThat(grouped.value()).contains(articleId.toString());

        UUID unrelated = UUID.randomUUID();
        Knowledge.answer(
                unrelated,
                "Где купить дешёвый велосипедный шлем?",
                "ru",
                "Шлемы продаются в магазинах спорттоваров.",
                "ru",
                "other");
        assertThat(knowledge.awaitDraftOf(unrelated).get("id")).isNotEqualTo(draftId);
    }

    @Test
    void searchWithoutALanguageAnswersInTheLanguageOfTheQuery() {
        Map<String, String[]> carnival = new LinkedHashMap<>();
        carnival.put("nl", new String[] {
            "Carnaval vieren in Maastricht", "Carnaval in Maastricht duurt drie dagen; de optocht is gratis te zien."
        });
        carnival.put("uk", new String[] {
            "Святкування карнавалу в Маастрихті", "Карнавал у Маастрихті триває три дні; дивитися процесію безкоштовно."
        });
        carnival.put("ru", new String[] {
            "Празднование карнавала в Маастрихте", "Карнавал в Маастрихте длится три дня; смотреть шествие бесплатно."
        });
        UUID articleId = publishWithoutQuestions("other", carnival);
        String id = articleId.toString();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(knowledge.search("Где праздновать карнавал в Маастрихте", null))
                        .anySatisfy(hit -> assertThat(hit.get("articleId")).isEqualTo(id)));

        assertThat(hitFor(id, "Где праздновать карнавал в Маастрихте", null))
                .containsEntry("language", "ru")
                .containsEntry("title", "Празднование карнавала в Маастрихте");
        assertThat(hitFor(id, "Де святкувати карнавал у Маастрихті", null)).containsEntry("language", "uk");
        assertThat(hitFor(id, "Waar kan ik carnaval vieren in Maastricht", null))
                .containsEntry("language", "nl");
        assertThat(hitFor(id, "Где праздновать карнавал в Маастрихте", "uk"))
                .as("the reader's language, when given, wins")
                .containsEntry("language", "uk");
        var invalid = knowledge.call(
                "GET", "/api/public/kb/search?q=karnaval&lang=xx", TestTokens.bearer("public", "PUBLIC"), null);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) invalid.get("errors"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("field")).isEqualTo("lang"));
    }

    private Map<String, Object> hitFor(String articleId, String q, String lang) {
        return knowledge.search(q, lang).stream()
                .filter(h -> articleId.equals(h.get("articleId")))
                .findFirst()
                .orElseThrow();
    }
}
