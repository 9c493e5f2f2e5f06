package nl.wegwijs.knowledge.lexicon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Editors read and change the concept lexicon that grouping and search use. */
@RestController
@RequestMapping("/api/knowledge/lexicon/concepts")
@PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
class LexiconController {

    record ConceptRequest(
            @NotBlank @Size(max = 200) String label,
            @NotNull @DecimalMin("0.1") @DecimalMax("10") Double weight,
            @Size(max = 100) String family,

            @NotNull @Size(min = 1, max = 20)
            Map<@Pattern(regexp = "[a-z]{2}") String, @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) String>>
                    terms) {}

    private final Lexicons lexicons;

    LexiconController(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** A page of the lexicon's concepts, by id. */
    @GetMapping
    PagedItems<Concept> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PagedItems.ofList(lexicons.all(), PagedItems.request(page, size, Sort.unsorted()));
    }

    @GetMapping("/{id}")
    Concept get(@PathVariable String id) {
        return lexicons.find(id).orElseThrow(() -> new NotFoundException("Concept", id));
    }

    @PutMapping("/{id}")
    Concept put(@PathVariable String id, @Valid @RequestBody ConceptRequest request) {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new InvalidRequestException("id", "must be lower-case letters, digits and dashes");
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        request.terms().forEach((lang, words) -> terms.put(lang, new ArrayList<>(words)));
        Concept concept = new Concept(
                id,
                request.label(),
                request.weight(),
                request.family() == null || request.family().isBlank() ? null : request.family(),
                terms);
        lexicons.save(concept);
        lexicons.reload();
        return concept;
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!lexicons.delete(id)) {
            throw new NotFoundException("Concept", id);
        }
        lexicons.reload();
        return ResponseEntity.noContent().build();
    }
}
