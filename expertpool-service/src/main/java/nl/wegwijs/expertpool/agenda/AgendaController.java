package nl.wegwijs.expertpool.agenda;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.expertpool.experts.Themes;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agenda points for coordinators: raise, support, walk the road, see the board. */
@RestController
@RequestMapping("/api/expertpool/agenda-points")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class AgendaController {

    private final AgendaService service;
    private final AgendaPoints points;

    AgendaController(AgendaService service, AgendaPoints points) {
        this.service = service;
        this.points = points;
    }

    @PostMapping
    ResponseEntity<AgendaPointView> raise(@Valid @RequestBody AgendaRequests.Raise request) {
        AgendaPoint point = service.raise(
                request.sessionId(),
                request.theme(),
                request.text(),
                request.raisedBy(),
                Caller.current().username());
        return ResponseEntity.created(URI.create("/api/expertpool/agenda-points/" + point.id()))
                .body(view(point.id()));
    }

    @GetMapping
    @Operation(
            summary = "Agenda points, filtered by status, theme or session",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100), by priority "
                    + "(points without one last), then the most recently raised first, then by id.")
    PagedItems<AgendaPointView> list(
            @RequestParam(required = false) AgendaStatus status,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) UUID sessionId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = PagedItems.request(page, size, Sort.unsorted());
        String normalised = theme == null || theme.isBlank() ? null : Themes.normalise(theme);
        return new PagedItems<>(
                points.page(status, normalised, sessionId, request).stream()
                        .map(this::summary)
                        .toList(),
                request.getPageNumber(),
                request.getPageSize(),
                points.count(status, normalised, sessionId));
    }

    /**
     * The board: every status as a column, in the order of the road; each column one page of the points in that
     * status, with their total (the next pages are the list's {@code ?status=}).
     */
    @GetMapping("/board")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @Operation(
            summary = "The board: one column per status, in the order of the road",
            description = "{columns: [{status, items, page, size, total}]}: each column is a page (?page=0&size=20, "
                    + "size capped at 100) of the points in that status, in the order of the list: by priority (points "
                    + "without one last), then the most recently raised first, then by id. total counts every point in "
                    + "the status; GET /api/expertpool/agenda-points?status=&page=&size= gives the same pages.")
    Board board(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var request = PagedItems.request(page, size, Sort.unsorted());
        return new Board(Arrays.stream(AgendaStatus.values())
                .map(status -> new Column(
                        status,
                        points.page(status, null, null, request).stream()
                                .map(this::summary)
                                .toList(),
                        request.getPageNumber(),
                        request.getPageSize(),
                        points.count(status, null, null)))
                .toList());
    }

    @GetMapping("/{id}")
    AgendaPointView one(@PathVariable UUID id) {
        return view(id);
    }

    @PostMapping("/{id}/support")
    AgendaPointView support(@PathVariable UUID id, @Valid @RequestBody AgendaRequests.Support request) {
        service.support(id, request.expertId(), request.quote());
        return view(id);
    }

    @PostMapping("/{id}/status")
    AgendaPointView status(@PathVariable UUID id, @Valid @RequestBody AgendaRequests.StatusChange request) {
        service.changeStatus(id, request, Caller.current().username());
        return view(id);
    }

    private AgendaPointView summary(AgendaPoint p) {
        return AgendaPointView.of(p, points.supporterCount(p.id()), null, null);
    }

    private AgendaPointView view(UUID id) {
        AgendaPoint p = service.get(id);
        List<Supporter> supporters = points.supporters(id);
        return AgendaPointView.of(p, supporters.size(), supporters, points.history(id));
    }

    record Board(List<Column> columns) {}

    /** One status of the board: a page of its points ({@code items, page, size, total}, like every list). */
    record Column(AgendaStatus status, List<AgendaPointView> items, int page, int size, long total) {}
}
