package nl.wegwijs.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Calls started together: each runs on its own thread and waits at a barrier until all are ready, so they
 * reach the service at the same moment. {@link #results()} waits for every answer, in the order started.
 */
public final class Parallel<T> {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<CompletableFuture<T>> calls;

    private Parallel(List<CompletableFuture<T>> calls) {
        this.calls = calls;
    }

    public static <T> Parallel<T> start(int n, IntFunction<T> call) {
        CyclicBarrier together = new CyclicBarrier(n);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        List<CompletableFuture<T>> calls = IntStream.range(0, n)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                together.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException("the calls did not start together", e);
                            }
                            return call.apply(i);
                        },
                        threads))
                .toList();
        threads.shutdown(); // takes no more work; the calls run on
        return new Parallel<>(calls);
    }

    public List<T> results() {
        return calls.stream()
                .map(call ->
                        call.orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join())
                .toList();
    }
}
