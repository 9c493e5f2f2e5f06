package nl.wegwijs.matching.employers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.wegwijs.matching.employers.Employers.Employer;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.MaxCodePoints;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/matching/employers")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Employers (ADMIN)")
class EmployerController {

    private final Employers employers;
    private final Clock clock;

    EmployerController(Employers employers, Clock clock) {
        this.employers = employers;
        this.clock = clock;
    }

    record RegisterEmployer(
            @NotBlank @MaxCodePoints(200) String name,

            @NotBlank @Pattern(regexp = "[0-9]{8}", message = "must be a KvK number of exactly 8 digits")
            String kvkNumber,

            @NotBlank @Email @MaxCodePoints(254) String contactEmail) {}

    @PostMapping
    @Transactional
    @Operation(
            summary = "Register an employer; the KvK number must be 8 digits and not registered yet",
            description = "A KvK number registered already (also by a registration at the same moment) is a 409.")
    ResponseEntity<Employer> register(@Valid @RequestBody RegisterEmployer request) {
        if (request.kvkNumber().chars().allMatch(c -> c == '0')) {
            throw new nl.wegwijs.platform.web.InvalidRequestException("kvkNumber", "is not a real KvK number");
        }
        Employer employer = new Employer(
                UUID.randomUUID(),
                request.name().strip(),
                request.kvkNumber(),
                request.contactEmail().strip(),
                OffsetDateTime.now(clock));
        if (!employers.insert(employer)) { // also when a concurrent registration of the number was first
            throw new ConflictException(
                    "An employer with KvK number " + request.kvkNumber() + " is registered already");
        }
        return ResponseEntity.created(URI.create("/api/matching/employers/" + employer.id()))
                .body(employer);
    }

    @GetMapping
    PagedItems<Employer> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        return new PagedItems<>(
                employers.page(request.getOffset(), request.getPageSize()),
                page,
                request.getPageSize(),
                employers.count());
    }

    @GetMapping("/{id}")
    Employer one(@PathVariable UUID id) {
        return employers.find(id).orElseThrow(() -> new NotFoundException("Employer", id));
    }
}
