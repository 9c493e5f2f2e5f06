package nl.wegwijs.knowledge.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.articles.Articles;
import nl.wegwijs.knowledge.articles.TranslationText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code wegwijs.demo-data=true} and no articles yet, publishes the articles of
 * {@code demo/articles.txt} (nl, en, uk, ru), each from a draft of its own, through the normal
 * publishing path (so events and the search index follow as for any article).
 */
@Component
@ConditionalOnProperty(name = "wegwijs.demo-data", havingValue = "true")
class DemoArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

    record DemoArticle(String topic, Map<String, TranslationText> translations) {}

    private final JdbcClient jdbc;
    private final Articles articles;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoArticles(JdbcClient jdbc, Articles articles, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(4242)").query((rs, n) -> 1).list();
            long existing =
                    jdbc.sql("select count(*) from article").query(Long.class).single();
            if (existing > 0) {
                return;
            }
            List<DemoArticle> demo = load();
            for (DemoArticle a : demo) {
                publish(a);
            }
            log.info("Published {} demo articles", demo.size());
        });
    }

    /** Publishes one article from a draft of its own, without questions, as a fresh demo does; returns its id. */
    UUID publish(DemoArticle a) {
        UUID draftId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String language = a.translations().keySet().iterator().next();
        jdbc.sql("""
                        insert into draft (id, status, language, topic, question_count, first_asked_at, created_at, updated_at)
                        values (:id, 'PUBLISHED', :language, :topic, 0, :now, :now, :now)
                        """)
                .param("id", draftId)
                .param("language", language)
                .param("topic", a.topic())
                .param("now", now)
                .update();
        a.translations()
                .forEach((lang, t) -> jdbc.sql("""
                        insert into draft_translation (draft_id, language, title, body) values (:id, :lang, :title, :body)
                        """)
                        .param("id", draftId)
                        .param("lang", lang)
                        .param("title", t.title())
                        .param("body", t.body())
                        .update());
        UUID articleId =
                articles.publish(draftId, language, a.topic(), a.translations(), List.of(), 0, now, "demo-data");
        jdbc.sql("update draft set article_id = :a where id = :d")
                .param("a", articleId)
                .param("d", draftId)
                .update();
        return articleId;
    }

    static List<DemoArticle> load() {
        try (InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream("demo/articles.txt")) {
            List<DemoArticle> out = new ArrayList<>();
            String topic = null;
            Map<String, TranslationText> translations = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("=")) {
                    if (topic != null) {
                        out.add(new DemoArticle(topic, translations));
                    }
                    topic = l.substring(1).strip();
                    translations = new LinkedHashMap<>();
                } else {
                    int colon = l.indexOf(':');
                    String[] titleBody = l.substring(colon + 1).split("\\|", 2);
                    translations.put(
                            l.substring(0, colon).strip(),
                            new TranslationText(titleBody[0].strip(), titleBody[1].strip(), false));
                }
            }
            if (topic != null) {
                out.add(new DemoArticle(topic, translations));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
