package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupWaitTest {

    @TempDir
    Path dir;

    private final List<String> console = new CopyOnWriteArrayList<>();
    private final List<ChildProcess> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(p -> p.stop(Duration.ofSeconds(5)));
    }

    @Test
    void saysWhenEachApplicationIsUpAndReturnsWhenAllAre() {
        long t0 = System.nanoTime();
        var fast = app("gateway", "sleep 60", healthyAfter(t0, Duration.ZERO));
        var slow = app("helpdesk-service", "sleep 60", healthyAfter(t0, Duration.ofMillis(400)));

        waiting(Duration.ofMinutes(1), Duration.ofMinutes(1)).await(List.of(slow, fast));

        assertThat(console).hasSize(2);
        assertThat(console.get(0)).startsWith("      gateway is up on port 1");
        assertThat(console.get(1)).startsWith("      helpdesk-service is up on port 1");
    }

    @Test
    void tellsEverySoOftenWhichApplicationsAreStillStarting() {
        long t0 = System.nanoTime();
        var gateway = app("gateway", "sleep 60", healthyAfter(t0, Duration.ZERO));
        var helpdesk = app("helpdesk-service", "sleep 60", healthyAfter(t0, Duration.ofMillis(700)));

        waiting(Duration.ofMinutes(10), Duration.ofMillis(200)).await(List.of(helpdesk, gateway));

        assertThat(console)
                .filteredOn(line -> line.contains("still starting"))
                .isNotEmpty()
                .allMatch(line -> line.matches(
                        "      still starting after \\d+ s: helpdesk-service" + " \\(waiting up to 10 min\\)"));
        assertThat(console.getLast()).contains("helpdesk-service is up");
    }

    @Test
    void failsAtOnceWithTheEndOfItsLogWhenAnApplicationStopsWhileStarting() {
        var healthy = app("gateway", "sleep 60", () -> false);
        var crashing = app(
                "matching-service",
                "echo 'Started booting'; echo 'APPLICATION FAILED TO START: port 8083 in use'; exit 1",
                () -> false);
        long t0 = System.nanoTime();

        assertThatThrownBy(() ->
                        waiting(Duration.ofMinutes(10), Duration.ofMinutes(1)).await(List.of(healthy, crashing)))
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith("matching-service stopped while starting (exit code 1).")
                .hasMessageContaining("matching-service.log")
                .hasMessageContaining("| APPLICATION FAILED TO START: port 8083 in use");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void givesUpAfterTheTimeoutNamingWhatIsStillStartingAndHowToWaitLonger() {
        var gateway = app("gateway", "sleep 60", () -> true);
        var helpdesk = app("helpdesk-service", "echo 'Flyway: migrating schema'; sleep 60", () -> false);

        assertThatThrownBy(() ->
                        waiting(Duration.ofMillis(500), Duration.ofMinutes(1)).await(List.of(helpdesk, gateway)))
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith("Gave up after 0 s: helpdesk-service is still not healthy.")
                .hasMessageContaining("WEGWIJS_START_TIMEOUT=")
                .hasMessageContaining("| Flyway: migrating schema")
                .hasMessageNotContaining("gateway:");
    }

    @Test
    void stopsWaitingWhenTheLauncherIsStopped() {
        var helpdesk = app("helpdesk-service", "sleep 60", () -> false);
        var wait = new StartupWait(
                Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMillis(20), console::add, () -> true);

        assertThatThrownBy(() -> wait.await(List.of(helpdesk)))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("Stopped while helpdesk-service was starting");
    }

    private StartupWait waiting(Duration timeout, Duration reportEvery) {
        return new StartupWait(timeout, reportEvery, Duration.ofMillis(20), console::add, () -> false);
    }

    private StartupWait.Starting app(String name, String shell, BooleanSupplier healthy) {
        ChildProcess process = ChildProcess.start(
                name, List.of("sh", "-c", shell), java.util.Map.of(), dir.resolve("logs"), dir.resolve("run"));
        started.add(process);
        return new StartupWait.Starting(name, process, healthy, "port " + (10000 + started.size()));
    }

    private static BooleanSupplier healthyAfter(long t0, Duration after) {
        return () -> System.nanoTime() - t0 >= after.toNanos();
    }
}
