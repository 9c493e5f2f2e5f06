package nl.wegwijs.knowledge.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Records knowledge events in the outbox; call inside the transaction of the state change. */
@Component
public class KnowledgeEvents {

    public static final String DRAFT_TOPIC = "knowledge.draft.v1";
    public static final String ARTICLE_TOPIC = "knowledge.article.v1";
    public static final String ANALYTICS_TOPIC = "analytics.knowledge.v1";
    public static final String DOMAIN = "nl.wegwijs.knowledge.";
    public static final String ANALYTICS = "nl.wegwijs.analytics.knowledge.";

    /** A new draft started from an answered question. */
    public record DraftCreated(
            UUID draftId, UUID ticketId, String language, String topic, String title, OffsetDateTime createdAt) {}

    /** An answered question joined an existing draft or published article, and why. */
    public record QuestionGrouped(
            UUID draftId,
            UUID articleId,
            UUID ticketId,
            String language,
            String topic,
            double score,
            List<String> sharedConcepts,
            int questionCount,
            OffsetDateTime groupedAt) {}

    /** A draft became a published article. */
    public record DraftPublished(
            UUID articleId,
            UUID draftId,
            int version,
            String language,
            List<String> languages,
            String topic,
            OffsetDateTime publishedAt) {}

    /** A published article got a new version. */
    public record ArticleUpdated(
            UUID articleId,
            int version,
            List<String> languages,
            List<String> outdatedLanguages,
            OffsetDateTime updatedAt) {}

    /** A published article was taken out of the knowledge base. */
    public record ArticleRetired(UUID articleId, OffsetDateTime retiredAt) {}

    /** Analytics: counts, languages, topics, durations; no free text, no people. */
    public record DraftCreatedStats(UUID draftId, String language, String topic, OffsetDateTime occurredAt) {}

    public record QuestionGroupedStats(
            UUID draftId,
            String language,
            String topic,
            int questionCount,
            boolean published,
            double score,
            OffsetDateTime occurredAt) {}

    public record ArticlePublishedStats(
            UUID articleId,
            UUID draftId,
            String topic,
            List<String> languages,
            List<String> questionLanguages,
            int questionCount,
            long secondsFromFirstQuestion,
            OffsetDateTime occurredAt) {}

    public record ArticleRetiredStats(
            UUID articleId, String topic, int questionCount, long secondsPublished, OffsetDateTime occurredAt) {}

    private final Outbox outbox;

    public KnowledgeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void draftCreated(DraftCreated event) {
        outbox.add(DRAFT_TOPIC, DOMAIN + "DraftCreated", event.draftId().toString(), event);
        outbox.add(
                ANALYTICS_TOPIC,
                ANALYTICS + "DraftCreated",
                event.draftId().toString(),
                new DraftCreatedStats(event.draftId(), event.language(), event.topic(), event.createdAt()));
    }

    public void questionGrouped(QuestionGrouped event) {
        outbox.add(DRAFT_TOPIC, DOMAIN + "QuestionGrouped", event.draftId().toString(), event);
        outbox.add(
                ANALYTICS_TOPIC,
                ANALYTICS + "QuestionGrouped",
                event.draftId().toString(),
                new QuestionGroupedStats(
                        event.draftId(),
                        event.language(),
                        event.topic(),
                        event.questionCount(),
                        event.articleId() != null,
                        event.score(),
                        event.groupedAt()));
    }

    public void draftPublished(
            DraftPublished event, List<String> questionLanguages, int questionCount, OffsetDateTime firstAskedAt) {
        outbox.add(ARTICLE_TOPIC, DOMAIN + "DraftPublished", event.articleId().toString(), event);
        outbox.add(
                ANALYTICS_TOPIC,
                ANALYTICS + "ArticlePublished",
                event.articleId().toString(),
                new ArticlePublishedStats(
                        event.articleId(),
                        event.draftId(),
                        event.topic(),
                        event.languages(),
                        questionLanguages,
                        questionCount,
                        Math.max(
                                0,
                                java.time.Duration.between(firstAskedAt, event.publishedAt())
                                        .toSeconds()),
                        event.publishedAt()));
    }

    public void articleUpdated(ArticleUpdated event) {
        outbox.add(ARTICLE_TOPIC, DOMAIN + "ArticleUpdated", event.articleId().toString(), event);
    }

    public void articleRetired(ArticleRetired event, String topic, int questionCount, OffsetDateTime publishedAt) {
        outbox.add(ARTICLE_TOPIC, DOMAIN + "ArticleRetired", event.articleId().toString(), event);
        outbox.add(
                ANALYTICS_TOPIC,
                ANALYTICS + "ArticleRetired",
                event.articleId().toString(),
                new ArticleRetiredStats(
                        event.articleId(),
                        topic,
                        questionCount,
                        Math.max(
                                0,
                                java.time.Duration.between(publishedAt, event.retiredAt())
                                        .toSeconds()),
                        event.retiredAt()));
    }
}
