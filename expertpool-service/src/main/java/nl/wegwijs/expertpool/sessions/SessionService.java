package nl.wegwijs.expertpool.sessions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijs.expertpool.Topics;
import nl.wegwijs.expertpool.analytics.ExpertpoolAnalytics;
import nl.wegwijs.expertpool.experts.Expert;
import nl.wegwijs.expertpool.experts.ExpertErased;
import nl.wegwijs.expertpool.experts.ExpertLeft;
import nl.wegwijs.expertpool.experts.Experts;
import nl.wegwijs.expertpool.experts.Themes;
import nl.wegwijs.expertpool.privacy.FreeText;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs sessions: scheduling, invitations (only to experts who consent to take part, only before the
 * session starts, never beyond its capacity), replies, attendance and minutes (both only once the session
 * has started).
 */
@Service
public class SessionService {

    private final Sessions sessions;
    private final Experts experts;
    private final Outbox outbox;
    private final ExpertpoolAnalytics analytics;
    private final FreeText freeText;
    private final Clock clock;

    SessionService(
            Sessions sessions,
            Experts experts,
            Outbox outbox,
            ExpertpoolAnalytics analytics,
            FreeText freeText,
            Clock clock) {
        this.sessions = sessions;
        this.experts = experts;
        this.outbox = outbox;
        this.analytics = analytics;
        this.freeText = freeText;
        this.clock = clock;
    }

    @Transactional
    public Session schedule(
            String theme, String title, OffsetDateTime startsAt, String language, String location, Integer capacity) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Session session = new Session(
                UUID.randomUUID(),
                Themes.normalise(theme),
                freeText.toStore(title.trim()),
                startsAt,
                language,
                location.trim(),
                capacity == null ? SessionRequest.DEFAULT_CAPACITY : capacity,
                null,
                null,
                null,
                now);
        sessions.insert(session);
        outbox.add(
                Topics.SESSION,
                Topics.TYPE_PREFIX + "SessionScheduled",
                session.id().toString(),
                new SessionScheduled(
                        session.id(),
                        freeText.theme(session.theme()),
                        session.title(),
                        session.startsAt(),
                        session.language(),
                        session.online(),
                        session.capacity()));
        analytics.publish(
                session.id().toString(),
                new ExpertpoolAnalytics.SessionScheduled(
                        session.id(),
                        Themes.forAnalytics(session.theme()),
                        session.language(),
                        session.online(),
                        session.capacity(),
                        session.startsAt()));
        return session;
    }

    public Session get(UUID id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("Session", id));
    }

    /** Experts who know the theme, speak the language and consent to take part, not yet invited. */
    public List<Expert> suggestions(UUID sessionId) {
        Session session = get(sessionId);
        Set<UUID> invited = sessions.invitations(sessionId).stream()
                .filter(i -> i.status().open())
                .map(Invitation::expertId)
                .collect(Collectors.toSet());
        return experts.suitable(session.theme(), session.language()).stream()
                .filter(e -> !invited.contains(e.id()))
                .toList();
    }

    @Transactional
    public void invite(UUID sessionId, List<UUID> expertIds) {
        Session session = sessions.lock(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!session.startsAt().isAfter(now)) {
            throw new ConflictException("Session " + sessionId + " started at " + session.startsAt()
                    + "; invitations are only sent for sessions still to come");
        }
        Map<UUID, Expert> found = known(expertIds);
        List<UUID> withoutConsent = found.values().stream()
                .filter(e -> !e.mayTakePart())
                .map(Expert::id)
                .toList();
        if (!withoutConsent.isEmpty()) {
            throw new ConflictException(
                    "These experts do not consent to take part and cannot be invited: " + withoutConsent);
        }
        List<Invitation> current = sessions.invitations(sessionId);
        Set<UUID> open = current.stream()
                .filter(i -> i.status().open())
                .map(Invitation::expertId)
                .collect(Collectors.toSet());
        List<UUID> fresh =
                found.keySet().stream().filter(id -> !open.contains(id)).toList();
        if (open.size() + fresh.size() > session.capacity()) {
            throw new ConflictException("Session " + sessionId + " is full: capacity " + session.capacity() + ", "
                    + open.size() + " open invitation(s), " + fresh.size() + " more asked");
        }
        fresh.forEach(id -> sessions.invite(sessionId, id, now));
    }

    @Transactional
    public void reply(UUID sessionId, UUID expertId, SessionRequests.Answer answer) {
        Session session = sessions.lock(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        Expert expert = experts.find(expertId)
                .filter(e -> !e.erased())
                .orElseThrow(() -> new InvalidRequestException("expertId", "no such expert"));
        List<Invitation> invitations = sessions.invitations(sessionId);
        Invitation invitation = invitations.stream()
                .filter(i -> i.expertId().equals(expertId))
                .findFirst()
                .orElseThrow(() ->
                        new ConflictException("Expert " + expertId + " has no invitation to session " + sessionId));
        if (invitation.status() == Invitation.Status.CANCELLED || !expert.mayTakePart()) {
            throw new ConflictException(
                    "The invitation of expert " + expertId + " was cancelled: they no longer consent to take part");
        }
        if (answer == SessionRequests.Answer.ACCEPTED && invitation.status() != Invitation.Status.ACCEPTED) {
            long accepted = invitations.stream()
                    .filter(i -> i.status() == Invitation.Status.ACCEPTED)
                    .count();
            if (accepted >= session.capacity()) {
                throw new ConflictException("Session " + sessionId + " is full: " + accepted + " of "
                        + session.capacity() + " places are taken");
            }
        }
        sessions.reply(
                sessionId,
                expertId,
                answer == SessionRequests.Answer.ACCEPTED ? Invitation.Status.ACCEPTED : Invitation.Status.DECLINED,
                OffsetDateTime.now(clock));
    }

    /**
     * Records who came; the first attendance marks the session held. Only from the session's start time on:
     * before it, nobody can have attended.
     */
    @Transactional
    public void attendance(UUID sessionId, List<UUID> expertIds) {
        Session session = sessions.lock(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        Map<UUID, Expert> found = known(expertIds);
        OffsetDateTime now = OffsetDateTime.now(clock);
        session.requireStarted(now, "attendance can be recorded");
        List<UUID> withoutConsent = found.values().stream()
                .filter(e -> !e.mayTakePart())
                .map(Expert::id)
                .toList();
        if (!withoutConsent.isEmpty()) {
            throw new ConflictException(
                    "These experts do not consent to take part; their attendance is not recorded: " + withoutConsent);
        }
        List<Invitation> current = sessions.invitations(sessionId);
        Set<UUID> present = new LinkedHashSet<>();
        current.stream().filter(Invitation::attended).map(Invitation::expertId).forEach(present::add);
        present.addAll(found.keySet());
        if (present.size() > session.capacity()) {
            throw new ConflictException("Session " + sessionId + " is full: capacity " + session.capacity() + ", "
                    + present.size() + " attendees recorded");
        }
        found.keySet().forEach(id -> sessions.attended(sessionId, id, now));
        if (session.heldAt() == null) {
            sessions.held(sessionId, now);
            List<Invitation> after = sessions.invitations(sessionId);
            List<UUID> attendees = after.stream()
                    .filter(Invitation::attended)
                    .map(Invitation::expertId)
                    .toList();
            outbox.add(
                    Topics.SESSION,
                    Topics.TYPE_PREFIX + "SessionHeld",
                    sessionId.toString(),
                    new SessionHeld(
                            sessionId, freeText.theme(session.theme()), session.startsAt(), attendees.size(), now));
            analytics.publish(
                    sessionId.toString(),
                    new ExpertpoolAnalytics.SessionHeld(
                            sessionId,
                            Themes.forAnalytics(session.theme()),
                            session.language(),
                            after.size(),
                            (int) after.stream()
                                    .filter(i -> i.status() == Invitation.Status.ACCEPTED)
                                    .count(),
                            attendees.size(),
                            analytics.pseudonyms(attendees),
                            now));
        }
    }

    /**
     * The minutes of what was said; only from the session's start time on, like attendance. Stored without contact
     * data; the experts' names stay until an expert is erased ({@link FreeText}).
     */
    @Transactional
    public void minutes(UUID sessionId, String minutes) {
        Session session = sessions.lock(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        session.requireStarted(now, "minutes can be recorded");
        sessions.minutes(sessionId, freeText.toStore(minutes.strip()), now);
    }

    /** Withdrawn consent or erasure: the expert's open invitations to coming sessions are cancelled. */
    @EventListener
    void expertLeft(ExpertLeft event) {
        sessions.cancelOpenInvitations(event.expertId(), event.leftAt());
    }

    /**
     * Erasure: the expert's name leaves every session's title, minutes and (when it names them) location; their
     * first name on its own only those of the sessions they were invited to or attended (see ErasedName).
     */
    @EventListener
    void expertErased(ExpertErased event) {
        Set<UUID> theirs = sessions.sessionsOf(event.expertId());
        sessions.rewriteTexts(
                session -> text -> event.name().text(text, theirs.contains(session)),
                session -> place -> event.name().place(place, theirs.contains(session)));
    }

    private Map<UUID, Expert> known(List<UUID> expertIds) {
        List<UUID> distinct = expertIds.stream().distinct().toList();
        Map<UUID, Expert> found = experts.findAll(distinct).stream()
                .filter(e -> !e.erased())
                .collect(Collectors.toMap(Expert::id, Function.identity()));
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < expertIds.size(); i++) {
            if (!found.containsKey(expertIds.get(i))) {
                unknown.add(new FieldProblem("expertIds[" + i + "]", "no such expert"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(unknown);
        }
        Map<UUID, Expert> ordered = new java.util.LinkedHashMap<>();
        distinct.forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }
}
