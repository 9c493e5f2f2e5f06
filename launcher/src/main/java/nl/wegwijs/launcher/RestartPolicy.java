package nl.wegwijs.launcher;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How often a part of the platform may be started again: at most {@code maxRestarts} times within any
 * {@code window}. A part that keeps stopping has a problem a restart does not fix.
 */
final class RestartPolicy {

    static final int DEFAULT_MAX_RESTARTS = 3;
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    private final int maxRestarts;
    private final Duration window;
    private final InstantSource clock;
    private final Deque<Instant> restarts = new ArrayDeque<>();

    RestartPolicy(int maxRestarts, Duration window, InstantSource clock) {
        if (maxRestarts < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxRestarts >= 0 and a positive window, please");
        }
        this.maxRestarts = maxRestarts;
        this.window = window;
        this.clock = clock;
    }

    static RestartPolicy standard() {
        return new RestartPolicy(DEFAULT_MAX_RESTARTS, DEFAULT_WINDOW, InstantSource.system());
    }

    /** Counts a restart and returns true when it is allowed; false (counting nothing) when the limit is reached. */
    boolean tryRestart() {
        Instant now = clock.instant();
        forgetBefore(now.minus(window));
        if (restarts.size() >= maxRestarts) {
            return false;
        }
        restarts.addLast(now);
        return true;
    }

    /** Restarts counted in the window that ends now. */
    int recentRestarts() {
        forgetBefore(clock.instant().minus(window));
        return restarts.size();
    }

    int maxRestarts() {
        return maxRestarts;
    }

    Duration window() {
        return window;
    }

    private void forgetBefore(Instant start) {
        while (!restarts.isEmpty() && !restarts.peekFirst().isAfter(start)) {
            restarts.removeFirst();
        }
    }
}
