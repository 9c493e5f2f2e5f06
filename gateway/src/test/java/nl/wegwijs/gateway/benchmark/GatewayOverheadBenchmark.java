package nl.wegwijs.gateway.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.Upstream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gateway's own cost on a read, quick to run while working on it: the same {@code GET} on a
 * stand-in service that does nothing (an echo servlet in this JVM) directly and through the gateway
 * (bearer token checked, service token attached, credentials withheld, circuit breaker, proxy),
 * printed side by side. Against a service that does nothing, any proxy keeps only a fraction of the
 * direct throughput; the targets (80% kept, under 5 ms added at p99) are judged against the real
 * helpdesk by {@code e2e-tests}' {@code GatewayOverheadBenchmark}. Run with {@code ./mvnw -B -pl
 * gateway verify -Pbenchmark}. Figures, not assertions.
 */
@GatewayIT
class GatewayOverheadBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmupSeconds", 30));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    private static final String PATH = "/api/knowledge/articles?page=0&size=20";

    @LocalServerPort
    int port;

    @Test
    void readThroughTheGatewayVersusDirect() throws Exception {
        String token = new Browser(port)
                .postJson("/api/auth/token", "{\"username\":\"anna\",\"password\":\"testagent\"}")
                .body()
                .replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        URI direct = URI.create(Upstream.get().url() + PATH);
        URI gateway = URI.create("http://127.0.0.1:" + port + PATH);
        String bearer = "Bearer " + token;

        run(direct, bearer, WARM_UP);
        run(gateway, bearer, WARM_UP);
        Result directResult = run(direct, bearer, MEASURE);
        Result gatewayResult = run(gateway, bearer, MEASURE);

        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%nGateway overhead on GET %s (%d concurrent clients, %d s each)%n",
                PATH,
                CLIENTS,
                MEASURE.toSeconds()));
        out.append(String.format(
                Locale.ROOT, "%-10s %12s %10s %10s %10s%n", "", "requests/s", "p50 ms", "p99 ms", "errors"));
        out.append(directResult.line("direct"));
        out.append(gatewayResult.line("gateway"));
        out.append(String.format(
                Locale.ROOT,
                "per request the gateway adds %.2f ms at p50 and %.2f ms at p99 against a service that does nothing%n",
                gatewayResult.p50Millis() - directResult.p50Millis(),
                gatewayResult.p99Millis() - directResult.p99Millis()));
        System.out.println(out);

        assertThat(gatewayResult.errors()).isZero();
        assertThat(directResult.errors()).isZero();
    }

    private static Result run(URI uri, String bearer, Duration duration) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", bearer)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(executor.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long elapsed = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = elapsed;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
        }
        long elapsed = System.nanoTime() - started;
        long[] all = futures.stream()
                .flatMapToLong(f -> {
                    try {
                        return Arrays.stream(f.get());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted()
                .toArray();
        client.close();
        return new Result(all.length * 1e9 / elapsed, percentile(all, 0.50), percentile(all, 0.99), errors.get());
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private record Result(double perSecond, double p50Millis, double p99Millis, long errors) {
        String line(String name) {
            return String.format(
                    Locale.ROOT, "%-10s %12.0f %10.2f %10.2f %10d%n", name, perSecond, p50Millis, p99Millis, errors);
        }
    }
}
