package nl.wegwijs.matching.vacancies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.wegwijs.matching.employers.Employers;
import nl.wegwijs.matching.preconditions.IfMatch;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * The employer API (through the gateway with {@code X-API-Key}). Every query is scoped to the caller's
 * employer: another employer's vacancy answers 404, exactly as one that does not exist.
 */
@RestController
@RequestMapping("/api/employer/vacancies")
@PreAuthorize("hasRole('EMPLOYER')")
@Tag(name = "Vacancies (employers, X-API-Key)")
class EmployerVacancyController {

    private static final String PROBLEM_EXAMPLE = """
            {"type": "https://wegwijs.nl/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "location.city: is not a Dutch place we know; did you mean Venlo, Venray?",
             "errors": [{"field": "location.city", "message": "is not a Dutch place we know; did you mean Venlo, Venray?"}]}""";

    private static final String CREATED_EXAMPLE = """
            {"id": "3f0c2a8e-5b7d-4c1e-9a64-2d8f1b0e7c55", "employerId": "9b1d7e2a-0c4f-4e8b-8a3d-5f6e7a8b9c0d",
             "status": "OPEN", "version": 1, "createdAt": "2026-11-28T10:15:00Z", "updatedAt": "2026-11-28T10:15:00Z",
             "closedAt": null, "title": "Orderpicker", "description": "...", "isco": "9333", "sector": "LOGISTICS",
             "location": {"city": "Venlo", "postcode": "5928 AA"},
             "languages": [{"code": null, "anyOf": ["nl", "en", "pl"], "level": "A2"}],
             "preferredLanguages": [{"code": "uk", "level": "B1"}],
             "skills": ["order picking", "handheld scanner"], "preferredSkills": ["electric pallet truck"],
             "certificates": [], "drivingLicences": [], "minYearsExperience": 0,
             "hoursPerWeek": {"min": 32, "max": 40}, "contractType": "TEMPORARY_AGENCY",
             "salary": {"min": 14.40, "max": 15.20, "per": "HOUR", "currency": "EUR"}, "startDate": "2027-01-12",
             "warnings": [{"field": "salary.min", "message": "below the adult statutory minimum wage of €14.71 per hour \
            in force on 2027-01-12; allowed only for workers under 21, at least at the youth minimum wage for their \
            age. Posted: €14.40 per hour, holiday allowance not counted"}]}""";

    private final VacancyService service;
    private final Vacancies vacancies;
    private final Employers employers;

    EmployerVacancyController(VacancyService service, Vacancies vacancies, Employers employers) {
        this.service = service;
        this.vacancies = vacancies;
        this.employers = employers;
    }

    @PostMapping
    @Operation(
            summary = "Post a vacancy",
            description = "With Idempotency-Key, a retry of the same request answers the same vacancy (201, header "
                    + "Idempotent-Replayed: true), also when the first is still being created; requests are compared "
                    + "by meaning (the parsed JSON: key order, whitespace and 14.8 vs 14.80 do not matter). The "
                    + "same key with a different request is a 409. Pay below the adult statutory minimum wage in "
                    + "force on the start date (monthly and yearly pay converted over the maximum hours per week) "
                    + "is accepted with a warning under warnings (salary.min): it is lawful only for workers under "
                    + "21. warnings is an empty list when there are none.",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "Created (or replayed); ETag holds the version",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(value = CREATED_EXAMPLE))),
                @ApiResponse(
                        responseCode = "400",
                        description = "Invalid field, unknown place (with close spellings), start date in the past, "
                                + "a language code that is not ISO 639-1",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        examples = @ExampleObject(value = PROBLEM_EXAMPLE))),
                @ApiResponse(responseCode = "409", description = "Idempotency-Key reused for a different body")
            })
    ResponseEntity<Vacancy> create(
            @Parameter(
                            description =
                                    "Any unique string (e.g. a UUID) per vacancy you mean to create, up to 200 characters")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Valid @RequestBody VacancyRequest request) {
        UUID employerId = employer();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidRequestException("Idempotency-Key", "must be 1 to 200 characters");
        }
        if (!employers.exists(employerId)) {
            throw new AccessDeniedException("unknown employer");
        }
        VacancyService.Created created = service.create(employerId, request, idempotencyKey);
        Vacancy v = created.vacancy();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/employer/vacancies/" + v.id()))
                .eTag(v.etag())
                .header("Idempotent-Replayed", Boolean.toString(created.replayed()))
                .body(v);
    }

    @GetMapping
    @Operation(
            summary = "List your vacancies, newest first; filter by status OPEN or CLOSED",
            description = "A page {items, page, size, total} (?page=0&size=20, size capped at 100), newest first "
                    + "(by createdAt, ties by id). A negative page or a size below 1 is a 400 problem; a page past "
                    + "the end has no items.")
    PagedItems<Vacancy> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) Vacancy.Status status) {
        UUID employerId = employer();
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        return new PagedItems<>(
                vacancies.page(employerId, status, request.getOffset(), request.getPageSize()),
                request.getPageNumber(),
                request.getPageSize(),
                vacancies.count(employerId, status));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one of your vacancies; the ETag header is its version, for If-Match")
    ResponseEntity<Vacancy> one(@PathVariable UUID id) {
        Vacancy v = vacancies.findOwned(employer(), id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        return ResponseEntity.ok().eTag(v.etag()).body(v);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace a vacancy",
            description = "If-Match is optional. Without it the update applies to whatever is current (last "
                    + "write wins); with the ETag you read it applies only if nobody changed the vacancy since "
                    + "(412 otherwise, with the current ETag). ETags compare strongly (RFC 9110): a weak tag "
                    + "(W/\"2\") never matches. A closed vacancy is a 409. The warnings are "
                    + "worked out again for the new content.")
    ResponseEntity<Vacancy> update(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody VacancyRequest request) {
        Vacancy v = service.update(employer(), id, IfMatch.of(ifMatch), request);
        return ResponseEntity.ok().eTag(v.etag()).body(v);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Close a vacancy",
            description = "Closed vacancies stay readable and leave all rankings. If-Match is optional here: "
                    + "closing twice is harmless; when sent it must match (412 otherwise).")
    ResponseEntity<Vacancy> close(
            @PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Vacancy v = service.close(employer(), id, IfMatch.of(ifMatch));
        return ResponseEntity.ok().eTag(v.etag()).body(v);
    }

    static UUID employer() {
        UUID employerId = Caller.current().employerId();
        if (employerId == null) {
            throw new AccessDeniedException("token names no employer");
        }
        return employerId;
    }
}
