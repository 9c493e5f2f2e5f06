package nl.wegwijs.matching.candidates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.wegwijs.matching.preconditions.IfMatch;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/matching/candidates")
@PreAuthorize("hasAnyRole('MATCHER', 'ADMIN')")
@Tag(name = "Candidates (MATCHER or ADMIN)")
class CandidateController {

    private final CandidateService service;
    private final Candidates candidates;

    CandidateController(CandidateService service, Candidates candidates) {
        this.service = service;
        this.candidates = candidates;
    }

    @PostMapping
    @Operation(
            summary = "Create a candidate profile",
            description = "For TEMPORARY_PROTECTION without validUntil the configured end of temporary protection "
                    + "is filled in; other bases except EU_CITIZEN and NATURALISED need validUntil.")
    ResponseEntity<Candidate> create(@Valid @RequestBody CandidateRequest request) {
        Candidate c = service.create(request, Caller.current().username());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/matching/candidates/" + c.id()))
                .eTag(c.etag())
                .body(c);
    }

    @GetMapping
    PagedItems<Candidate> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        return new PagedItems<>(
                candidates.page(request.getOffset(), request.getPageSize()),
                page,
                request.getPageSize(),
                candidates.count());
    }

    @GetMapping("/{id}")
    ResponseEntity<Candidate> one(@PathVariable UUID id) {
        Candidate c = candidates.find(id).orElseThrow(() -> new NotFoundException("Candidate", id));
        return ResponseEntity.ok().eTag(c.etag()).body(c);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace a profile; If-Match is optional for coaches, but when sent it must match (412)",
            description = "ETags compare strongly (RFC 9110): a weak tag (W/\"2\") never matches, so it is a 412.")
    ResponseEntity<Candidate> update(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CandidateRequest request) {
        Candidate c = service.update(id, IfMatch.of(ifMatch), request);
        return ResponseEntity.ok().eTag(c.etag()).body(c);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Erase a candidate (right to erasure)",
            description = "Deletes the profile with every personal field, the candidate's matches (also from "
                    + "employers' views) and suggestions, and takes the candidate out of every ranking. A later GET "
                    + "is a 404; erasing an erased candidate again is a 204, an id never known a 404. Analysts get "
                    + "CandidateErased with the pseudonym only. A helpdesk PersonErased event for the candidate's "
                    + "ticketId does the same.",
            responses = {
                @ApiResponse(responseCode = "204", description = "Erased (now or before)"),
                @ApiResponse(responseCode = "404", description = "No candidate with this id was ever known")
            })
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        service.erase(id, Caller.current().username());
        return ResponseEntity.noContent().build();
    }
}
