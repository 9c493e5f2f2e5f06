package nl.wegwijs.expertpool.experts;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Experts for coordinators: register, list by theme, update, change consent, erase. */
@RestController
@RequestMapping("/api/expertpool/experts")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ExpertController {

    private final ExpertService service;
    private final Experts experts;

    ExpertController(ExpertService service, Experts experts) {
        this.service = service;
        this.experts = experts;
    }

    @PostMapping
    ResponseEntity<ExpertView> join(@Valid @RequestBody ExpertRequest request) {
        Expert expert = service.join(request, Caller.current().username());
        return ResponseEntity.created(URI.create("/api/expertpool/experts/" + expert.id()))
                .body(view(expert));
    }

    @GetMapping
    PagedItems<ExpertView> list(
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = PagedItems.request(page, size, Sort.unsorted());
        if (language != null && !language.matches("[a-z]{2}")) {
            throw new InvalidRequestException("language", "must be an ISO 639-1 code such as uk");
        }
        String normalisedTheme = theme == null || theme.isBlank() ? null : Themes.normalise(theme);
        var found = experts.page(normalisedTheme, language, active, request);
        return new PagedItems<>(
                found.items().stream().map(e -> ExpertView.of(e, null)).toList(),
                request.getPageNumber(),
                request.getPageSize(),
                found.total());
    }

    @GetMapping("/{id}")
    ExpertView one(@PathVariable UUID id) {
        return view(service.active(id));
    }

    @PutMapping("/{id}")
    ExpertView update(@PathVariable UUID id, @Valid @RequestBody ExpertRequest request) {
        return view(service.update(id, request, Caller.current().username()));
    }

    @PutMapping("/{id}/consent")
    ExpertView consent(@PathVariable UUID id, @Valid @RequestBody Consent consent) {
        return view(service.changeConsent(id, consent, Caller.current().username()));
    }

    @GetMapping("/{id}/consent-history")
    @Operation(
            summary = "Every change of the expert's consent, with date, scope and who recorded it",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100), oldest change "
                    + "first (by time of the change, then the order it was recorded).")
    PagedItems<ConsentChange> consentHistory(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = PagedItems.request(page, size, Sort.unsorted());
        service.active(id);
        return PagedItems.ofList(experts.consentHistory(id), request);
    }

    /** Erasure: removes the expert's personal data; anonymous counts stay. Repeating it answers 204 again. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        service.erase(id, Caller.current().username());
        return ResponseEntity.noContent().build();
    }

    /** The theme vocabulary: the helpdesk's topic codes; free themes are allowed too. */
    @GetMapping("/themes")
    @Operation(
            summary = "The theme vocabulary: the helpdesk's topic codes (free themes are allowed too)",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100) like every list, "
                    + "though the vocabulary is small and fixed: the codes in the order of the helpdesk's topic list.")
    PagedItems<String> themes(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PagedItems.ofList(Themes.TOPIC_CODES, PagedItems.request(page, size, Sort.unsorted()));
    }

    private ExpertView view(Expert expert) {
        return ExpertView.of(expert, experts.consentHistory(expert.id()));
    }
}
