package nl.wegwijs.helpdesk.suggestions;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * Calls {@code GET /api/public/kb/search?q=&lang=&limit=} on knowledge-service, forwarding the
 * caller's token. Any failure (refused, slow, 5xx, open breaker) gives {@link Result#unavailable()}.
 */
class KnowledgeSearch {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSearch.class);

    private final RestClient client;
    private final CircuitBreaker breaker;

    KnowledgeSearch(String baseUrl, Duration timeout, CircuitBreaker breaker) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        this.client =
                RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
        this.breaker = breaker;
    }

    record Article(String articleId, String title, String snippet, String language, Double score) {}

    record Result(List<Article> items, boolean knowledgeAvailable) {
        static Result unavailable() {
            return new Result(List.of(), false);
        }
    }

    private record Answer(List<Article> items) {}

    Result search(String query, String language, int limit, String authorization) {
        Supplier<Result> call = () -> {
            Answer answer = client.get()
                    .uri(uri -> withLanguage(
                                    uri.path("/api/public/kb/search")
                                            .queryParam("q", query)
                                            .queryParam("limit", limit),
                                    language)
                            .build())
                    .headers(h -> {
                        if (authorization != null) {
                            h.set("Authorization", authorization);
                        }
                    })
                    .retrieve()
                    .body(Answer.class);
            return new Result(answer == null || answer.items() == null ? List.of() : answer.items(), true);
        };
        return breaker.run(call, failure -> {
            // the query is redacted, but it is still a person's question: only the kind of failure is logged
            log.warn("Knowledge search unavailable: {}", failure.getClass().getSimpleName());
            return Result.unavailable();
        });
    }

    private static UriBuilder withLanguage(UriBuilder uri, String language) {
        return language == null || "und".equals(language) ? uri : uri.queryParam("lang", language);
    }
}
