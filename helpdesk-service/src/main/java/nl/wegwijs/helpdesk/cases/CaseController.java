package nl.wegwijs.helpdesk.cases;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.wegwijs.helpdesk.tickets.Actor;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases of households followed closely; staff only (AGENT, ADMIN). */
@RestController
@RequestMapping("/api/helpdesk/cases")
@PreAuthorize("hasAnyRole('AGENT','ADMIN')")
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping
    ResponseEntity<CaseViews.Detail> open(@Valid @RequestBody CaseViews.NewCase request) {
        UUID id = cases.open(request.label(), request.householdSize(), request.startedOn(), Actor.current());
        return ResponseEntity.created(URI.create("/api/helpdesk/cases/" + id)).body(cases.view(id));
    }

    @GetMapping
    PagedItems<CaseViews.Summary> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var request = PagedItems.request(page, size, Sort.unsorted());
        return cases.list(request.getPageNumber(), request.getPageSize());
    }

    @GetMapping("/{id}")
    CaseViews.Detail get(@PathVariable UUID id) {
        return cases.view(id);
    }

    @PostMapping("/{id}/tickets")
    CaseViews.Detail link(@PathVariable UUID id, @Valid @RequestBody CaseViews.LinkTicket request) {
        cases.link(id, request.ticketId(), Actor.current());
        return cases.view(id);
    }

    @PutMapping("/{id}/milestones/{milestone}")
    CaseViews.Detail reach(
            @PathVariable UUID id,
            @PathVariable Milestone milestone,
            @Valid @RequestBody CaseViews.ReachMilestone request) {
        cases.reach(id, milestone.name(), request.reachedOn(), Actor.current());
        return cases.view(id);
    }
}
