package nl.wegwijs.knowledge.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public knowledge base: search and read published articles. Any caller the gateway lets through
 * (role PUBLIC for anonymous readers, staff for suggestions) may use it.
 */
@RestController
@Validated
class PublicKnowledgeController {

    record Results(List<SearchIndex.Hit> items) {}

    record PublicArticle(
            UUID articleId,
            String title,
            String body,
            String language,
            List<String> languages,
            OffsetDateTime updatedAt) {}

    private final SearchIndex index;
    private final PublishedArticles articles;

    PublicKnowledgeController(SearchIndex index, PublishedArticles articles) {
        this.index = index;
        this.articles = articles;
    }

    @GetMapping("/api/public/kb/search")
    Results search(
            @RequestParam @NotBlank @Size(max = 500) String q,
            @RequestParam(defaultValue = "uk")
                    @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
                    String lang,
            @RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit) {
        return new Results(index.search(q, lang, limit));
    }

    @GetMapping("/api/public/kb/articles/{articleId}")
    PublicArticle article(
            @PathVariable UUID articleId,
            @RequestParam(required = false)
                    @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
                    String lang) {
        PublishedArticles.Article a =
                articles.find(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        SearchIndex.Translation shown = lang == null ? null : a.translations().get(lang);
        if (shown == null) {
            shown = a.translations()
                    .getOrDefault(
                            a.language(), a.translations().values().iterator().next());
        }
        return new PublicArticle(
                a.id(),
                shown.title(),
                shown.body(),
                shown.language(),
                List.copyOf(a.translations().keySet()),
                a.updatedAt());
    }
}
