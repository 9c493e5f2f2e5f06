package nl.wegwijs.expertpool.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wegwijs.expertpool.Topics;
import nl.wegwijs.expertpool.analytics.ExpertpoolAnalytics;
import nl.wegwijs.expertpool.experts.Expert;
import nl.wegwijs.expertpool.experts.ExpertErased;
import nl.wegwijs.expertpool.experts.ExpertLeft;
import nl.wegwijs.expertpool.experts.Experts;
import nl.wegwijs.expertpool.experts.Themes;
import nl.wegwijs.expertpool.privacy.FreeText;
import nl.wegwijs.expertpool.sessions.Sessions;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raising, supporting and walking agenda points, each step with its history and events. */
@Service
public class AgendaService {

    private final AgendaPoints points;
    private final Sessions sessions;
    private final Experts experts;
    private final Outbox outbox;
    private final ExpertpoolAnalytics analytics;
    private final FreeText freeText;
    private final Clock clock;

    AgendaService(
            AgendaPoints points,
            Sessions sessions,
            Experts experts,
            Outbox outbox,
            ExpertpoolAnalytics analytics,
            FreeText freeText,
            Clock clock) {
        this.points = points;
        this.sessions = sessions;
        this.experts = experts;
        this.outbox = outbox;
        this.analytics = analytics;
        this.freeText = freeText;
        this.clock = clock;
    }

    @Transactional
    public AgendaPoint raise(UUID sessionId, String theme, String text, UUID raisedBy, String recordedBy) {
        var session =
                sessions.find(sessionId).orElseThrow(() -> new InvalidRequestException("sessionId", "no such session"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        session.requireStarted(now, "agenda points can be raised in it");
        // raised in the session: a point recorded after a past session was raised on the session's day
        OffsetDateTime raisedAt = session.startsAt().isBefore(now) ? session.startsAt() : now;
        AgendaPoint point = new AgendaPoint(
                UUID.randomUUID(),
                sessionId,
                Themes.normalise(theme),
                freeText.toStore(text.strip()),
                AgendaStatus.RAISED,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                raisedAt,
                now);
        points.insert(point);
        points.recordStep(
                point.id(),
                new AgendaHistoryEntry(null, AgendaStatus.RAISED, now, recordedBy, null, null, null, null, null, null));
        if (raisedBy != null) {
            support(point, raisedBy, null, "raisedBy", now);
        }
        outbox.add(
                Topics.AGENDA,
                Topics.TYPE_PREFIX + "AgendaPointRaised",
                point.id().toString(),
                new AgendaEvents.AgendaPointRaised(point.id(), sessionId, freeText.theme(point.theme()), now));
        analytics.publish(
                point.id().toString(),
                new ExpertpoolAnalytics.AgendaPointRaised(
                        point.id(), sessionId, Themes.forAnalytics(point.theme()), now));
        return point;
    }

    @Transactional
    public void support(UUID pointId, UUID expertId, String quote) {
        AgendaPoint point = points.lock(pointId).orElseThrow(() -> new NotFoundException("Agenda point", pointId));
        if (point.status() == AgendaStatus.CLOSED) {
            throw new ConflictException("Agenda point " + pointId + " is closed and takes no more support");
        }
        support(point, expertId, quote, "expertId", OffsetDateTime.now(clock));
    }

    private void support(AgendaPoint point, UUID expertId, String quote, String field, OffsetDateTime now) {
        Expert expert = experts.find(expertId)
                .filter(e -> !e.erased())
                .orElseThrow(() -> new InvalidRequestException(field, "no such expert"));
        if (!expert.mayTakePart()) {
            throw new ConflictException(
                    "Expert " + expertId + " does not consent to take part and cannot support points");
        }
        if (points.supports(point.id(), expertId)) {
            throw new ConflictException("Expert " + expertId + " already supports agenda point " + point.id());
        }
        points.addSupport(point.id(), expertId, freeText.toStore(given(quote)), now);
    }

    /** A step on the road, as the API's status request describes it. */
    @Transactional
    public AgendaPoint changeStatus(
            UUID pointId,
            AgendaStatus to,
            LocalDate visitDate,
            List<UUID> visitors,
            String reference,
            LocalDate answeredOn,
            String answerSummary,
            Integer priority,
            String note,
            String recordedBy) {
        return changeStatus(
                pointId,
                new AgendaRequests.StatusChange(
                        to, reference, note, visitDate, visitors, answeredOn, answerSummary, priority),
                recordedBy);
    }

    /**
     * Moves a point forward on its road. Only the status is required; statuses may be skipped, never
     * taken backwards. What the change carries ({@code reference}, {@code note}, the visit, the answer) is
     * checked when given and then kept on the point and in this step of its history.
     */
    @Transactional
    AgendaPoint changeStatus(UUID pointId, AgendaRequests.StatusChange change, String recordedBy) {
        AgendaPoint point = points.lock(pointId).orElseThrow(() -> new NotFoundException("Agenda point", pointId));
        AgendaStatus to = change.status();
        if (!point.status().mayBecome(to)) {
            throw new StatusStepRefused(pointId, point.status(), to);
        }
        // stored without contact data, as every text of the point (FreeText)
        String reference = freeText.toStore(given(change.reference()));
        String note = freeText.toStore(given(change.note()));
        String answerSummary = freeText.toStore(given(change.answerSummary()));
        List<UUID> visitors = change.visitors() == null || change.visitors().isEmpty()
                ? null
                : change.visitors().stream().distinct().toList();
        List<FieldProblem> problems = new ArrayList<>();
        if (change.visitDate() != null) {
            AgendaDates.problem(change.visitDate(), point.raisedAt(), clock)
                    .ifPresent(problem -> problems.add(new FieldProblem("visitDate", problem)));
        }
        if (change.answeredOn() != null) {
            AgendaDates.problem(change.answeredOn(), point.raisedAt(), clock)
                    .ifPresent(problem -> problems.add(new FieldProblem("answeredOn", problem)));
        }
        if (visitors != null) {
            List<UUID> known = experts.findAll(visitors).stream()
                    .filter(e -> !e.erased())
                    .map(Expert::id)
                    .toList();
            for (int i = 0; i < change.visitors().size(); i++) {
                if (!known.contains(change.visitors().get(i))) {
                    problems.add(new FieldProblem("visitors[" + i + "]", "no such expert"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        AgendaPoint changed = new AgendaPoint(
                point.id(),
                point.sessionId(),
                point.theme(),
                point.text(),
                to,
                change.priority() != null ? change.priority() : point.priority(),
                reference != null ? reference : point.reference(),
                change.visitDate() != null ? change.visitDate() : point.visitDate(),
                visitors != null ? visitors : point.visitors(),
                change.answeredOn() != null ? change.answeredOn() : point.answeredOn(),
                answerSummary != null ? answerSummary : point.answerSummary(),
                point.raisedAt(),
                now);
        points.update(changed);
        points.recordStep(
                pointId,
                new AgendaHistoryEntry(
                        point.status(),
                        to,
                        now,
                        recordedBy,
                        note,
                        reference,
                        change.visitDate(),
                        visitors == null ? null : visitors.size(),
                        change.answeredOn(),
                        answerSummary));
        publish(point, changed, now);
        return changed;
    }

    private void publish(AgendaPoint before, AgendaPoint after, OffsetDateTime now) {
        String key = after.id().toString();
        outbox.add(
                Topics.AGENDA,
                Topics.TYPE_PREFIX + "AgendaPointStatusChanged",
                key,
                new AgendaEvents.AgendaPointStatusChanged(
                        after.id(),
                        freeText.theme(after.theme()),
                        before.status(),
                        after.status(),
                        after.reference(),
                        after.answeredOn(),
                        now));
        // without a date of the answer, the point counts as answered on the day that was recorded
        Long raisedToAnswered = after.status() == AgendaStatus.ANSWERED
                ? AgendaDates.raisedToAnswered(after.raisedAt(), after.answeredOn(), now)
                : null;
        analytics.publish(
                key,
                new ExpertpoolAnalytics.AgendaPointStatusChanged(
                        after.id(),
                        Themes.forAnalytics(after.theme()),
                        before.status().name(),
                        after.status().name(),
                        points.supporterCount(after.id()),
                        Math.max(0, Duration.between(after.raisedAt(), now).toDays()),
                        raisedToAnswered,
                        now));
        // a visit is an event of its own once its date is known, whichever step records it
        if (after.visitDate() != null && !after.visitDate().equals(before.visitDate())) {
            outbox.add(
                    Topics.AGENDA,
                    Topics.TYPE_PREFIX + "VisitHeld",
                    key,
                    new AgendaEvents.VisitHeld(
                            after.id(),
                            freeText.theme(after.theme()),
                            after.visitDate(),
                            after.visitors().size(),
                            now));
            analytics.publish(
                    key,
                    new ExpertpoolAnalytics.VisitHeld(
                            after.id(),
                            Themes.forAnalytics(after.theme()),
                            after.visitDate(),
                            after.visitors().size(),
                            analytics.pseudonyms(after.visitors())));
        }
    }

    public AgendaPoint get(UUID id) {
        return points.find(id).orElseThrow(() -> new NotFoundException("Agenda point", id));
    }

    /** Erasure: the expert's quotes go; their support stays as an anonymous count. */
    @EventListener
    void expertLeft(ExpertLeft event) {
        if (event.reason() == ExpertLeft.Reason.ERASED) {
            points.clearQuotes(event.expertId());
        }
    }

    /**
     * Erasure: the expert's name leaves every point's texts, steps and the other supporters' quotes; their first
     * name on its own only those of their points: raised in their sessions, or raised, supported or taken to
     * parliament by them (see ErasedName).
     */
    @EventListener
    void expertErased(ExpertErased event) {
        Set<UUID> theirs = points.pointsOf(event.expertId());
        points.rewriteTexts(point -> text -> event.name().text(text, theirs.contains(point)));
    }

    /** A text as given, stripped; null when it was left out or blank. */
    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
