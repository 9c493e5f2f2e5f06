package nl.wegwijs.helpdesk.tickets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The helpdesk inbox for staff (AGENT, ADMIN) and superlocals (SUPERLOCAL: read and answer, no
 * contact data, the ticket's free text redacted). Staff log questions on someone's behalf with a channel.
 */
@RestController
@RequestMapping("/api/helpdesk/tickets")
class TicketController {

    static final String READERS = "hasAnyRole('AGENT','ADMIN','SUPERLOCAL')";
    static final String STAFF = "hasAnyRole('AGENT','ADMIN')";

    private final TicketService service;

    TicketController(TicketService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize(STAFF)
    @Operation(
            summary = "Log a question that came by phone, e-mail, walk-in, WhatsApp or Telegram",
            description = "201 with the ticket and its Location. With an Idempotency-Key header, a repeat of the same "
                    + "request by the same staff member within 24 hours answers the first ticket again (201, the "
                    + "same Location, header Idempotent-Replayed: true) and opens no second one, also when the "
                    + "first is still being opened; requests are compared by meaning (JSON key order, whitespace, "
                    + "spaces around contact data do not matter). The same key with a different request is a 409. "
                    + "Keys are per staff member and apart from those of the public form.",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "Opened, or replayed (Idempotent-Replayed: true)",
                        headers =
                                @Header(
                                        name = IdempotencyKey.REPLAYED_HEADER,
                                        description = "true when this answers an earlier request with the same "
                                                + "Idempotency-Key; false otherwise",
                                        schema = @Schema(type = "boolean"))),
                @ApiResponse(
                        responseCode = "400",
                        description = "An invalid field, an unknown topic, or an Idempotency-Key that is not 1 to "
                                + "200 visible ASCII characters",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "409",
                        description = "The Idempotency-Key was used for a different request within 24 hours",
                        content = @Content(mediaType = "application/problem+json"))
            })
    ResponseEntity<TicketViews.Detail> create(
            @Parameter(
                            description = "Optional. Any unique string per ticket you mean to log (a UUID), 1 to 200 "
                                    + "visible ASCII characters; the same key again when retrying. Remembered for 24 "
                                    + "hours.",
                            example = "8e03978e-40d5-43e8-bc93-6894a57f9324")
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    String idempotencyKey,
            @Valid @RequestBody TicketRequests.StaffQuestion request) {
        IdempotencyKey key = IdempotencyKey.parse(idempotencyKey);
        Actor actor = Actor.current();
        TicketService.Opened opened = service.open(
                new TicketService.NewQuestion(
                        request.text(),
                        request.language(),
                        request.channel(),
                        new Contact(request.name(), request.email(), request.phone()),
                        request.topic()),
                actor,
                key == null ? null : new TicketService.Idempotency(IdempotentRequests.Endpoint.STAFF_TICKET, key));
        UUID id = opened.ticket().id();
        return ResponseEntity.created(URI.create("/api/helpdesk/tickets/" + id))
                .header(IdempotencyKey.REPLAYED_HEADER, Boolean.toString(opened.replayed()))
                .body(service.view(id, actor));
    }

    @GetMapping
    @PreAuthorize(READERS)
    PagedItems<TicketViews.Summary> list(
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) Boolean awaitingReview,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = PagedItems.request(page, size, Sort.unsorted());
        String languageCode = blankToNull(language);
        return service.list(
                new TicketFilter(
                        status,
                        languageCode == null ? null : languageCode.toLowerCase(Locale.ROOT),
                        blankToNull(topic),
                        blankToNull(assignee),
                        caseId,
                        awaitingReview),
                request.getPageNumber(),
                request.getPageSize(),
                Actor.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    TicketViews.Detail get(@PathVariable UUID id) {
        return service.view(id, Actor.current());
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(READERS)
    @Operation(
            summary = "Who did what when: the ticket's history",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100), in the order "
                    + "the steps happened: oldest first.")
    PagedItems<TicketViews.HistoryEntry> history(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return service.history(id, PagedItems.request(page, size, Sort.unsorted()));
    }

    @GetMapping("/{id}/contact")
    @PreAuthorize(STAFF)
    Contact contact(@PathVariable UUID id) {
        return service.contact(id);
    }

    @GetMapping("/{id}/assignees")
    @PreAuthorize(READERS)
    @Operation(
            summary = "Staff who could take the ticket, with their open workload",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100). Order: staff "
                    + "who speak the ticket's language first, then fewest open (assigned) tickets, then user name.")
    PagedItems<TicketViews.SuggestedAssignee> assignees(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return service.assignees(id, PagedItems.request(page, size, Sort.unsorted()));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(READERS)
    TicketViews.Detail assign(@PathVariable UUID id, @Valid @RequestBody TicketRequests.Assign request) {
        return service.assign(id, request.assignee(), Actor.current());
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize(READERS)
    TicketViews.Detail answer(@PathVariable UUID id, @Valid @RequestBody TicketRequests.Answer request) {
        return service.answer(id, request, Actor.current());
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(STAFF)
    TicketViews.Detail approve(@PathVariable UUID id) {
        return service.approve(id, Actor.current());
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(STAFF)
    TicketViews.Detail close(@PathVariable UUID id) {
        return service.close(id, Actor.current());
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize(STAFF)
    TicketViews.Detail reopen(@PathVariable UUID id) {
        return service.reopen(id, Actor.current());
    }

    @PatchMapping("/{id}")
    @PreAuthorize(READERS)
    TicketViews.Detail correct(@PathVariable UUID id, @Valid @RequestBody TicketRequests.Correction request) {
        return service.correct(id, request, Actor.current());
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(READERS)
    TicketViews.Note addNote(@PathVariable UUID id, @Valid @RequestBody TicketRequests.NewNote request) {
        return service.addNote(id, request.text(), Actor.current());
    }

    @GetMapping("/{id}/notes")
    @PreAuthorize(READERS)
    @Operation(
            summary = "Internal notes (redacted for SUPERLOCAL)",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100), oldest first "
                    + "(by creation time, then note id).")
    PagedItems<TicketViews.Note> notes(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return service.notes(id, PagedItems.request(page, size, Sort.unsorted()), Actor.current());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
