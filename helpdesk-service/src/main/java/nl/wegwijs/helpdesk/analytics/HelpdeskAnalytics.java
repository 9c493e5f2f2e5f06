package nl.wegwijs.helpdesk.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Adds analytics events to the outbox in the transaction of the change they describe. The record
 * key and subject are the pseudonym, never the ticket or case id.
 */
@Component
public class HelpdeskAnalytics {

    public static final String TOPIC = "analytics.helpdesk.v1";
    static final String PREFIX = "nl.wegwijs.analytics.helpdesk.";

    private final Outbox outbox;
    private final Pseudonyms pseudonyms;

    HelpdeskAnalytics(Outbox outbox, Pseudonyms pseudonyms) {
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
    }

    /** The facts about a ticket analysts may see (the person only as the pseudonym of its person id). */
    public record TicketFacts(
            UUID ticketId, UUID personId, String language, String topic, String channel, OffsetDateTime openedAt) {}

    public void ticketOpened(TicketFacts t) {
        String person = person(t.personId());
        emit("TicketOpened", person, new TicketOpened(person, t.language(), t.topic(), t.channel(), t.openedAt()));
    }

    public void ticketAnswered(
            TicketFacts t,
            String answerLanguage,
            String answeredByRole,
            boolean firstAnswer,
            OffsetDateTime firstAnsweredAt,
            OffsetDateTime answeredAt) {
        String person = person(t.personId());
        emit(
                "TicketAnswered",
                person,
                new TicketAnswered(
                        person,
                        t.language(),
                        answerLanguage,
                        t.topic(),
                        t.channel(),
                        answeredByRole,
                        firstAnswer,
                        seconds(t.openedAt(), firstAnsweredAt),
                        seconds(t.openedAt(), answeredAt),
                        answeredAt));
    }

    public void ticketClosed(TicketFacts t, OffsetDateTime closedAt) {
        String person = person(t.personId());
        emit(
                "TicketClosed",
                person,
                new TicketClosed(
                        person, t.language(), t.topic(), t.channel(), seconds(t.openedAt(), closedAt), closedAt));
    }

    public void ticketReopened(TicketFacts t, OffsetDateTime reopenedAt) {
        String person = person(t.personId());
        emit("TicketReopened", person, new TicketReopened(person, t.language(), t.topic(), t.channel(), reopenedAt));
    }

    /** Staff changed the ticket's topic ({@code t.topic()} is the new one, {@code previousTopic} may be null). */
    public void ticketTopicChanged(TicketFacts t, String previousTopic, OffsetDateTime changedAt) {
        String person = person(t.personId());
        emit(
                "TicketTopicChanged",
                person,
                new TicketTopicChanged(person, t.language(), t.topic(), previousTopic, t.channel(), changedAt));
    }

    public void caseMilestoneReached(
            UUID caseId, String milestone, LocalDate caseStartedOn, LocalDate reachedOn, OffsetDateTime recordedAt) {
        String person = person(caseId);
        emit(
                "CaseMilestoneReached",
                person,
                new CaseMilestoneReached(
                        person, milestone, ChronoUnit.DAYS.between(caseStartedOn, reachedOn), recordedAt));
    }

    private String person(UUID id) {
        return pseudonyms.of(id);
    }

    private void emit(String name, String key, Object data) {
        outbox.add(TOPIC, PREFIX + name, key, data);
    }

    private static long seconds(OffsetDateTime from, OffsetDateTime to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    record TicketOpened(String person, String language, String topic, String channel, OffsetDateTime openedAt) {}

    record TicketAnswered(
            String person,
            String language,
            String answerLanguage,
            String topic,
            String channel,
            String answeredByRole,
            boolean firstAnswer,
            long secondsToFirstAnswer,
            long secondsToThisAnswer,
            OffsetDateTime answeredAt) {}

    record TicketClosed(
            String person, String language, String topic, String channel, long secondsOpen, OffsetDateTime closedAt) {}

    record TicketReopened(String person, String language, String topic, String channel, OffsetDateTime reopenedAt) {}

    record TicketTopicChanged(
            String person,
            String language,
            String topic,
            String previousTopic,
            String channel,
            OffsetDateTime changedAt) {}

    record CaseMilestoneReached(String person, String milestone, long daysSinceCaseStart, OffsetDateTime recordedAt) {}
}
