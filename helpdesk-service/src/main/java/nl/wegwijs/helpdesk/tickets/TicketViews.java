package nl.wegwijs.helpdesk.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the API shows of tickets. */
final class TicketViews {

    private TicketViews() {}

    /**
     * The full ticket for staff and superlocals; {@code contact} and {@code trackingCode} only for AGENT
     * and ADMIN, who also read the question, answers and notes as written (anyone else reads them redacted).
     */
    record Detail(
            UUID id,
            TicketStatus status,
            String question,
            String language,
            String detectedLanguage,
            boolean transliterated,
            String topic,
            String suggestedTopic,
            Channel channel,
            String assignee,
            String answer,
            String answerLanguage,
            String answeredBy,
            PendingAnswer pendingAnswer,
            UUID caseId,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime firstAnsweredAt,
            OffsetDateTime answeredAt,
            OffsetDateTime closedAt,
            OffsetDateTime updatedAt,
            Long secondsToFirstAnswer,
            boolean erased,
            @JsonInclude(JsonInclude.Include.NON_NULL) String trackingCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) Contact contact,
            List<String> allowedActions,
            List<SuggestedAssignee> suggestedAssignees,
            List<Note> notes,
            List<HistoryEntry> history) {}

    /** An inbox line. */
    record Summary(
            UUID id,
            TicketStatus status,
            String language,
            String topic,
            Channel channel,
            String assignee,
            boolean awaitingReview,
            String preview,
            UUID caseId,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** A superlocal's answer waiting for staff approval. */
    record PendingAnswer(String text, String language, String topic, String by, OffsetDateTime at) {}

    record SuggestedAssignee(String username, List<String> languages, boolean speaksLanguage, long openTickets) {}

    record Note(UUID id, String author, String text, OffsetDateTime createdAt) {}

    record HistoryEntry(OffsetDateTime at, String actor, String action, String detail) {}

    /**
     * What the public sees with a tracking code: status, language and the answer (redacted: no names,
     * contact data, IBAN, BSN, addresses), nothing else.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PublicQuestion(TicketStatus status, String language, String answer, String answerLanguage) {}

    record Created(UUID ticketId, String trackingCode) {}
}
