package nl.wegwijs.knowledge.drafts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.articles.Notice;
import nl.wegwijs.knowledge.articles.PublicationCheck;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.platform.security.Caller;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The editors' view of drafts: lists, detail with the grouped questions, the workflow and the gaps. */
@RestController
@Validated
@PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
class DraftController {

    record Summary(
            UUID id,
            DraftStatus status,
            String title,
            String language,
            int questionCount,
            List<String> languages,
            String topic,
            UUID articleId,
            OffsetDateTime updatedAt) {}

    record Question(
            UUID ticketId,
            String language,
            String text,
            boolean erased,
            String topic,
            OffsetDateTime askedAt,
            OffsetDateTime groupedAt,
            JsonNode grouping) {}

    record Detail(
            UUID id,
            DraftStatus status,
            String title,
            String language,
            int questionCount,
            List<String> languages,
            String topic,
            UUID articleId,
            List<DraftStatus> allowedTransitions,
            OffsetDateTime firstAskedAt,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            List<Question> questions,
            Map<String, TranslationText> translations,
            List<String> outdatedLanguages,
            List<PublicationCheck.Warning> personalDataWarnings) {}

    /** A title may still be blank while a draft is worked on (saving keeps the body); publishing needs one. */
    record TranslationRequest(
            @NotNull @Size(max = 300) String title,
            @NotNull @Size(max = 20000) String body) {}

    /** Keys are ISO 639-1 language codes, checked by {@link TranslationText#requireLanguages}. */
    record UpdateRequest(@NotEmpty @Size(max = 20) Map<String, @NotNull @Valid TranslationRequest> translations) {}

    record MergeRequest(@NotNull UUID draftId) {}

    record SplitRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> ticketIds) {}

    /**
     * {@code outdatedLanguages}: translations published marked as possibly out of date (the public sees that
     * mark); {@code warnings}: those, translations left out (no body yet) and fields that seem to hold personal
     * data, by field; {@code personalDataWarnings}: the latter as the draft detail gives them ({field, kind}).
     */
    record Published(
            UUID articleId,
            List<String> outdatedLanguages,
            List<Notice> warnings,
            List<PublicationCheck.Warning> personalDataWarnings) {}

    record Created(UUID draftId) {}

    record Gap(
            UUID draftId,
            DraftStatus status,
            String title,
            int questionCount,
            List<String> languages,
            String topic,
            OffsetDateTime firstAskedAt) {}

    private final Drafts drafts;
    private final Editorial editorial;
    private final PublicationCheck check;
    private final JsonMapper json;

    DraftController(Drafts drafts, Editorial editorial, PublicationCheck check, JsonMapper json) {
        this.drafts = drafts;
        this.editorial = editorial;
        this.check = check;
        this.json = json;
    }

    @GetMapping("/api/knowledge/drafts")
    PagedItems<Summary> list(
            @RequestParam(required = false) DraftStatus status,
            @RequestParam(required = false) UUID ticketId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        if (ticketId != null) {
            List<Summary> found = drafts
                    .question(ticketId)
                    .flatMap(q -> drafts.find(q.draftId()))
                    .filter(d -> status == null || d.status() == status)
                    .map(this::summary)
                    .stream()
                    .toList();
            return new PagedItems<>(found, page, request.getPageSize(), found.size());
        }
        List<Summary> items = drafts.list(status, request.getOffset(), request.getPageSize()).stream()
                .map(this::summary)
                .toList();
        return new PagedItems<>(items, page, request.getPageSize(), drafts.count(status));
    }

    @GetMapping("/api/knowledge/drafts/{id}")
    Detail get(@PathVariable UUID id) {
        return detail(id);
    }

    @PutMapping("/api/knowledge/drafts/{id}")
    Detail update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
        TranslationText.requireLanguages(request.translations().keySet());
        Map<String, TranslationText> incoming = new LinkedHashMap<>();
        request.translations()
                .forEach((lang, t) -> incoming.put(
                        lang, new TranslationText(t.title().strip(), t.body().strip(), false)));
        editorial.updateTranslations(id, incoming);
        return detail(id);
    }

    @PostMapping("/api/knowledge/drafts/{id}/review")
    Detail review(@PathVariable UUID id) {
        editorial.move(id, DraftStatus.IN_REVIEW);
        return detail(id);
    }

    @PostMapping("/api/knowledge/drafts/{id}/reopen")
    Detail reopen(@PathVariable UUID id) {
        editorial.move(id, DraftStatus.OPEN);
        return detail(id);
    }

    @PostMapping("/api/knowledge/drafts/{id}/reject")
    Detail reject(@PathVariable UUID id) {
        editorial.move(id, DraftStatus.REJECTED);
        return detail(id);
    }

    @PostMapping("/api/knowledge/drafts/{id}/publish")
    Published publish(@PathVariable UUID id) {
        Editorial.Publication done = editorial.publish(id, Caller.current().username());
        return new Published(done.articleId(), done.outdatedLanguages(), done.warnings(), done.personalDataWarnings());
    }

    @PostMapping("/api/knowledge/drafts/{id}/merge")
    Detail merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest request) {
        drafts.find(request.draftId()).orElseThrow(() -> new NotFoundException("Draft", request.draftId()));
        editorial.merge(id, request.draftId());
        return detail(id);
    }

    @PostMapping("/api/knowledge/drafts/{id}/split")
    @ResponseStatus(HttpStatus.CREATED)
    Created split(@PathVariable UUID id, @Valid @RequestBody SplitRequest request) {
        return new Created(editorial.split(id, request.ticketIds()));
    }

    /**
     * Groups of many questions without a published article, a page of them: most asked first, then asked longest
     * ago, then by id. {@code limit} is what the page size was called before the list had pages.
     */
    @GetMapping("/api/knowledge/gaps")
    PagedItems<Gap> gaps(
            @RequestParam(defaultValue = "2") @Min(1) @Max(1000) int minQuestions,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer limit) {
        int wanted = size != null ? size : limit != null ? limit : 20;
        PageRequest request = PagedItems.request(page, wanted, Sort.unsorted());
        List<Gap> items = drafts.gaps(minQuestions, request.getOffset(), request.getPageSize()).stream()
                .map(d -> new Gap(
                        d.id(),
                        d.status(),
                        title(d),
                        d.questionCount(),
                        drafts.questionLanguages(d.id()),
                        d.topic(),
                        d.firstAskedAt()))
                .toList();
        return new PagedItems<>(items, page, request.getPageSize(), drafts.countGaps(minQuestions));
    }

    private Summary summary(Drafts.DraftRow d) {
        return new Summary(
                d.id(),
                d.status(),
                title(d),
                d.language(),
                d.questionCount(),
                drafts.questionLanguages(d.id()),
                d.topic(),
                d.articleId(),
                d.updatedAt());
    }

    /**
     * The draft's title as lists show it: the source language's, or while that is still to be written (a
     * question asked in another language than it was answered in) the first other translation's.
     */
    private String title(Drafts.DraftRow d) {
        Map<String, TranslationText> t = drafts.translations(d.id());
        TranslationText source = t.get(d.language());
        if (source != null && !source.title().isBlank()) {
            return source.title();
        }
        return t.values().stream()
                .map(TranslationText::title)
                .filter(title -> !title.isBlank())
                .findFirst()
                .orElse("");
    }

    private Detail detail(UUID id) {
        Drafts.DraftRow d = drafts.find(id).orElseThrow(() -> new NotFoundException("Draft", id));
        List<Question> questions = drafts.questions(id).stream()
                .map(q -> new Question(
                        q.ticketId(),
                        q.language(),
                        q.text(),
                        q.erased(),
                        q.topic(),
                        q.askedAt(),
                        q.groupedAt(),
                        q.reasons() == null ? null : json.readTree(q.reasons())))
                .toList();
        Map<String, TranslationText> translations = drafts.translations(id);
        return new Detail(
                d.id(),
                d.status(),
                title(d),
                d.language(),
                d.questionCount(),
                drafts.questionLanguages(id),
                d.topic(),
                d.articleId(),
                d.mergedInto() == null ? d.status().allowedNext() : List.of(),
                d.firstAskedAt(),
                d.createdAt(),
                d.updatedAt(),
                questions,
                translations,
                Notice.outdatedLanguages(translations),
                check.warnings(translations));
    }
}
