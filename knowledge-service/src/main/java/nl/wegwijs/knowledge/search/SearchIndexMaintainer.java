package nl.wegwijs.knowledge.search;

import java.util.UUID;
import java.util.function.Consumer;
import nl.wegwijs.knowledge.events.KnowledgeEvents;
import nl.wegwijs.knowledge.lexicon.Lexicons;
import nl.wegwijs.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the in-memory index equal to the published articles in the database: rebuilt at start-up and
 * after a lexicon change; an article re-read and re-indexed after this instance commits a change to
 * it, and whenever any instance's article event ({@code knowledge.article.v1}) arrives, so every
 * instance converges. Re-indexing reads the database, so order and duplicates do not matter.
 */
@Configuration(proxyBeanMethods = false)
class SearchIndexMaintainer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintainer.class);

    private final SearchIndex index;
    private final PublishedArticles articles;
    private final Lexicons lexicons;
    private final JsonMapper json;

    SearchIndexMaintainer(SearchIndex index, PublishedArticles articles, Lexicons lexicons, JsonMapper json) {
        this.index = index;
        this.articles = articles;
        this.lexicons = lexicons;
        this.json = json;
    }

    @Override
    public void afterPropertiesSet() {
        rebuild();
        lexicons.onChange(lexicon -> rebuild());
    }

    void rebuild() {
        var all = articles.all();
        index.replaceAll(all.stream().map(PublishedArticles.Article::indexed).toList());
        log.info("Search index built with {} published articles", all.size());
    }

    void reindex(UUID articleId) {
        articles.find(articleId).ifPresentOrElse(a -> index.put(a.indexed()), () -> index.remove(articleId));
    }

    /** Our own article events, from every instance (anonymous group: each instance reads them all). */
    @Bean
    Consumer<Message<byte[]>> articleEvents() {
        return message -> {
            IncomingEvent event = IncomingEvent.from(message);
            if (!event.type().startsWith(KnowledgeEvents.DOMAIN)) {
                return;
            }
            JsonNode data = json.readTree(event.data());
            JsonNode id = data.get("articleId");
            if (id != null && !id.isNull()) {
                reindex(UUID.fromString(id.asString()));
            }
        };
    }
}
