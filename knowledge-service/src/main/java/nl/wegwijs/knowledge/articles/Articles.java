package nl.wegwijs.knowledge.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.knowledge.events.KnowledgeEvents;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published articles: every change is a new version kept in the history (who, when, what), other
 * translations are flagged outdated when the source language changes, each has a review-by date.
 */
@Service
public class Articles {

    public enum Status {
        PUBLISHED,
        RETIRED
    }

    public record ArticleRow(
            UUID id,
            UUID draftId,
            Status status,
            String language,
            String topic,
            int version,
            LocalDate reviewBy,
            OffsetDateTime publishedAt,
            OffsetDateTime updatedAt,
            OffsetDateTime retiredAt,
            int questionCount) {}

    public record Version(
            int version, String changedBy, OffsetDateTime changedAt, Map<String, TranslationText> translations) {}

    private static final String COLUMNS = """
            a.id, a.draft_id, a.status, a.language, a.topic, a.version, a.review_by, a.published_at, a.updated_at,
            a.retired_at, coalesce(d.question_count, 0) as question_count
            from article a left join draft d on d.id = a.draft_id""";

    private final JdbcClient jdbc;
    private final PublicationCheck check;
    private final KnowledgeEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Period reviewAfter;

    Articles(
            JdbcClient jdbc,
            PublicationCheck check,
            KnowledgeEvents events,
            ApplicationEventPublisher publisher,
            Clock clock,
            @Value("${wegwijs.knowledge.review-after:P6M}") Period reviewAfter) {
        this.jdbc = jdbc;
        this.check = check;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.reviewAfter = reviewAfter;
    }

    /**
     * Publishes a draft as version 1 of a new article; call inside the draft's transaction. Text with an
     * identifier of one person (BSN, IBAN) is refused before anything is written (400 naming the fields).
     */
    @Transactional
    public UUID publish(
            UUID draftId,
            String language,
            String topic,
            Map<String, TranslationText> translations,
            List<String> questionLanguages,
            int questionCount,
            OffsetDateTime firstAskedAt,
            String by) {
        check.requirePublishable(translations);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into article (id, draft_id, status, language, topic, version, review_by, published_at, updated_at)
                        values (:id, :draftId, 'PUBLISHED', :language, :topic, 1, :reviewBy, :now, :now)
                        """)
                .param("id", id)
                .param("draftId", draftId)
                .param("language", language)
                .param("topic", topic)
                .param("reviewBy", LocalDate.now(clock).plus(reviewAfter))
                .param("now", now)
                .update();
        saveTranslations(id, translations, now);
        saveVersion(id, 1, translations, by, now);
        events.draftPublished(
                new KnowledgeEvents.DraftPublished(
                        id, draftId, 1, language, List.copyOf(translations.keySet()), topic, now),
                questionLanguages,
                questionCount,
                firstAskedAt);
        publisher.publishEvent(new ArticleChanged(id));
        return id;
    }

    /** Applies an editor's changes as a new version; refused like {@link #publish} if the text holds a BSN or IBAN. */
    @Transactional
    public ArticleRow update(UUID id, Map<String, TranslationText> incoming, LocalDate reviewBy, String by) {
        ArticleRow article = lock(id);
        if (article.status() != Status.PUBLISHED) {
            throw new ConflictException("Article " + id + " is " + article.status()
                    + "; only a PUBLISHED article can be" + " edited; allowed: none");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, TranslationText> before = translations(id);
        Map<String, TranslationText> after = TranslationText.merge(before, incoming, article.language());
        boolean textChanged = !after.equals(before);
        if (textChanged) {
            TranslationText source = after.get(article.language());
            if (source == null || source.title().isBlank() || source.body().isBlank()) {
                throw new InvalidRequestException(
                        "translations." + article.language(), "the source language needs a title and a body");
            }
            check.requirePublishable(after);
            int version = article.version() + 1;
            saveTranslations(id, after, now);
            saveVersion(id, version, after, by, now);
            jdbc.sql("update article set version = :v, updated_at = :now where id = :id")
                    .param("v", version)
                    .param("now", now)
                    .param("id", id)
                    .update();
            events.articleUpdated(new KnowledgeEvents.ArticleUpdated(
                    id,
                    version,
                    List.copyOf(after.keySet()),
                    after.entrySet().stream()
                            .filter(e -> e.getValue().outdated())
                            .map(Map.Entry::getKey)
                            .toList(),
                    now));
            publisher.publishEvent(new ArticleChanged(id));
        }
        if (reviewBy != null) {
            jdbc.sql("update article set review_by = :reviewBy where id = :id")
                    .param("reviewBy", reviewBy)
                    .param("id", id)
                    .update();
        }
        return find(id).orElseThrow();
    }

    @Transactional
    public ArticleRow retire(UUID id) {
        ArticleRow article = lock(id);
        if (article.status() != Status.PUBLISHED) {
            throw new ConflictException("Article " + id + " is already " + article.status() + "; allowed: none");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update article set status = 'RETIRED', retired_at = :now, updated_at = :now where id = :id")
                .param("now", now)
                .param("id", id)
                .update();
        events.articleRetired(
                new KnowledgeEvents.ArticleRetired(id, now),
                article.topic(),
                article.questionCount(),
                article.publishedAt());
        publisher.publishEvent(new ArticleChanged(id));
        return find(id).orElseThrow();
    }

    public Optional<ArticleRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " where a.id = :id")
                .param("id", id)
                .query(Articles::row)
                .optional();
    }

    private ArticleRow lock(UUID id) {
        jdbc.sql("select id from article where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Article", id));
        return find(id).orElseThrow();
    }

    public List<ArticleRow> list(Status status, boolean reviewDue, long offset, int limit) {
        return jdbc.sql(
                        "select " + COLUMNS + " where (cast(:status as varchar) is null or a.status = :status)"
                                + " and (:due = false or (a.status = 'PUBLISHED' and a.review_by < :today))"
                                + " order by case when :due then a.review_by end, a.updated_at desc, a.id offset :offset limit :limit")
                .param("status", status == null ? null : status.name())
                .param("due", reviewDue)
                .param("today", LocalDate.now(clock))
                .param("offset", offset)
                .param("limit", limit)
                .query(Articles::row)
                .list();
    }

    public long count(Status status, boolean reviewDue) {
        return jdbc.sql("select count(*) from article a where (cast(:status as varchar) is null or a.status = :status)"
                        + " and (:due = false or (a.status = 'PUBLISHED' and a.review_by < :today))")
                .param("status", status == null ? null : status.name())
                .param("due", reviewDue)
                .param("today", LocalDate.now(clock))
                .query(Long.class)
                .single();
    }

    public Map<String, TranslationText> translations(UUID id) {
        Map<String, TranslationText> out = new LinkedHashMap<>();
        jdbc.sql(
                        "select language, title, body, outdated from article_translation where article_id = :id order by language")
                .param("id", id)
                .query((rs, n) -> Map.entry(
                        rs.getString(1), new TranslationText(rs.getString(2), rs.getString(3), rs.getBoolean(4))))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public List<Version> history(UUID id) {
        Map<Integer, Version> versions = new LinkedHashMap<>();
        List<Object[]> rows = jdbc.sql(
                        "select version, language, title, body, changed_by, changed_at from article_version"
                                + " where article_id = :id order by version desc, language")
                .param("id", id)
                .query((rs, n) -> new Object[] {
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class)
                })
                .list();
        for (Object[] r : rows) {
            Version v = versions.computeIfAbsent(
                    (Integer) r[0], k -> new Version(k, (String) r[4], (OffsetDateTime) r[5], new LinkedHashMap<>()));
            v.translations().put((String) r[1], new TranslationText((String) r[2], (String) r[3], false));
        }
        return new ArrayList<>(versions.values());
    }

    private void saveTranslations(UUID id, Map<String, TranslationText> translations, OffsetDateTime now) {
        jdbc.sql("delete from article_translation where article_id = :id")
                .param("id", id)
                .update();
        translations.forEach((language, t) -> jdbc.sql("""
                        insert into article_translation (article_id, language, title, body, outdated, updated_at)
                        values (:id, :language, :title, :body, :outdated, :now)
                        """)
                .param("id", id)
                .param("language", language)
                .param("title", t.title())
                .param("body", t.body())
                .param("outdated", t.outdated())
                .param("now", now)
                .update());
    }

    private void saveVersion(
            UUID id, int version, Map<String, TranslationText> translations, String by, OffsetDateTime now) {
        translations.forEach((language, t) -> jdbc.sql("""
                        insert into article_version (article_id, version, language, title, body, changed_by, changed_at)
                        values (:id, :version, :language, :title, :body, :by, :now)
                        """)
                .param("id", id)
                .param("version", version)
                .param("language", language)
                .param("title", t.title())
                .param("body", t.body())
                .param("by", by)
                .param("now", now)
                .update());
    }

    private static ArticleRow row(ResultSet rs, int n) throws SQLException {
        return new ArticleRow(
                rs.getObject("id", UUID.class),
                rs.getObject("draft_id", UUID.class),
                Status.valueOf(rs.getString("status")),
                rs.getString("language"),
                rs.getString("topic"),
                rs.getInt("version"),
                rs.getObject("review_by", LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("retired_at", OffsetDateTime.class),
                rs.getInt("question_count"));
    }
}
