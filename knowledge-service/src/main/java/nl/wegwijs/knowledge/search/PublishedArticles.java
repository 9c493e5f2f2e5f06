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

    /**
     * When the text of the article's translation in {@code language} last changed (title or body), from the
     * version history: what an outdated translation is behind. Empty for an unknown article or language.
     */
    Optional<OffsetDateTime> changedAt(UUID id, String language) {
        return jdbc.sql("""
                        select max(changed_at) from (
                          select changed_at, title, body,
                            lag(title) over (order by version) as previous_title,
                            lag(body) over (order by version) as previous_body
                          from article_version where article_id = :id and language = :language) v
                        where previous_title is null or previous_title <> title or previous_body <> body
                        """).param("id", id).param("language", language).query(OffsetDateTime.class).list().stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private List<Article> load(UUID only) {
        Map<UUID, Article> articles = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.language, a.updated_at, t.language as t_language, t.title, t.body, t.outdated
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
                            .put(
                                    lang,
                                    new SearchIndex.Translation(
                                            lang,
                                            rs.getString("title"),
                                            rs.getString("body"),
                                            rs.getBoolean("outdated")));
                    return id;
                })
                .list();
        return List.copyOf(articles.values());
    }
}
