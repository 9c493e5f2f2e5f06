package nl.wegwijs.expertpool.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.expertpool.Topics;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes analytics events through the outbox, in the transaction of the change they describe. No
 * names, contact data or free text: experts appear as keyed pseudonyms, free themes as {@code free}.
 */
@Component
public class ExpertpoolAnalytics {

    private final Outbox outbox;
    private final Pseudonyms pseudonyms;

    ExpertpoolAnalytics(Outbox outbox, Pseudonyms pseudonyms) {
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
    }

    public String pseudonym(UUID expertId) {
        return pseudonyms.of(expertId);
    }

    public List<String> pseudonyms(List<UUID> expertIds) {
        return expertIds.stream().map(pseudonyms::of).toList();
    }

    /**
     * Adds an analytics event; {@code key} is the record key and subject: the pseudonym for events about
     * a person, the id of a session or agenda point otherwise (never an expert's id).
     */
    public void publish(String key, Object event) {
        outbox.add(
                Topics.ANALYTICS,
                Topics.ANALYTICS_TYPE_PREFIX + event.getClass().getSimpleName(),
                key,
                event);
    }

    /** An expert joined the pool (or gave their consent to take part again). */
    public record ExpertJoined(String expert, List<String> themes, List<String> languages, OffsetDateTime occurredAt) {}

    /** An expert left: {@code CONSENT_WITHDRAWN} or {@code ERASED}. */
    public record ExpertLeft(String expert, String reason, long daysInPool, OffsetDateTime occurredAt) {}

    public record SessionScheduled(
            UUID sessionId, String theme, String language, boolean online, int capacity, OffsetDateTime startsAt) {}

    public record SessionHeld(
            UUID sessionId,
            String theme,
            String language,
            int invited,
            int accepted,
            int attended,
            List<String> attendees,
            OffsetDateTime occurredAt) {}

    public record AgendaPointRaised(UUID agendaPointId, UUID sessionId, String theme, OffsetDateTime occurredAt) {}

    /** {@code daysRaisedToAnswered} is set once the point is answered. */
    public record AgendaPointStatusChanged(
            UUID agendaPointId,
            String theme,
            String from,
            String to,
            int supporters,
            long daysSinceRaised,
            Long daysRaisedToAnswered,
            OffsetDateTime occurredAt) {}

    public record VisitHeld(
            UUID agendaPointId, String theme, LocalDate visitDate, int visitorCount, List<String> visitors) {}
}
