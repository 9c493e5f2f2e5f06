package nl.wegwijs.matching.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.matching.candidates.CandidateEvents.CandidateErased;
import nl.wegwijs.matching.candidates.CandidateEvents.CandidateErasedForAnalysts;
import nl.wegwijs.matching.candidates.CandidateEvents.CandidateProfiled;
import nl.wegwijs.matching.candidates.CandidateEvents.CandidateUpdated;
import nl.wegwijs.matching.engine.AfterCommit;
import nl.wegwijs.matching.engine.LanguageLists;
import nl.wegwijs.matching.engine.MatchingEngine;
import nl.wegwijs.matching.engine.WorkAuthorisation;
import nl.wegwijs.matching.places.Places;
import nl.wegwijs.matching.preconditions.IfMatch;
import nl.wegwijs.matching.preconditions.PreconditionFailedException;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Candidate changes, each committed with its events; the in-memory index follows after commit. */
@Service
public class CandidateService {

    private final Candidates candidates;
    private final Places places;
    private final Outbox outbox;
    private final MatchingEngine engine;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LocalDate temporaryProtectionUntil;

    CandidateService(
            Candidates candidates,
            Places places,
            Outbox outbox,
            MatchingEngine engine,
            Pseudonyms pseudonyms,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${wegwijs.matching.temporary-protection-until}") LocalDate temporaryProtectionUntil) {
        this.candidates = candidates;
        this.places = places;
        this.outbox = outbox;
        this.engine = engine;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.events = events;
        this.temporaryProtectionUntil = temporaryProtectionUntil;
    }

    @Transactional
    public Candidate create(CandidateRequest request, String coach) {
        CandidateRequest profile = request.normalised(temporaryProtectionUntil);
        check(profile);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Candidate candidate = new Candidate(UUID.randomUUID(), 1, now, now, profile);
        candidates.insert(candidate, coach);
        publish(candidate, true);
        return candidate;
    }

    @Transactional
    public Candidate update(UUID id, IfMatch ifMatch, CandidateRequest request) {
        Candidate current = candidates.find(id).orElseThrow(() -> new NotFoundException("Candidate", id));
        ifMatch.check("candidate", current.etag());
        CandidateRequest profile = request.normalised(temporaryProtectionUntil);
        check(profile);
        Candidate updated =
                new Candidate(id, current.version() + 1, current.createdAt(), OffsetDateTime.now(clock), profile);
        if (!candidates.update(updated, current.version())) {
            throw PreconditionFailedException.changedMeanwhile("candidate");
        }
        publish(updated, false);
        return updated;
    }

    /**
     * Published inside an erasure's transaction, before the profile is deleted: whoever holds data about the
     * candidate (matches, suggestions, the audit log's free text) removes it in the same transaction.
     */
    public record Erasing(UUID candidateId) {}

    /** What {@link #erase} found: the candidate is erased now, or was erased before. */
    public enum Erasure {
        ERASED,
        ALREADY_ERASED
    }

    /**
     * Erases a candidate: the profile (every personal field) is deleted, with the candidate's matches and
     * suggestions; the index of every instance drops it once the change is committed. An id erased before
     * answers {@link Erasure#ALREADY_ERASED}; an id never known is a 404.
     */
    @Transactional
    public Erasure erase(UUID id, String erasedBy) {
        if (candidates.erased(id)) {
            return Erasure.ALREADY_ERASED;
        }
        if (candidates.lock(id).isEmpty()) {
            if (candidates.erased(id)) { // erased by someone else while we waited for the lock
                return Erasure.ALREADY_ERASED;
            }
            throw new NotFoundException("Candidate", id);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        events.publishEvent(new Erasing(id));
        candidates.erase(id, now, erasedBy);
        outbox.add(CandidateEvents.TOPIC, CandidateEvents.ERASED, id.toString(), new CandidateErased(id, now));
        String pseudonym = pseudonyms.of(id);
        outbox.add(
                CandidateEvents.ANALYTICS_TOPIC,
                CandidateEvents.ANALYTICS_ERASED,
                pseudonym,
                new CandidateErasedForAnalysts(pseudonym, now));
        forget(id);
        return Erasure.ERASED;
    }

    /** Erases every candidate who came with this helpdesk question; answers how many there were. */
    @Transactional
    public int eraseLinkedTo(UUID ticketId, String erasedBy) {
        List<UUID> linked = candidates.linkedToTicket(ticketId);
        linked.forEach(id -> erase(id, erasedBy));
        return linked.size();
    }

    /** Takes an erased candidate out of the in-memory index (also used by the event consumer). */
    public void forget(UUID id) {
        AfterCommit.run(() -> engine.removeCandidate(id));
    }

    /** Brings the in-memory index in line with a candidate (also used by the event consumer). */
    public void follow(Candidate candidate) {
        AfterCommit.run(() -> candidates.profile(candidate).ifPresent(engine::upsertCandidate));
    }

    private void check(CandidateRequest p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (places.find(p.location().city()).isEmpty()) {
            List<String> close = places.suggestions(p.location().city(), 3);
            problems.add(new FieldProblem(
                    "location.city",
                    "is not a Dutch place we know"
                            + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")));
        }
        problems.addAll(LanguageLists.repeatedLanguages("languages", p.languages()));
        WorkAuthorisation authorisation = p.workAuthorisation();
        if (!authorisation.unlimited() && authorisation.validUntil() == null) {
            problems.add(new FieldProblem("workAuthorisation.validUntil", "is required for " + authorisation.basis()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private void publish(Candidate c, boolean created) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        outbox.add(
                CandidateEvents.TOPIC,
                CandidateEvents.UPDATED,
                c.id().toString(),
                new CandidateUpdated(c.id(), c.version(), created, now));
        outbox.add(
                CandidateEvents.ANALYTICS_TOPIC,
                CandidateEvents.ANALYTICS_PROFILED,
                pseudonyms.of(c.id()),
                new CandidateProfiled(
                        pseudonyms.of(c.id()),
                        c.version(),
                        c.profile().languages().stream()
                                .map(l -> l.code() + ":" + l.level())
                                .toList(),
                        c.profile().occupations().stream()
                                .map(o -> o.isco().substring(0, 1))
                                .distinct()
                                .toList(),
                        c.profile().workAuthorisation().basis().name(),
                        now));
        follow(c);
    }
}
