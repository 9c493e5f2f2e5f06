package nl.wegwijs.e2e.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Sends {@code GET}s with a bearer token over kept-alive HTTP/1.1 connections (Apache HttpClient 5,
 * blocking): little CPU per request, so the driver takes little from what it measures on the same
 * two cores. Two ways: a closed loop of clients that each send the next request when the last one
 * is answered (the most a target serves), and a fixed rate, where a request's latency counts from
 * when it was due, so a stalled target cannot hide its stall by delaying the next request, and where
 * several targets take turns request by request.
 */
final class LoadDriver implements AutoCloseable {

    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(256)
                    .setMaxConnPerRoute(256)
                    .build())
            .disableAutomaticRetries()
            .build();

    /** What one run (or several, merged) measured: every request's latency, sorted. */
    record Result(long[] sortedNanos, long elapsedNanos, long errors) {

        /** Several runs as one: all their requests over all their time. */
        static Result merge(List<Result> runs) {
            long[] all = runs.stream()
                    .flatMapToLong(run -> Arrays.stream(run.sortedNanos()))
                    .sorted()
                    .toArray();
            return new Result(
                    all,
                    runs.stream().mapToLong(Result::elapsedNanos).sum(),
                    runs.stream().mapToLong(Result::errors).sum());
        }

        double perSecond() {
            return sortedNanos.length * 1e9 / elapsedNanos;
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        /** In milliseconds. */
        private double percentile(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
        }

        String row(String name) {
            return String.format(
                    Locale.ROOT, "  %-8s %10.0f %9.2f %9.2f %7d%n", name, perSecond(), p50(), p99(), errors);
        }

        static String header() {
            return String.format(
                    Locale.ROOT, "  %-8s %10s %9s %9s %7s%n", "", "requests/s", "p50 ms", "p99 ms", "errors");
        }
    }

    /** {@code clients} callers, each sending its next request as soon as the last was answered. */
    Result closedLoop(String url, String bearer, int clients, Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> perClient = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService callers = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                perClient.add(callers.submit(() -> {
                    Latencies latencies = new Latencies();
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        if (!get(url, bearer)) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                    return latencies.toArray();
                }));
            }
        }
        return result(perClient, System.nanoTime() - started, errors.get());
    }

    /** A {@code GET} to send: where, and with which bearer token. */
    record Call(String url, String bearer) {}

    /**
     * {@code perSecond} requests a second to each call, evenly spaced, however slowly they are
     * answered; the calls take turns, each due half an interval (for two calls) after the other, so a
     * stall of the machine falls on all of them alike. Latency counts from when a request was due.
     * Returns one result per call, in the order given.
     */
    List<Result> fixedRate(List<Call> calls, int perSecond, Duration duration) throws Exception {
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long offset = interval / calls.size();
        long ticks = duration.toSeconds() * perSecond;
        List<AtomicLong> errors = calls.stream().map(call -> new AtomicLong()).toList();
        List<List<Future<long[]>>> answered = calls.stream()
                .map(call -> (List<Future<long[]>>) new ArrayList<Future<long[]>>())
                .toList();
        long started = System.nanoTime();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long tick = 0; tick < ticks; tick++) {
                for (int c = 0; c < calls.size(); c++) {
                    Call call = calls.get(c);
                    AtomicLong failed = errors.get(c);
                    long due = started + tick * interval + c * offset;
                    LockSupport.parkNanos(due - System.nanoTime());
                    answered.get(c).add(callers.submit(() -> {
                        if (!get(call.url(), call.bearer())) {
                            failed.incrementAndGet();
                        }
                        return new long[] {System.nanoTime() - due};
                    }));
                }
            }
        }
        long elapsed = System.nanoTime() - started;
        List<Result> results = new ArrayList<>();
        for (int c = 0; c < calls.size(); c++) {
            results.add(result(answered.get(c), elapsed, errors.get(c).get()));
        }
        return results;
    }

    private boolean get(String url, String bearer) {
        HttpGet request = new HttpGet(url);
        request.setHeader("Authorization", "Bearer " + bearer);
        try {
            return http.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode() == 200;
            });
        } catch (IOException e) {
            return false;
        }
    }

    private static Result result(List<Future<long[]>> parts, long elapsedNanos, long errors) throws Exception {
        Latencies all = new Latencies();
        for (Future<long[]> part : parts) {
            for (long latency : part.get()) {
                all.add(latency);
            }
        }
        long[] sorted = all.toArray();
        Arrays.sort(sorted);
        return new Result(sorted, elapsedNanos, errors);
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** A growing array of nanosecond latencies. */
    private static final class Latencies {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
