package nl.wegwijs.matching.matches;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.matching.candidates.Candidate;
import nl.wegwijs.matching.candidates.Candidates;
import nl.wegwijs.matching.engine.MatchingEngine;
import nl.wegwijs.matching.engine.Ranked;
import nl.wegwijs.matching.places.Places;
import nl.wegwijs.matching.vacancies.Vacancies;
import nl.wegwijs.matching.vacancies.Vacancy;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.privacy.Redactor;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The match lifecycle. Only people move a match: a coach proposes (overriding the engine with a reason
 * when the pair fails a hard constraint), introduces with the candidate's consent, and records a hire or
 * a decline. Nothing reaches an employer before a coach proposes it.
 */
@Service
class MatchService {

    private final Matches matches;
    private final Vacancies vacancies;
    private final Candidates candidates;
    private final MatchingEngine engine;
    private final RankingAudit audit;
    private final Outbox outbox;
    private final Pseudonyms pseudonyms;
    private final Places places;
    private final Clock clock;
    private final Redactor redactor = new Redactor();

    MatchService(
            Matches matches,
            Vacancies vacancies,
            Candidates candidates,
            MatchingEngine engine,
            RankingAudit audit,
            Outbox outbox,
            Pseudonyms pseudonyms,
            Places places,
            Clock clock) {
        this.matches = matches;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.engine = engine;
        this.audit = audit;
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
        this.places = places;
        this.clock = clock;
    }

    /**
     * Proposes a candidate for a vacancy. A pair has one match: proposing it again, also at the same moment as
     * another coach, is a {@link PairMatchedException} naming the match. The candidate stays locked against
     * erasure until the proposal commits; a proposal for a candidate being erased waits and finds it gone.
     */
    @Transactional
    Match propose(UUID vacancyId, UUID candidateId, String overrideReason, String coach) {
        Vacancy vacancy = vacancies.find(vacancyId).orElseThrow(() -> new NotFoundException("Vacancy", vacancyId));
        Candidate candidate = candidates
                .findHeldAgainstErasure(candidateId)
                .orElseThrow(() -> new NotFoundException("Candidate", candidateId));
        if (vacancy.status() != Vacancy.Status.OPEN) {
            throw new ConflictException("Vacancy " + vacancyId + " is closed");
        }
        matches.findPair(vacancyId, candidateId).ifPresent(existing -> {
            throw new PairMatchedException(existing);
        });
        Ranked ranked = vacancies
                .profile(vacancy)
                .flatMap(profile -> engine.explain(profile, candidateId))
                .orElseThrow(
                        () -> new ConflictException("Candidate " + candidateId + " is not ready for matching yet"));
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (!ranked.eligible() && reason == null) {
            List<String> unmet = ranked.explanation().stream()
                    .filter(c -> !c.met() && isHard(c.criterion()))
                    .map(c -> c.criterion() + " (" + c.detail() + ")")
                    .toList();
            throw new ConflictException("The candidate does not meet: " + String.join("; ", unmet)
                    + ". To propose anyway, give overrideReason.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean firstForCandidate = matches.countForCandidate(candidateId) == 0;
        Match match = new Match(
                UUID.randomUUID(),
                vacancyId,
                candidateId,
                MatchStatus.PROPOSED,
                ranked.score(),
                reason,
                coach,
                now,
                now,
                null,
                null);
        if (!matches.insert(match)) { // a concurrent proposal of the pair was first
            throw new PairMatchedException(matches.findPair(vacancyId, candidateId)
                    .orElseThrow(() -> new IllegalStateException(
                            "Match of " + vacancyId + " and " + candidateId + " not found after a conflict")));
        }
        matches.step(match.id(), MatchStatus.PROPOSED, coach, reason, now);
        if (reason != null || !ranked.eligible()) {
            audit.record(
                    "OVERRIDE",
                    vacancyId,
                    coach,
                    engine.scoringVersion(),
                    Map.of("vacancyId", vacancyId, "candidateId", candidateId, "reason", reason == null ? "" : reason),
                    ranked);
        }
        publish(match, vacancy, candidate, null, firstForCandidate);
        return load(match.id());
    }

    @Transactional
    Match introduce(UUID id, String coach) {
        Held held = hold(id);
        if (!Boolean.TRUE.equals(held.candidate().profile().consentToShare())) {
            throw new ConflictException(
                    "The candidate has not consented to share their profile with employers; ask them first");
        }
        return move(held, MatchStatus.PROPOSED, MatchStatus.INTRODUCED, coach, null);
    }

    @Transactional
    Match hire(UUID id, LocalDate startDate, String coach) {
        Held held = hold(id);
        Vacancy vacancy = vacancies.find(held.match().vacancyId()).orElseThrow();
        LocalDate start = startDate == null ? vacancy.vacancy().startDate() : startDate;
        Match hired = move(held, MatchStatus.INTRODUCED, MatchStatus.HIRED, coach, "start " + start);
        return hired.with(hired.history(), notification(held.candidate(), start));
    }

    /** Declines a proposed or introduced match; the reason is optional (kept stripped when given). */
    @Transactional
    Match decline(UUID id, String reason, String actor) {
        Held held = hold(id);
        MatchStatus from = held.match().status();
        if (from != MatchStatus.PROPOSED && from != MatchStatus.INTRODUCED) {
            throw new ConflictException("The match is " + from + "; only " + MatchStatus.PROPOSED.withArticle() + " or "
                    + MatchStatus.INTRODUCED.withArticle() + " match can be declined");
        }
        return move(
                held, from, MatchStatus.DECLINED, actor, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** A match with its candidate, who cannot be erased before the transaction ends. */
    private record Held(Match match, Candidate candidate) {}

    /**
     * Holds a match's candidate against erasure (as a proposal does) before the match moves on, and reads the match
     * again under that hold. An erasure under way is waited for; a match whose candidate is erased, before or
     * meanwhile, went with the candidate: a 404, never a 500, a conflict to retry, or history written after the
     * erasure (which would make the erasure fail on its foreign key and leave the person's data behind). An
     * erasure that comes later waits for this transaction and then removes what it wrote.
     */
    private Held hold(UUID id) {
        UUID candidateId = matches.candidateOf(id).orElseThrow(() -> new NotFoundException("Match", id));
        Candidate candidate =
                candidates.findHeldAgainstErasure(candidateId).orElseThrow(() -> new NotFoundException("Match", id));
        return new Held(find(id), candidate);
    }

    /**
     * A match with its history (and the UWV checklist once hired), read in one snapshot: a match read has its
     * candidate, whatever erasure commits meanwhile.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Match load(UUID id) {
        Match match = find(id);
        UwvNotification notification = null;
        List<Match.Step> history = matches.history(id);
        if (match.status() == MatchStatus.HIRED) {
            LocalDate start = history.stream()
                    .filter(s -> s.status() == MatchStatus.HIRED
                            && s.reason() != null
                            && s.reason().startsWith("start "))
                    .map(s -> LocalDate.parse(s.reason().substring(6)))
                    .findFirst()
                    .orElse(vacancies
                            .find(match.vacancyId())
                            .orElseThrow()
                            .vacancy()
                            .startDate());
            Candidate candidate =
                    candidates.find(match.candidateId()).orElseThrow(() -> new NotFoundException("Match", id));
            notification = notification(candidate, start);
        }
        return match.with(history, notification);
    }

    private static UwvNotification notification(Candidate candidate, LocalDate start) {
        return UwvNotification.forHire(
                candidate.profile().workAuthorisation().basis().name(), start);
    }

    private Match find(UUID id) {
        return matches.find(id).orElseThrow(() -> new NotFoundException("Match", id));
    }

    private Match move(Held held, MatchStatus from, MatchStatus to, String actor, String reason) {
        Match match = held.match();
        if (match.status() != from) {
            throw new ConflictException(
                    "The match is " + match.status() + "; only " + from.withArticle() + " match can become " + to);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!matches.move(match.id(), from, to, now)) {
            throw new ConflictException("The match was changed at the same time; read it again");
        }
        matches.step(match.id(), to, actor, reason, now);
        Match moved = find(match.id());
        Vacancy vacancy = vacancies.find(match.vacancyId()).orElseThrow();
        publish(moved, vacancy, held.candidate(), to == MatchStatus.DECLINED ? reason : null, false);
        return load(moved.id());
    }

    private void publish(Match m, Vacancy vacancy, Candidate candidate, String reason, boolean firstForCandidate) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String redacted = reason == null
                ? null
                : redactor.redact(reason, List.of(candidate.profile().name()));
        outbox.add(
                MatchEvents.TOPIC,
                MatchEvents.typeFor(m.status()),
                m.id().toString(),
                new MatchEvents.MatchChanged(
                        m.id(),
                        m.vacancyId(),
                        m.candidateId(),
                        m.status().name(),
                        m.score(),
                        m.overrideReason() != null,
                        redacted,
                        now));
        int daysSinceProfile =
                (int) Duration.between(candidate.createdAt(), now).toDays();
        double km = places.find(vacancy.vacancy().location().city())
                .flatMap(v -> places.find(candidate.profile().location().city()).map(v::kilometresTo))
                .orElse(-1.0);
        outbox.add(
                MatchEvents.ANALYTICS_TOPIC,
                MatchEvents.analyticsTypeFor(m.status()),
                pseudonyms.of(m.candidateId()),
                new MatchEvents.MatchProgressed(
                        m.id(),
                        pseudonyms.of(m.candidateId()),
                        m.vacancyId(),
                        m.status().name(),
                        vacancy.vacancy().sector().name(),
                        vacancy.vacancy().isco().substring(0, 1),
                        candidate.profile().languages().stream()
                                .map(l -> l.code() + ":" + l.level())
                                .toList(),
                        km < 0 ? "unknown" : MatchEvents.distanceBand(km),
                        m.score(),
                        m.overrideReason() != null,
                        firstForCandidate ? daysSinceProfile : null,
                        m.status() == MatchStatus.HIRED ? daysSinceProfile : null,
                        now));
    }

    private static boolean isHard(String criterion) {
        return switch (criterion) {
            case "workAuthorisation",
                    "availability",
                    "hours",
                    "drivingLicences",
                    "languages",
                    "skills",
                    "certificates",
                    "experience",
                    "distance" -> true;
            default -> false;
        };
    }
}
