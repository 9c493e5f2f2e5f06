package nl.wegwijs.helpdesk.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;

/** Knowledge search against a stub knowledge-service: answers, slowness, failures, an open breaker. */
class KnowledgeSearchTest {

    HttpServer server;
    final AtomicReference<String> seenQuery = new AtomicReference<>();
    final AtomicReference<String> seenAuthorization = new AtomicReference<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile int delayMillis;
    volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/public/kb/search", exchange -> {
            calls.incrementAndGet();
            seenQuery.set(exchange.getRequestURI().getRawQuery());
            seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("{\"items\":[{\"articleId\":\"3f1c7a52-0d5e-4c1b-9a53-6f2f1f0e9b11\",\"title\":\"BSN\","
                            + "\"snippet\":\"Register at the municipality\",\"language\":\"en\",\"score\":0.92}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    KnowledgeSearch search() {
        var factory = new Resilience4JCircuitBreakerFactory(
                CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(30))
                        .build()),
                TimeLimiterRegistry.of(TimeLimiterConfig.custom()
                        .timeoutDuration(Duration.ofSeconds(1))
                        .build()),
                null);
        return new KnowledgeSearch(
                "http://127.0.0.1:" + server.getAddress().getPort(),
                Duration.ofMillis(800),
                factory.create("knowledge"));
    }

    @Test
    void mapsArticlesAndForwardsTheCallersToken() {
        KnowledgeSearch search = search();
        search.search("warm up", "nl", 5, null); // the first call loads classes, which may take long on a busy machine

        var result = search.search("waar BSN", "nl", 5, "Bearer abc");

        assertThat(result.knowledgeAvailable()).isTrue();
        assertThat(result.items()).hasSize(1);
        assertThat(result.items().getFirst().title()).isEqualTo("BSN");
        assertThat(result.items().getFirst().score()).isEqualTo(0.92);
        assertThat(seenAuthorization.get()).isEqualTo("Bearer abc");
        assertThat(seenQuery.get()).contains("q=waar%20BSN", "lang=nl", "limit=5");
    }

    @Test
    void aSlowKnowledgeServiceCountsAsUnavailableWithinTheTimeout() {
        KnowledgeSearch search = search();
        search.search("warm up", "uk", 5, null);
        delayMillis = 5000;
        long start = System.nanoTime();

        var result = search.search("BSN", "uk", 5, null);

        assertThat(result.knowledgeAvailable()).isFalse();
        assertThat(result.items()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void afterRepeatedFailuresTheBreakerOpensAndCallsStop() {
        status = 503;
        KnowledgeSearch search = search();
        for (int i = 0; i < 10; i++) {
            assertThat(search.search("BSN", "uk", 5, null).knowledgeAvailable()).isFalse();
        }

        assertThat(calls.get()).isLessThan(10);
    }
}
