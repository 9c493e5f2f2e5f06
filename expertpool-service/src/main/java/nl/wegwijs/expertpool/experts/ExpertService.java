package nl.wegwijs.expertpool.experts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.expertpool.Topics;
import nl.wegwijs.expertpool.analytics.ExpertpoolAnalytics;
import nl.wegwijs.expertpool.privacy.FreeText;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joining, updating, consent changes and erasure, each with its events in one transaction. */
@Service
public class ExpertService {

    private final Experts experts;
    private final Outbox outbox;
    private final ExpertpoolAnalytics analytics;
    private final ApplicationEventPublisher events;
    private final FreeText freeText;
    private final Clock clock;

    ExpertService(
            Experts experts,
            Outbox outbox,
            ExpertpoolAnalytics analytics,
            ApplicationEventPublisher events,
            FreeText freeText,
            Clock clock) {
        this.experts = experts;
        this.outbox = outbox;
        this.analytics = analytics;
        this.events = events;
        this.freeText = freeText;
        this.clock = clock;
    }

    @Transactional
    public Expert join(ExpertRequest request, String recordedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Expert expert = new Expert(
                UUID.randomUUID(),
                request.name().trim(),
                blankToNull(request.city()),
                blankToNull(request.email()),
                blankToNull(request.phone()),
                languages(request.languages()),
                themes(request.themes()),
                request.helpdeskTicketId(),
                request.consent(),
                now,
                now,
                request.consent().participate() ? null : now,
                null);
        experts.insert(expert);
        experts.recordConsent(expert.id(), now, recordedBy, expert.consent());
        if (expert.consent().participate()) {
            joined(expert, now);
        }
        return expert;
    }

    @Transactional
    public Expert update(UUID id, ExpertRequest request, String recordedBy) {
        Expert current = active(id);
        Expert updated = new Expert(
                id,
                request.name().trim(),
                blankToNull(request.city()),
                blankToNull(request.email()),
                blankToNull(request.phone()),
                languages(request.languages()),
                themes(request.themes()),
                request.helpdeskTicketId(),
                current.consent(),
                current.consentUpdatedAt(),
                current.joinedAt(),
                current.leftAt(),
                null);
        experts.update(updated);
        return changeConsent(id, request.consent(), recordedBy);
    }

    /** Records a consent change with its date and scope; withdrawing participation stops invitations. */
    @Transactional
    public Expert changeConsent(UUID id, Consent consent, String recordedBy) {
        Expert current = active(id);
        if (current.consent().equals(consent)) {
            return current;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean withdrawn = current.consent().participate() && !consent.participate();
        boolean given = !current.consent().participate() && consent.participate();
        Expert changed = new Expert(
                id,
                current.name(),
                current.city(),
                current.email(),
                current.phone(),
                current.languages(),
                current.themes(),
                current.helpdeskTicketId(),
                consent,
                now,
                current.joinedAt(),
                withdrawn ? now : given ? null : current.leftAt(),
                null);
        experts.update(changed);
        experts.recordConsent(id, now, recordedBy, consent);
        if (withdrawn) {
            left(current, ExpertLeft.Reason.CONSENT_WITHDRAWN, now);
        }
        if (given) {
            joined(changed, now);
        }
        return changed;
    }

    /**
     * Removes the expert's personal data, also their names from the texts of sessions and agenda points; the
     * anonymous row stays so counts keep adding up. Erasing an
     * erased expert again changes nothing and emits nothing (the erasure holds); an id that never existed
     * is not found.
     */
    @Transactional
    public void erase(UUID id, String recordedBy) {
        Expert current = experts.lock(id).orElseThrow(() -> new NotFoundException("Expert", id));
        if (current.erased()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        experts.update(new Expert(
                id,
                null,
                null,
                null,
                null,
                current.languages(),
                current.themes(),
                null,
                Consent.NONE,
                now,
                current.joinedAt(),
                current.leftAt() == null ? now : current.leftAt(),
                now));
        experts.recordConsent(id, now, recordedBy, Consent.NONE);
        // their name leaves the texts that mention them (minutes, agenda points): see FreeText and ErasedName
        events.publishEvent(new ExpertErased(id, freeText.erased(current.name(), experts::namesNotErased)));
        left(current, ExpertLeft.Reason.ERASED, now);
    }

    /** Erases every expert linked to a helpdesk ticket whose person asked to be erased. */
    @Transactional
    public int eraseLinkedTo(UUID ticketId) {
        List<Expert> linked = experts.linkedToTicket(ticketId);
        linked.forEach(e -> erase(e.id(), "helpdesk erasure"));
        return linked.size();
    }

    public Expert active(UUID id) {
        return experts.find(id).filter(e -> !e.erased()).orElseThrow(() -> new NotFoundException("Expert", id));
    }

    private void joined(Expert expert, OffsetDateTime now) {
        outbox.add(
                Topics.EXPERT,
                Topics.TYPE_PREFIX + "ExpertJoined",
                expert.id().toString(),
                new ExpertJoined(
                        expert.id(),
                        expert.languages(),
                        // a typed theme is free text: without contact data, as every text that leaves the service
                        expert.themes().stream().map(freeText::theme).distinct().toList(),
                        now));
        analytics.publish(
                analytics.pseudonym(expert.id()),
                new ExpertpoolAnalytics.ExpertJoined(
                        analytics.pseudonym(expert.id()),
                        expert.themes().stream()
                                .map(Themes::forAnalytics)
                                .distinct()
                                .toList(),
                        expert.languages(),
                        now));
    }

    private void left(Expert expert, ExpertLeft.Reason reason, OffsetDateTime now) {
        ExpertLeft event = new ExpertLeft(expert.id(), reason, now);
        events.publishEvent(event);
        if (reason == ExpertLeft.Reason.CONSENT_WITHDRAWN || expert.consent().participate()) {
            outbox.add(
                    Topics.EXPERT,
                    Topics.TYPE_PREFIX + "ExpertLeft",
                    expert.id().toString(),
                    event);
            analytics.publish(
                    analytics.pseudonym(expert.id()),
                    new ExpertpoolAnalytics.ExpertLeft(
                            analytics.pseudonym(expert.id()),
                            reason.name(),
                            Duration.between(expert.joinedAt(), now).toDays(),
                            now));
        }
    }

    private static List<String> languages(List<String> languages) {
        return languages.stream().distinct().toList();
    }

    private static List<String> themes(List<String> themes) {
        return themes.stream().map(Themes::normalise).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
