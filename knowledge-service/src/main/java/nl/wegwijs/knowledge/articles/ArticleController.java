package nl.wegwijs.knowledge.articles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editors list, edit (as new versions), review and retire published articles. List and detail name the
 * outdated translations alike ({@code outdatedLanguages}); the detail, also the answer to an edit, adds a
 * warning for each ({@code warnings}), as the public sees them marked as possibly out of date.
 */
@RestController
@RequestMapping("/api/knowledge/articles")
@PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
class ArticleController {

    record TranslationRequest(
            @NotBlank @Size(max = 300) String title,
            @NotNull @Size(max = 20000) String body) {}

    /** Keys are ISO 639-1 language codes, checked by {@link TranslationText#requireLanguages}. */
    record UpdateRequest(
            @Size(max = 20) Map<String, @NotNull @Valid TranslationRequest> translations, LocalDate reviewBy) {}

    record Summary(
            UUID id,
            Articles.Status status,
            String title,
            String language,
            List<String> languages,
            List<String> outdatedLanguages,
            int version,
            int questionCount,
            String topic,
            LocalDate reviewBy,
            boolean reviewDue,
            OffsetDateTime publishedAt,
            OffsetDateTime updatedAt) {}

    record Detail(
            UUID id,
            UUID draftId,
            Articles.Status status,
            String language,
            String topic,
            int version,
            int questionCount,
            LocalDate reviewBy,
            boolean reviewDue,
            OffsetDateTime publishedAt,
            OffsetDateTime updatedAt,
            OffsetDateTime retiredAt,
            Map<String, TranslationText> translations,
            List<String> outdatedLanguages,
            List<Notice> warnings,
            List<Articles.Version> history,
            List<PublicationCheck.Warning> personalDataWarnings) {}

    private final Articles articles;
    private final PublicationCheck check;

    ArticleController(Articles articles, PublicationCheck check) {
        this.articles = articles;
        this.check = check;
    }

    @GetMapping
    PagedItems<Summary> list(
            @RequestParam(required = false) Articles.Status status,
            @RequestParam(defaultValue = "false") boolean reviewDue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        List<Summary> items = articles.list(status, reviewDue, request.getOffset(), request.getPageSize()).stream()
                .map(this::summary)
                .toList();
        return new PagedItems<>(items, page, request.getPageSize(), articles.count(status, reviewDue));
    }

    /** Published articles whose review-by date has passed, oldest first. */
    @GetMapping("/review-due")
    PagedItems<Summary> reviewDue(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return list(Articles.Status.PUBLISHED, true, page, size);
    }

    @GetMapping("/{id}")
    Detail get(@PathVariable UUID id) {
        return detail(articles.find(id).orElseThrow(() -> new NotFoundException("Article", id)));
    }

    @PutMapping("/{id}")
    Detail update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
        if ((request.translations() == null || request.translations().isEmpty()) && request.reviewBy() == null) {
            throw new InvalidRequestException("translations", "give translations or a reviewBy date");
        }
        Map<String, TranslationText> incoming = new LinkedHashMap<>();
        if (request.translations() != null) {
            TranslationText.requireLanguages(request.translations().keySet());
            request.translations()
                    .forEach((lang, t) -> incoming.put(
                            lang,
                            new TranslationText(t.title().strip(), t.body().strip(), false)));
        }
        articles.find(id).orElseThrow(() -> new NotFoundException("Article", id));
        return detail(articles.update(
                id, incoming, request.reviewBy(), Caller.current().username()));
    }

    @PostMapping("/{id}/retire")
    Detail retire(@PathVariable UUID id) {
        articles.find(id).orElseThrow(() -> new NotFoundException("Article", id));
        return detail(articles.retire(id));
    }

    private Summary summary(Articles.ArticleRow a) {
        Map<String, TranslationText> t = articles.translations(a.id());
        TranslationText source =
                t.getOrDefault(a.language(), t.values().stream().findFirst().orElse(null));
        return new Summary(
                a.id(),
                a.status(),
                source == null ? "" : source.title(),
                a.language(),
                List.copyOf(t.keySet()),
                Notice.outdatedLanguages(t),
                a.version(),
                a.questionCount(),
                a.topic(),
                a.reviewBy(),
                due(a),
                a.publishedAt(),
                a.updatedAt());
    }

    private Detail detail(Articles.ArticleRow a) {
        Map<String, TranslationText> translations = articles.translations(a.id());
        return new Detail(
                a.id(),
                a.draftId(),
                a.status(),
                a.language(),
                a.topic(),
                a.version(),
                a.questionCount(),
                a.reviewBy(),
                due(a),
                a.publishedAt(),
                a.updatedAt(),
                a.retiredAt(),
                translations,
                Notice.outdatedLanguages(translations),
                Notice.outdated(translations, a.language()),
                articles.history(a.id()),
                check.warnings(translations));
    }

    private static boolean due(Articles.ArticleRow a) {
        return a.status() == Articles.Status.PUBLISHED && a.reviewBy().isBefore(LocalDate.now());
    }
}
