package nl.wegwijs.matching.matches;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.wegwijs.matching.candidates.Candidates;
import nl.wegwijs.matching.engine.MatchingEngine;
import nl.wegwijs.matching.engine.Ranking;
import nl.wegwijs.matching.engine.VacancyProfile;
import nl.wegwijs.matching.vacancies.Vacancies;
import nl.wegwijs.matching.vacancies.Vacancy;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ranked, explained matches for coaches, both ways. These are proposals to a person: nothing here goes
 * to an employer. Every ranking answered is logged with its inputs and scoring version.
 */
@RestController
@RequestMapping("/api/matching")
@PreAuthorize("hasAnyRole('MATCHER', 'ADMIN')")
@Validated
@Tag(name = "Matching (MATCHER or ADMIN)")
class MatchingController {

    private final MatchingEngine engine;
    private final Vacancies vacancies;
    private final Candidates candidates;
    private final RankingAudit audit;
    private final Suggestions suggestions;

    MatchingController(
            MatchingEngine engine,
            Vacancies vacancies,
            Candidates candidates,
            RankingAudit audit,
            Suggestions suggestions) {
        this.suggestions = suggestions;
        this.engine = engine;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.audit = audit;
    }

    @GetMapping("/vacancies/{id}/matches")
    @Transactional
    @Operation(
            summary = "The best candidates for a vacancy, explained per criterion",
            description = "Hard constraints filter, soft signals rank (score 0-100). nearMisses lists candidates "
                    + "who fail only because a required language is one level short. warnings names each required "
                    + "skill or certificate no candidate has (field skills[i] or certificates[i]) and says whether the "
                    + "skill vocabulary knows it; an empty list when there is none.")
    RankingView candidatesForVacancy(
            @PathVariable UUID id, @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        Vacancy vacancy = vacancies.find(id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        if (vacancy.status() != Vacancy.Status.OPEN) {
            throw new ConflictException("Vacancy " + id + " is closed");
        }
        VacancyProfile profile =
                vacancies.profile(vacancy).orElseThrow(() -> new ConflictException("Vacancy place is unknown"));
        Ranking ranking = engine.candidatesFor(profile, limit);
        UUID rankingId = audit.record(
                "CANDIDATES_FOR_VACANCY",
                id,
                Caller.current().username(),
                ranking.scoringVersion(),
                Map.of(
                        "vacancyId",
                        id,
                        "vacancyVersion",
                        vacancy.version(),
                        "limit",
                        limit,
                        "candidatesConsidered",
                        ranking.considered()),
                logged(ranking));
        return view(ranking, rankingId);
    }

    @GetMapping("/candidates/{id}/matches")
    @Transactional
    @Operation(summary = "The best open vacancies for a candidate, explained per criterion")
    RankingView vacanciesForCandidate(
            @PathVariable UUID id, @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        var candidate = candidates.find(id).orElseThrow(() -> new NotFoundException("Candidate", id));
        Ranking ranking = engine.vacanciesFor(id, limit)
                .orElseThrow(() -> new ConflictException("Candidate " + id + " is not ready for matching yet"));
        UUID rankingId = audit.record(
                "VACANCIES_FOR_CANDIDATE",
                id,
                Caller.current().username(),
                ranking.scoringVersion(),
                Map.of(
                        "candidateId",
                        id,
                        "candidateVersion",
                        candidate.version(),
                        "limit",
                        limit,
                        "vacanciesConsidered",
                        ranking.considered()),
                logged(ranking));
        return view(ranking, rankingId);
    }

    @GetMapping("/suggestions")
    @Operation(
            summary = "Suggestions refreshed by events",
            description = "Recomputed whenever a vacancy is posted or changed or a profile changes; filter by "
                    + "vacancyId or candidateId. Scores only: open the ranking endpoints for explanations. A page "
                    + "{items, page, size, total} (?page=0&size=20, size capped at 100), highest score first, ties by "
                    + "vacancyId, then candidateId.")
    PagedItems<Suggestions.Suggestion> suggestions(
            @RequestParam(required = false) UUID vacancyId,
            @RequestParam(required = false) UUID candidateId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        return new PagedItems<>(
                suggestions.find(vacancyId, candidateId, request.getOffset(), request.getPageSize()),
                request.getPageNumber(),
                request.getPageSize(),
                suggestions.count(vacancyId, candidateId));
    }

    static List<RankingView.Logged> logged(Ranking ranking) {
        return Stream.concat(ranking.items().stream(), ranking.nearMisses().stream())
                .map(r -> new RankingView.Logged(r.vacancyId(), r.candidateId(), r.score(), r.nearMiss()))
                .toList();
    }

    private static RankingView view(Ranking ranking, UUID rankingId) {
        return new RankingView(
                ranking.items().stream().map(RankingView.Item::of).toList(),
                ranking.nearMisses().stream().map(RankingView.Item::of).toList(),
                ranking.considered(),
                ranking.scoringVersion(),
                rankingId,
                ranking.warnings());
    }
}
