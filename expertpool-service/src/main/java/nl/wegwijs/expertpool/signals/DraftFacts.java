package nl.wegwijs.expertpool.signals;

import java.util.UUID;

/**
 * What this service reads from the knowledge base's draft events ({@code knowledge.draft.v1}): which
 * ticket's answered question was taken in, and the published article whose group it joined, if any
 * (QuestionGrouped's {@code articleId}; DraftCreated has none). Titles and other texts are never read.
 */
record DraftFacts(UUID ticketId, UUID articleId) {}
