package nl.wegwijs.matching.matches;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.MaxCodePoints;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/matching/matches")
@PreAuthorize("hasAnyRole('MATCHER', 'ADMIN')")
@Tag(name = "Match lifecycle (MATCHER or ADMIN)")
class MatchController {

    private static final String GONE_WITH_THE_CANDIDATE = "A match whose candidate is erased, also while this "
            + "request runs, went with the candidate: 404 (an erasure under way is waited for, and always wins).";

    private final MatchService service;
    private final Matches matches;
    private final RankingAudit audit;

    MatchController(MatchService service, Matches matches, RankingAudit audit) {
        this.service = service;
        this.matches = matches;
        this.audit = audit;
    }

    record Propose(
            @NotNull UUID vacancyId,
            @NotNull UUID candidateId,
            @MaxCodePoints(1000) String overrideReason) {}

    record Hire(LocalDate startDate) {}

    record Decline(@MaxCodePoints(1000) String reason) {}

    @PostMapping
    @Operation(
            summary = "Propose a candidate for a vacancy (PROPOSED)",
            description = "A pair that fails a hard constraint is a 409 listing what is unmet, unless the coach "
                    + "overrides with overrideReason, which is logged for audit. A pair has one match: proposing "
                    + "it again (also at the same moment as another coach) is a 409 with the existing match's id "
                    + "under matchId and its address in Location. A candidate erased meanwhile is a 404.")
    ResponseEntity<Match> propose(@Valid @RequestBody Propose request) {
        Match match = service.propose(
                request.vacancyId(),
                request.candidateId(),
                request.overrideReason(),
                Caller.current().username());
        return ResponseEntity.created(URI.create("/api/matching/matches/" + match.id()))
                .body(match);
    }

    @GetMapping
    PagedItems<Match> list(
            @RequestParam(required = false) UUID vacancyId,
            @RequestParam(required = false) UUID candidateId,
            @RequestParam(required = false) MatchStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        return new PagedItems<>(
                matches.search(vacancyId, candidateId, status, request.getOffset(), request.getPageSize()),
                page,
                request.getPageSize(),
                matches.count(vacancyId, candidateId, status));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A match with its history (and the UWV checklist once hired)")
    Match one(@PathVariable UUID id) {
        return service.load(id);
    }

    @PostMapping("/{id}/introduce")
    @Operation(
            summary = "Introduce the candidate to the employer (requires the candidate's consentToShare)",
            description = GONE_WITH_THE_CANDIDATE)
    Match introduce(@PathVariable UUID id) {
        return service.introduce(id, Caller.current().username());
    }

    @PostMapping("/{id}/hire")
    @Operation(
            summary = "Record a hire; answers the employer's UWV notification checklist and its due date",
            description = "Body optional: {startDate} when it differs from the vacancy's start date. "
                    + GONE_WITH_THE_CANDIDATE)
    Match hire(@PathVariable UUID id, @RequestBody(required = false) Hire request) {
        return service.hire(
                id,
                request == null ? null : request.startDate(),
                Caller.current().username());
    }

    @PostMapping("/{id}/decline")
    @Operation(
            summary = "Record that the candidate or employer declined",
            description = "Body optional: no body, {} or {reason}. A reason is kept in the match history (and "
                    + "sent redacted in MatchDeclined). " + GONE_WITH_THE_CANDIDATE)
    Match decline(@PathVariable UUID id, @Valid @RequestBody(required = false) Decline request) {
        return service.decline(
                id, request == null ? null : request.reason(), Caller.current().username());
    }

    @GetMapping("/audit")
    @Operation(
            summary = "The audit log of rankings shown and overrides for a vacancy or candidate",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100), newest entry "
                    + "first (by shownAt, ties by id).")
    PagedItems<RankingAudit.Entry> auditLog(
            @RequestParam UUID subjectId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        return new PagedItems<>(
                audit.forSubject(subjectId, request.getOffset(), request.getPageSize()),
                request.getPageNumber(),
                request.getPageSize(),
                audit.countForSubject(subjectId));
    }
}
