package nl.wegwijs.helpdesk.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.helpdesk.language.DetectedLanguage;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

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
     * contact data, IBAN, BSN, addresses), nothing else. Languages are ISO 639-1 codes, as API.md promises the
     * public: an undetermined language ({@code und} for staff) is {@code null}. {@code language} is always there;
     * {@code answer} only once answered (and not erased), {@code answerLanguage} once answered.
     */
    @JsonSerialize(using = PublicQuestionJson.class)
    @Schema(name = "TrackedQuestion", description = "A question as anyone with its tracking code sees it")
    record PublicQuestion(
            TicketStatus status,

            @Schema(
                    description = "ISO 639-1 code of the question's language; null when it is undetermined",
                    example = "uk",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String language,

            @Schema(description = "The answer, redacted; only once answered")
            String answer,

            @Schema(
                    description = "ISO 639-1 code of the answer's language, once answered; null when undetermined",
                    example = "uk")
            String answerLanguage) {}

    /** Writes {@link PublicQuestion}: {@code und} as null, absent answer fields left out. */
    static final class PublicQuestionJson extends ValueSerializer<PublicQuestion> {

        @Override
        public void serialize(PublicQuestion q, JsonGenerator json, SerializationContext context) {
            json.writeStartObject();
            json.writeStringProperty("status", q.status().name());
            writeLanguage(json, "language", q.language());
            if (q.answer() != null) {
                json.writeStringProperty("answer", q.answer());
            }
            if (q.answerLanguage() != null) {
                writeLanguage(json, "answerLanguage", q.answerLanguage());
            }
            json.writeEndObject();
        }

        private static void writeLanguage(JsonGenerator json, String name, String code) {
            if (code == null || code.equals(DetectedLanguage.UNDETERMINED)) {
                json.writeNullProperty(name);
            } else {
                json.writeStringProperty(name, code);
            }
        }
    }

    record Created(UUID ticketId, String trackingCode) {}
}
