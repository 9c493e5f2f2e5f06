package nl.wegwijs.launcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps the platform's infrastructure running: on every {@link #check()} it looks whether a watched part
 * (the Kafka broker, the embedded PostgreSQL) stopped by itself, says so on the console and starts it
 * again with the same data and ports. The services reconnect by themselves. A part that stops more often
 * than its {@link RestartPolicy} allows makes {@link #check()} throw, and the launcher then stops
 * everything.
 */
final class Watchdog {

    private final Consumer<String> console;
    private final Supplier<RestartPolicy> policies;
    private final Map<Restartable, RestartPolicy> watched = new LinkedHashMap<>();
    private final Map<Restartable, Boolean> failedLastTime = new LinkedHashMap<>();

    Watchdog(Consumer<String> console, Supplier<RestartPolicy> policies) {
        this.console = console;
        this.policies = policies;
    }

    void watch(Restartable part) {
        watched.put(part, policies.get());
    }

    /**
     * Restarts every watched part that stopped by itself; returns true when something was restarted.
     *
     * @throws LaunchException when a part stopped more often than its policy allows
     */
    boolean check() {
        boolean restarted = false;
        for (Map.Entry<Restartable, RestartPolicy> entry : watched.entrySet()) {
            Restartable part = entry.getKey();
            if (part.hasStopped()) {
                restarted |= restart(part, entry.getValue());
            }
        }
        return restarted;
    }

    private boolean restart(Restartable part, RestartPolicy policy) {
        boolean retry = failedLastTime.getOrDefault(part, false);
        if (!retry) {
            String how = part.howItStopped();
            console.accept("!! The " + part.name() + " (" + part.address() + ") has stopped"
                    + (how.isBlank() ? "" : ": " + how) + ". Its log: " + part.log());
        }
        if (!policy.tryRestart()) {
            throw new LaunchException("The " + part.name() + " has stopped (or failed to start again) "
                    + (policy.maxRestarts() + 1) + " times within " + Durations.human(policy.window())
                    + "; Wegwijs stops now instead of restarting it once more. Look for the cause in "
                    + part.log() + ", then run ./wegwijs up again.");
        }
        console.accept("   Restarting it with the same data (" + part.dataDirectory() + ") and ports: restart "
                + policy.recentRestarts() + " of at most " + policy.maxRestarts() + " within "
                + Durations.human(policy.window()) + " ...");
        long started = System.nanoTime();
        try {
            part.restart();
        } catch (LaunchException e) {
            failedLastTime.put(part, true);
            console.accept("   Could not restart the " + part.name() + ": " + e.getMessage());
            return false;
        }
        failedLastTime.remove(part);
        console.accept("   The " + part.name() + " runs again on " + part.address() + " ("
                + Durations.human(Duration.ofNanos(System.nanoTime() - started))
                + "); the services reconnect by themselves.");
        return true;
    }
}
