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
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

    @GetMapping("/api/employer/vacancies/{id}/matches")
    // one snapshot: every match listed still has its candidate, whatever erasure commits meanwhile, and the
    // page and its total agree
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    @Operation(
            summary = "Candidates a coach proposed for your vacancy",
            description = "Anonymised (candidateRef only) until a coach introduces the candidate with their "
                    + "consent; then name and candidateId appear. Matches are never sent automatically. Declined "
                    + "matches are not listed. A page {items, page, size, total} (?page=0&size=20, size capped "
                    + "at 100), newest proposal first (by the time the coach proposed it, ties by matchId), so "
                    + "every match is on exactly one page while nothing changes. A negative page or a size below "
                    + "1 is a 400 problem; a page past the end has no items. Another employer's vacancy is a 404.")
    PagedItems<EmployerMatch> matches(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        UUID employerId = Caller.current().employerId();
        if (employerId == null) {
            throw new AccessDeniedException("token names no employer");
        }
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        Vacancy vacancy = vacancies.findOwned(employerId, id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        VacancyProfile profile = vacancies.profile(vacancy).orElse(null);
        List<EmployerMatch> items = matches.shownToEmployer(id, request.getOffset(), request.getPageSize()).stream()
                .map(m -> view(m, vacancy, profile))
                .toList();
        long total = matches.countShownToEmployer(id);
        audit.record(
                "EMPLOYER_VIEW",
                id,
                "employer:" + employerId,
                engine.scoringVersion(),
                Map.of(
                        "vacancyId",
                        id,
                        "vacancyVersion",
                        vacancy.version(),
                        "page",
                        request.getPageNumber(),
                        "size",
                        request.getPageSize()),
                items.stream()
                        .map(i -> Map.of("matchId", i.matchId(), "status", i.status()))
                        .toList());
        return new PagedItems<>(items, request.getPageNumber(), request.getPageSize(), total);
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
