package nl.wegwijs.expertpool.agenda;

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

    private static final int BOARD_LIMIT = 500;

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

    /** The board: every status as a column, in the order of the road. */
    @GetMapping("/board")
    Board board() {
        List<AgendaPointView> all =
                points.all(BOARD_LIMIT).stream().map(this::summary).toList();
        return new Board(Arrays.stream(AgendaStatus.values())
                .map(s ->
                        new Column(s, all.stream().filter(p -> p.status() == s).toList()))
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

    record Column(AgendaStatus status, List<AgendaPointView> items) {}
}
