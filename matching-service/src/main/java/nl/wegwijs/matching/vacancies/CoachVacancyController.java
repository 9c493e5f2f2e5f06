package nl.wegwijs.matching.vacancies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coaches read every employer's vacancies (they never change them). */
@RestController
@RequestMapping("/api/matching/vacancies")
@PreAuthorize("hasAnyRole('MATCHER', 'ADMIN')")
@Tag(name = "Vacancies (MATCHER or ADMIN)")
class CoachVacancyController {

    private final Vacancies vacancies;

    CoachVacancyController(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @GetMapping
    @Operation(summary = "All vacancies, newest first; filter by status")
    PagedItems<Vacancy> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) Vacancy.Status status) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        return new PagedItems<>(
                vacancies.page(null, status, request.getOffset(), request.getPageSize()),
                page,
                request.getPageSize(),
                vacancies.count(null, status));
    }

    @GetMapping("/{id}")
    Vacancy one(@PathVariable UUID id) {
        return vacancies.find(id).orElseThrow(() -> new NotFoundException("Vacancy", id));
    }
}
