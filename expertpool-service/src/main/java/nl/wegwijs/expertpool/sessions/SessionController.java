package nl.wegwijs.expertpool.sessions;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.expertpool.experts.Expert;
import nl.wegwijs.expertpool.experts.Themes;
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

/** Thematic sessions for coordinators. Suggestions are only suggestions: nobody is invited automatically. */
@RestController
@RequestMapping("/api/expertpool/sessions")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class SessionController {

    /** Suggestions in a stable order: who joined the pool first, then by id. */
    private static final Comparator<Expert> BY_JOINED =
            Comparator.comparing(Expert::joinedAt).thenComparing(Expert::id);

    private final SessionService service;
    private final Sessions sessions;

    SessionController(SessionService service, Sessions sessions) {
        this.service = service;
        this.sessions = sessions;
    }

    @PostMapping
    ResponseEntity<SessionView> schedule(@Valid @RequestBody SessionRequest request) {
        Session session = service.schedule(
                request.theme(),
                request.title(),
                request.startsAt(),
                request.language(),
                request.location(),
                request.capacity());
        return ResponseEntity.created(URI.create("/api/expertpool/sessions/" + session.id()))
                .body(view(session.id()));
    }

    @GetMapping
    PagedItems<SessionView> list(
            @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = PagedItems.request(page, size, Sort.unsorted());
        String normalised = theme == null || theme.isBlank() ? null : Themes.normalise(theme);
        return new PagedItems<>(
                sessions.page(normalised, request).stream()
                        .map(s -> SessionView.of(s, sessions.invitations(s.id()), false))
                        .toList(),
                request.getPageNumber(),
                request.getPageSize(),
                sessions.count(normalised));
    }

    @GetMapping("/{id}")
    SessionView one(@PathVariable UUID id) {
        return view(id);
    }

    @GetMapping("/{id}/suggested-experts")
    @Operation(
            summary = "Experts who know the session's theme, speak its language and consent, not yet invited",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100), longest in the "
                    + "pool first (by the date they joined, then by id). Nobody is invited until the coordinator "
                    + "sends the invitations.")
    PagedItems<SuggestedExpert> suggestions(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = PagedItems.request(page, size, Sort.unsorted());
        return PagedItems.ofList(
                service.suggestions(id).stream()
                        .sorted(BY_JOINED)
                        .map(SuggestedExpert::of)
                        .toList(),
                request);
    }

    @PostMapping("/{id}/invitations")
    SessionView invite(@PathVariable UUID id, @Valid @RequestBody SessionRequests.Experts request) {
        service.invite(id, request.expertIds());
        return view(id);
    }

    @PostMapping("/{id}/replies")
    SessionView reply(@PathVariable UUID id, @Valid @RequestBody SessionRequests.Reply request) {
        service.reply(id, request.expertId(), request.response());
        return view(id);
    }

    @PostMapping("/{id}/attendance")
    SessionView attendance(@PathVariable UUID id, @Valid @RequestBody SessionRequests.Experts request) {
        service.attendance(id, request.expertIds());
        return view(id);
    }

    @PutMapping("/{id}/minutes")
    SessionView minutes(@PathVariable UUID id, @Valid @RequestBody SessionRequests.Minutes request) {
        service.minutes(id, request.minutes());
        return view(id);
    }

    private SessionView view(UUID id) {
        return SessionView.of(service.get(id), sessions.invitations(id), true);
    }

    /** An expert who fits the session: knows its theme, speaks its language, consents to take part. */
    record SuggestedExpert(UUID id, String name, List<String> languages, List<String> themes, String city) {
        static SuggestedExpert of(Expert e) {
            return new SuggestedExpert(e.id(), e.name(), e.languages(), e.themes(), e.city());
        }
    }
}
