package nl.wegwijs.knowledge.search;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads published articles from the database, the source the index is derived from. */
@Repository
class PublishedArticles {

    record Article(
            UUID id, String language, OffsetDateTime updatedAt, Map<String, SearchIndex.Translation> translations) {
        SearchIndex.IndexedArticle indexed() {
            return new SearchIndex.IndexedArticle(id, language, translations);
        }
    }

    private final JdbcClient jdbc;

    PublishedArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Article> all() {
        return load(null);
    }

    Optional<Article> find(UUID id) {
        return load(id).stream().findFirst();
    }

    private List<Article> load(UUID only) {
        Map<UUID, Article> articles = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.language, a.updated_at, t.language as t_language, t.title, t.body
                        from article a join article_translation t on t.article_id = a.id
                        where a.status = 'PUBLISHED' and (cast(:id as uuid) is null or a.id = :id)
                        order by a.id, t.language
                        """)
                .param("id", only)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Article a = articles.computeIfAbsent(id, k -> {
                        try {
                            return new Article(
                                    k,
                                    rs.getString("language"),
                                    rs.getObject("updated_at", OffsetDateTime.class),
                                    new LinkedHashMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String lang = rs.getString("t_language");
                    a.translations()
                            .put(lang, new SearchIndex.Translation(lang, rs.getString("title"), rs.getString("body")));
                    return id;
                })
                .list();
        return List.copyOf(articles.values());
    }
}
