package nl.wegwijs.helpdesk.tickets;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A ticket as stored; the question and answer are null once the person was erased. Tickets with the
 * same e-mail address or phone number share a person id (see {@link People}).
 */
record Ticket(
        UUID id,
        String trackingCode,
        String question,
        String language,
        String detectedLanguage,
        boolean transliterated,
        Channel channel,
        TicketStatus status,
        String topic,
        String assignee,
        String answer,
        String answerLanguage,
        String answeredBy,
        String pendingAnswer,
        String pendingAnswerLanguage,
        String pendingAnswerTopic,
        String pendingAnswerBy,
        OffsetDateTime pendingAnswerAt,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime firstAnsweredAt,
        OffsetDateTime answeredAt,
        OffsetDateTime closedAt,
        OffsetDateTime updatedAt,
        OffsetDateTime erasedAt,
        UUID caseId,
        UUID personId) {

    boolean erased() {
        return erasedAt != null;
    }

    boolean awaitsReview() {
        return pendingAnswer != null;
    }
}
