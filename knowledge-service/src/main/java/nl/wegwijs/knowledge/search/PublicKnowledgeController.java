package nl.wegwijs.knowledge.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.IsoLanguages;
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

    /**
     * A published article in one language. {@code outdated}: this translation may be out of date, as the
     * text in {@code sourceLanguage} changed (at {@code sourceUpdatedAt}) after it was last edited; readers
     * should be told so. {@code sourceUpdatedAt} is when the source language's text last changed.
     */
    record PublicArticle(
            UUID articleId,
            String title,
            String body,
            String language,
            List<String> languages,
            OffsetDateTime updatedAt,
            boolean outdated,
            String sourceLanguage,
            OffsetDateTime sourceUpdatedAt) {}

    private final SearchIndex index;
    private final PublishedArticles articles;

    PublicKnowledgeController(SearchIndex index, PublishedArticles articles) {
        this.index = index;
        this.articles = articles;
    }

    /**
     * Published articles for a query, best first, each shown in {@code lang} where it has that translation.
     * Without {@code lang} the query's own language is the reader's: told from its letters and words
     * (Ukrainian і ї є ґ, Russian ы э ъ ё, common words such as де/где, як/как), so "Где получить BSN"
     * is answered in Russian; a short query without any of those by its word forms ("пособие", "aanvragen") or
     * the words only one language's lexicon terms have ("leefgeld gemeente"), see {@link SearchIndex#readerLanguage}.
     */
    @GetMapping("/api/public/kb/search")
    Results search(
            @RequestParam @NotBlank @Size(max = 500) String q,
            @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit) {
        String reader = lang == null ? index.readerLanguage(q) : requireLanguage(lang);
        return new Results(index.search(q, reader, limit));
    }

    @GetMapping("/api/public/kb/articles/{articleId}")
    PublicArticle article(@PathVariable UUID articleId, @RequestParam(required = false) String lang) {
        if (lang != null) {
            requireLanguage(lang);
        }
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
                a.updatedAt(),
                shown.outdated(),
                a.language(),
                articles.changedAt(a.id(), a.language()).orElse(a.updatedAt()));
    }

    private static String requireLanguage(String lang) {
        if (!IsoLanguages.isCode(lang)) {
            throw new InvalidRequestException("lang", "must be an ISO 639-1 language code such as uk, ru, nl or en");
        }
        return lang;
    }
}
