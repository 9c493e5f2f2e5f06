package nl.wegwijs.knowledge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.Knowledge;
import nl.wegwijs.knowledge.articles.Articles;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An outside audit searched the demo articles (nl, en, uk, ru) without {@code lang}: short Dutch queries
 * ("huurtoeslag aanvragen", "bankrekening openen", "zorgverzekering afsluiten", "leefgeld gemeente") were answered
 * in English and short Russian ones ("пособие на аренду", "субсидия на квартиру") in Ukrainian. Without {@code lang}
 * the reader's language is the query's own. The articles are retired afterwards, so no other test's question joins
 * them.
 */
@ServiceIT
class ShortQueriesInPublicSearchIT {

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

    final List<UUID> published = new ArrayList<>();

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    @AfterEach
    void retire() {
        for (UUID id : published) {
            assertThat(knowledge
                            .post("/api/knowledge/articles/" + id + "/retire", null)
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void shortDutchAndRussianQueriesAreAnsweredInDutchAndRussian() {
        String rent = publish(
                "benefits",
                Map.of(
                        "nl",
                        new String[] {
                            "Huurtoeslag aanvragen",
                            "Huurt u zelf een woning en is uw inkomen laag, dan vraagt u huurtoeslag aan bij Dienst"
                                    + " Toeslagen met uw DigiD."
                        },
                        "en",
                        new String[] {
                            "Applying for rent allowance (huurtoeslag)",
                            "If you rent a home yourself and your income is low, apply for rent allowance at the"
                                    + " Benefits service with your DigiD."
                        },
                        "uk",
                        new String[] {
                            "Субсидія на оренду (huurtoeslag)",
                            "Якщо ви самі орендуєте житло і маєте низький дохід, подайте заяву на huurtoeslag у Dienst"
                                    + " Toeslagen через DigiD."
                        },
                        "ru",
                        new String[] {
                            "Пособие на аренду (huurtoeslag)",
                            "Если вы сами арендуете жилье и у вас низкий доход, подайте заявку на huurtoeslag в Dienst"
                                    + " Toeslagen через DigiD."
                        }));
        String bank = publishDemo("banking");
        String health = publishDemo("health-care-insurance");
        String living = publishDemo("living-allowance");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(ids(knowledge.search("huurtoeslag", "nl"))).contains(rent));

        assertThat(languageOf(rent, "huurtoeslag aanvragen")).isEqualTo("nl");
        assertThat(languageOf(rent, "Hoe vraag ik huurtoeslag aan?")).isEqualTo("nl");
        assertThat(languageOf(bank, "bankrekening openen")).isEqualTo("nl");
        assertThat(languageOf(health, "zorgverzekering afsluiten")).isEqualTo("nl");
        assertThat(languageOf(living, "leefgeld gemeente"))
                .as("no Dutch word form, but words only the Dutch vocabulary (the lexicon) knows")
                .isEqualTo("nl");
        assertThat(languageOf(rent, "пособие на аренду")).isEqualTo("ru");
        assertThat(languageOf(rent, "субсидия на квартиру")).isEqualTo("ru");
        assertThat(languageOf(rent, "компенсация аренды")).isEqualTo("ru");

        assertThat(languageOf(rent, "субсидія на оренду")).isEqualTo("uk");
        assertThat(languageOf(rent, "допомога на оренду")).isEqualTo("uk");
        assertThat(languageOf(rent, "rent allowance")).isEqualTo("en");
        assertThat(languageOf(bank, "open a bank account")).isEqualTo("en");
        assertThat(languageOf(rent, "apply for huurtoeslag")).isEqualTo("en");
        assertThat(languageOf(rent, "huurtoeslag aanvragen", "uk"))
                .as("the reader's language, when given, wins")
                .isEqualTo("uk");
    }

    private String languageOf(String articleId, String q) {
        return languageOf(articleId, q, null);
    }

    private String languageOf(String articleId, String q, String lang) {
        return knowledge.search(q, lang).stream()
                .filter(h -> articleId.equals(h.get("articleId")))
                .map(h -> (String) h.get("language"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("\"" + q + "\" did not find " + articleId));
    }

    private static List<Object> ids(List<Map<String, Object>> hits) {
        return hits.stream().map(h -> h.get("articleId")).toList();
    }

    private String publishDemo(String topic) {
        DemoArticlesAccess.Article demo = DemoArticlesAccess.articles().stream()
                .filter(a -> a.topic().equals(topic))
                .findFirst()
                .orElseThrow();
        return publish(new DemoArticles.DemoArticle(topic, demo.translations()));
    }

    private String publish(String topic, Map<String, String[]> titleAndBody) {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        for (String language : List.of("nl", "en", "uk", "ru")) {
            String[] t = titleAndBody.get(language);
            translations.put(language, new TranslationText(t[0], t[1], false));
        }
        return publish(new DemoArticles.DemoArticle(topic, translations));
    }

    private String publish(DemoArticles.DemoArticle article) {
        DemoArticles demo = new DemoArticles(jdbc, articles, transactions, clock);
        UUID id = transactions.execute(status -> demo.publish(article));
        published.add(id);
        return id.toString();
    }
}
