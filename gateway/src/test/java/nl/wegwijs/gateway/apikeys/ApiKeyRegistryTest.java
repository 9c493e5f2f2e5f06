package nl.wegwijs.gateway.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiKeyRegistryTest {

    private static final Duration LONG = Duration.ofSeconds(20);

    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        requests.shutdownNow();
    }

    @Test
    void aRequestWaitingForAnUnknownKeyGetsItAsSoonAsItIsIssued() throws Exception {
        ApiKeyRegistry registry = new ApiKeyRegistry(10);
        CompletableFuture<ApiKeyRegistry.Lookup> answer = waitFor(registry, "wgw_new", LONG);
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.waiting() == 1);

        long issuedAt = System.nanoTime();
        registry.issued("k1", "e1", hash("wgw_new"));

        ApiKeyRegistry.Lookup lookup = answer.get(10, TimeUnit.SECONDS);
        assertThat(lookup.key())
                .hasValueSatisfying(key -> assertThat(key.keyId()).isEqualTo("k1"));
        assertThat(Duration.ofNanos(System.nanoTime() - issuedAt))
                .as("woken by the arrival, not by the timeout")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(registry.waiting()).isZero();
    }

    @Test
    void everyRequestWaitingForTheSameKeyIsWoken() throws Exception {
        ApiKeyRegistry registry = new ApiKeyRegistry(10);
        List<CompletableFuture<ApiKeyRegistry.Lookup>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(waitFor(registry, "wgw_shared", LONG));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.waiting() == 3);

        registry.issued("k1", "e1", hash("wgw_shared"));

        for (CompletableFuture<ApiKeyRegistry.Lookup> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).key()).isPresent();
        }
    }

    @Test
    void anotherKeyArrivingDoesNotEndTheWait() throws Exception {
        ApiKeyRegistry registry = new ApiKeyRegistry(10);
        CompletableFuture<ApiKeyRegistry.Lookup> answer = waitFor(registry, "wgw_awaited", LONG);
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.waiting() == 1);

        registry.issued("k2", "e2", hash("wgw_other"));

        assertThat(answer).isNotDone();
        assertThat(registry.waiting()).isEqualTo(1);
        registry.issued("k1", "e1", hash("wgw_awaited"));
        assertThat(answer.get(10, TimeUnit.SECONDS).key()).isPresent();
    }

    @Test
    void anUnknownKeyIsStillUnknownAfterTheWait() {
        ApiKeyRegistry registry = new ApiKeyRegistry(10);
        long start = System.nanoTime();

        ApiKeyRegistry.Lookup lookup = registry.awaitIssued("wgw_never", Duration.ofMillis(300));

        assertThat(lookup.key()).isEmpty();
        assertThat(lookup.revoked()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(registry.waiting()).isZero();
    }

    @Test
    void aRevokedKeyIsRefusedWithoutWaiting() {
        ApiKeyRegistry registry = new ApiKeyRegistry(10);
        registry.issued("k1", "e1", hash("wgw_old"));
        registry.revoked("k1", "e1");
        long start = System.nanoTime();

        ApiKeyRegistry.Lookup lookup = registry.awaitIssued("wgw_old", LONG);

        assertThat(lookup.key()).isEmpty();
        assertThat(lookup.revoked()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aKnownKeyIsFoundWithoutWaiting() {
        ApiKeyRegistry registry = new ApiKeyRegistry(10);
        registry.issued("k1", "e1", hash("wgw_known"));
        long start = System.nanoTime();

        assertThat(registry.awaitIssued("wgw_known", LONG).key()).isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void pastTheCapOfWaitingRequestsAnUnknownKeyIsAnsweredAtOnce() throws Exception {
        ApiKeyRegistry registry = new ApiKeyRegistry(2);
        waitFor(registry, "wgw_one", LONG);
        waitFor(registry, "wgw_two", LONG);
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.waiting() == 2);
        long start = System.nanoTime();

        ApiKeyRegistry.Lookup third = registry.awaitIssued("wgw_three", LONG);

        assertThat(third.key()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(registry.waiting()).isEqualTo(2);
    }

    @Test
    void noWaitWhenTheWaitIsSwitchedOff() {
        ApiKeyRegistry registry = new ApiKeyRegistry(10);

        assertThat(registry.awaitIssued("wgw_nope", Duration.ZERO).key()).isEmpty();
        assertThat(registry.waiting()).isZero();
    }

    @Test
    void aKeyIssuedWhileManyRequestsStartWaitingIsNeverMissed() throws Exception {
        // the reader publishing a key and a request registering for it race; none may sleep through
        for (int round = 0; round < 200; round++) {
            ApiKeyRegistry registry = new ApiKeyRegistry(100);
            String key = "wgw_race_" + round;
            CompletableFuture<ApiKeyRegistry.Lookup> answer = waitFor(registry, key, LONG);
            registry.issued("k" + round, "e", hash(key));
            assertThat(answer.get(10, TimeUnit.SECONDS).key())
                    .as("round %d", round)
                    .isPresent();
        }
    }

    private CompletableFuture<ApiKeyRegistry.Lookup> waitFor(ApiKeyRegistry registry, String key, Duration timeout) {
        return CompletableFuture.supplyAsync(() -> registry.awaitIssued(key, timeout), requests);
    }

    private static String hash(String key) {
        return HexFormat.of().formatHex(ApiKeyRegistry.sha256(key));
    }
}
