package nl.wegwijs.matching.matches;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.matching.candidates.Candidate;
import nl.wegwijs.matching.candidates.Candidates;
import nl.wegwijs.matching.engine.Criterion;
import nl.wegwijs.matching.engine.MatchingEngine;
import nl.wegwijs.matching.engine.Ranked;
import nl.wegwijs.matching.engine.VacancyProfile;
import nl.wegwijs.matching.vacancies.Vacancies;
import nl.wegwijs.matching.vacancies.Vacancy;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an employer sees of matches for its own vacancy: only what a coach proposed (never the engine's
 * raw ranking), anonymised until the coach introduces the candidate with consent.
 */
@RestController
@PreAuthorize("hasRole('EMPLOYER')")
@Tag(name = "Vacancies (employers, X-API-Key)")
class EmployerMatchController {

    private final Vacancies vacancies;
    private final Matches matches;
    private final Candidates candidates;
    private final MatchingEngine engine;
    private final Pseudonyms pseudonyms;
    private final RankingAudit audit;
    private final MatchService service;

    EmployerMatchController(
            Vacancies vacancies,
            Matches matches,
            Candidates candidates,
            MatchingEngine engine,
            Pseudonyms pseudonyms,
            RankingAudit audit,
            MatchService service) {
        this.service = service;
        this.vacancies = vacancies;
        this.matches = matches;
        this.candidates = candidates;
        this.engine = engine;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
    }

    /** A candidate as the employer sees one; name and id only once introduced. */
    record EmployerMatch(
            UUID matchId,
            UUID vacancyId,
            String candidateRef,
            UUID candidateId,
            String name,
            String status,
            Double score,
            List<Criterion> explanation,
            UwvNotification uwvNotification) {}

    record EmployerMatches(List<EmployerMatch> items) {}

    @GetMapping("/api/employer/vacancies/{id}/matches")
    // one snapshot: every match listed still has its candidate, whatever erasure commits meanwhile
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    @Operation(
            summary = "Candidates a coach proposed for your vacancy",
            description = "Anonymised (candidateRef only) until a coach introduces the candidate with their "
                    + "consent; then name and candidateId appear. Matches are never sent automatically.")
    EmployerMatches matches(@PathVariable UUID id) {
        UUID employerId = Caller.current().employerId();
        if (employerId == null) {
            throw new AccessDeniedException("token names no employer");
        }
        Vacancy vacancy = vacancies.findOwned(employerId, id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        VacancyProfile profile = vacancies.profile(vacancy).orElse(null);
        List<EmployerMatch> items = matches.search(id, null, null, 0, 100).stream()
                .filter(m -> m.status() != MatchStatus.DECLINED)
                .map(m -> view(m, vacancy, profile))
                .toList();
        audit.record(
                "EMPLOYER_VIEW",
                id,
                "employer:" + employerId,
                engine.scoringVersion(),
                Map.of("vacancyId", id, "vacancyVersion", vacancy.version()),
                items.stream()
                        .map(i -> Map.of("matchId", i.matchId(), "status", i.status()))
                        .toList());
        return new EmployerMatches(items);
    }

    private EmployerMatch view(Match m, Vacancy vacancy, VacancyProfile profile) {
        boolean introduced = m.status() == MatchStatus.INTRODUCED || m.status() == MatchStatus.HIRED;
        Candidate candidate = candidates.find(m.candidateId()).orElseThrow();
        List<Criterion> explanation = profile == null
                ? List.of()
                : engine.explain(profile, m.candidateId())
                        .map(Ranked::explanation)
                        .orElse(List.of());
        UwvNotification notification =
                m.status() == MatchStatus.HIRED ? service.load(m.id()).uwvNotification() : null;
        return new EmployerMatch(
                m.id(),
                m.vacancyId(),
                pseudonyms.of("employer-view:" + m.candidateId()),
                introduced ? m.candidateId() : null,
                introduced ? candidate.profile().name() : null,
                m.status().name(),
                m.score() == null ? null : m.score().doubleValue(),
                explanation,
                notification);
    }
}
