package nl.wegwijs.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Waits for applications that were started together to report healthy. Says when each is up and, every
 * so often, which are still starting and for how long, so that a slow start does not look like a hang.
 * Fails at once, with the end of its log, when one of them stops while starting; gives up after the
 * start timeout.
 */
final class StartupWait {

    /** An application that has just been started; {@code where} completes "is up on ...". */
    record Starting(String name, ChildProcess process, BooleanSupplier healthy, String where) {}

    static final int LOG_LINES = 25;

    private final Duration timeout;
    private final Duration reportEvery;
    private final Duration pollEvery;
    private final Consumer<String> progress;
    private final BooleanSupplier stopping;

    /**
     * @param stopping true once the launcher is being stopped (Ctrl-C): then waiting ends at once
     */
    StartupWait(
            Duration timeout,
            Duration reportEvery,
            Duration pollEvery,
            Consumer<String> progress,
            BooleanSupplier stopping) {
        this.timeout = timeout;
        this.reportEvery = reportEvery;
        this.pollEvery = pollEvery;
        this.progress = progress;
        this.stopping = stopping;
    }

    /** Returns when every application is healthy; throws {@link LaunchException} otherwise. */
    void await(List<Starting> apps) {
        long started = System.nanoTime();
        long nextReport = started + reportEvery.toNanos();
        Set<Starting> waiting = new LinkedHashSet<>(apps);
        while (true) {
            for (Starting app : new ArrayList<>(waiting)) {
                if (!app.process().isAlive()) {
                    throw new LaunchException(app.name() + " stopped while starting ("
                            + app.process().howItEnded() + "). " + app.process().endOfLog(LOG_LINES));
                }
                if (app.healthy().getAsBoolean()) {
                    waiting.remove(app);
                    progress.accept("      " + app.name() + " is up on " + app.where() + " ("
                            + Durations.human(since(started)) + ")");
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (stopping.getAsBoolean()) {
                throw new LaunchException("Stopped while " + names(waiting) + wasOrWere(waiting) + " starting.");
            }
            long now = System.nanoTime();
            if (now - started > timeout.toNanos()) {
                throw new LaunchException(gaveUp(waiting));
            }
            if (now >= nextReport) {
                progress.accept("      still starting after " + Durations.human(since(started)) + ": " + names(waiting)
                        + " (waiting up to " + Durations.human(timeout) + ")");
                nextReport += reportEvery.toNanos();
            }
            try {
                Thread.sleep(pollEvery);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Interrupted while " + names(waiting) + wasOrWere(waiting) + " starting.");
            }
        }
    }

    private String gaveUp(Set<Starting> waiting) {
        StringBuilder message = new StringBuilder("Gave up after " + Durations.human(timeout) + ": "
                + names(waiting) + (waiting.size() == 1 ? " is" : " are")
                + " still not healthy. A slow or busy machine may need longer: "
                + PlatformConfig.START_TIMEOUT_VARIABLE + "="
                + timeout.multipliedBy(2).toSeconds()
                + " ./wegwijs up (seconds, or an ISO-8601 duration such as PT20M).");
        for (Starting app : waiting) {
            message.append(System.lineSeparator())
                    .append(app.name())
                    .append(": ")
                    .append(app.process().endOfLog(10));
        }
        return message.toString();
    }

    private static String wasOrWere(Set<Starting> apps) {
        return apps.size() == 1 ? " was" : " were";
    }

    private static String names(Set<Starting> apps) {
        return apps.stream().map(Starting::name).collect(Collectors.joining(", "));
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
