package nl.wegwijs.expertpool.signals;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * What this service reads from the knowledge base's article events ({@code knowledge.article.v1}
 * ArticleRetired): which article, and when (kept for reference; a retirement counts from its arrival on).
 */
record ArticleFacts(UUID articleId, String retiredAt) {

    /** The time of the retirement, or null when it is missing or not an RFC 3339 time. */
    OffsetDateTime retiredAtOrNull() {
        if (retiredAt == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(retiredAt);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
