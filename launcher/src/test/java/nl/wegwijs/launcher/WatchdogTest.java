package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchdogTest {

    @TempDir
    Path dir;

    private final List<String> console = new ArrayList<>();
    private final ManualClock clock = new ManualClock();
    private final Watchdog watchdog =
            new Watchdog(console::add, () -> new RestartPolicy(3, Duration.ofMinutes(10), clock));
    private Sleeper sleeper;

    @AfterEach
    void stopTheDummyProcess() {
        if (sleeper != null) {
            sleeper.process.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aWatchedProcessThatIsKilledIsStartedAgainAndTheConsoleSaysSo() {
        sleeper = new Sleeper(dir);
        watchdog.watch(sleeper);
        long firstPid = sleeper.process.pid();

        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly(); // kill -9
        await().atMost(Duration.ofSeconds(10)).until(sleeper::hasStopped);

        assertThat(watchdog.check()).isTrue();
        assertThat(sleeper.process.isAlive()).isTrue();
        assertThat(sleeper.process.pid()).isNotEqualTo(firstPid);
        assertThat(console)
                .containsExactly(
                        "!! The dummy broker (localhost:1) has stopped: killed (signal 9). Its log: "
                                + dir.resolve("logs").resolve("sleeper.log"),
                        "   Restarting it with the same data (" + dir.resolve("data")
                                + ") and ports: restart 1 of at most 3 within 10 min ...",
                        console.get(2));
        assertThat(console.get(2))
                .matches("   The dummy broker runs again on localhost:1 \\(\\d+ s\\); the services reconnect by"
                        + " themselves\\.");
    }

    @Test
    void aPartThatRunsIsLeftAlone() {
        sleeper = new Sleeper(dir);
        watchdog.watch(sleeper);
        long pid = sleeper.process.pid();

        assertThat(watchdog.check()).isFalse();

        assertThat(sleeper.process.pid()).isEqualTo(pid);
        assertThat(console).isEmpty();
    }

    @Test
    void aPartThatKeepsStoppingMakesTheLauncherGiveUpAfterThreeRestartsInTenMinutes() {
        FakePart broker = new FakePart();
        watchdog.watch(broker);

        for (int i = 0; i < 3; i++) {
            broker.stopped = true;
            assertThat(watchdog.check()).isTrue();
            clock.advance(Duration.ofMinutes(2));
        }
        broker.stopped = true;

        assertThatThrownBy(watchdog::check)
                .isInstanceOf(LaunchException.class)
                .hasMessage("The fake broker has stopped (or failed to start again) 4 times within 10 min;"
                        + " Wegwijs stops now instead of restarting it once more. Look for the cause in "
                        + Path.of("fake.log") + ", then run ./wegwijs up again.");
        assertThat(broker.restarts).isEqualTo(3);
    }

    @Test
    void restartsSpreadOverMoreThanTenMinutesGoOnForever() {
        FakePart broker = new FakePart();
        watchdog.watch(broker);

        for (int i = 0; i < 10; i++) {
            broker.stopped = true;
            watchdog.check();
            clock.advance(Duration.ofMinutes(4));
        }

        assertThat(broker.restarts).isEqualTo(10);
    }

    @Test
    void aRestartThatFailsIsReportedAndTriedAgainAtTheNextCheck() {
        FakePart broker = new FakePart();
        broker.failuresToCome = 1;
        watchdog.watch(broker);
        broker.stopped = true;

        assertThat(watchdog.check()).isFalse();
        assertThat(console.getLast()).isEqualTo("   Could not restart the fake broker: port 9092 is in use");
        assertThat(broker.stopped).isTrue();

        assertThat(watchdog.check()).isTrue();
        assertThat(broker.stopped).isFalse();
        assertThat(console).filteredOn(line -> line.startsWith("!!")).hasSize(1);
        assertThat(console)
                .contains("   Restarting it with the same data (fake-data) and ports: restart 2 of at most"
                        + " 3 within 10 min ...");
    }

    /** `sleep 300` standing in for the Kafka broker: started again by restart(). */
    private static final class Sleeper implements Restartable {
        private final Path dir;
        ChildProcess process;

        Sleeper(Path dir) {
            this.dir = dir;
            start();
        }

        private void start() {
            process = ChildProcess.start(
                    "sleeper", List.of("sleep", "300"), Map.of(), dir.resolve("logs"), dir.resolve("run"));
        }

        @Override
        public String name() {
            return "dummy broker";
        }

        @Override
        public String address() {
            return "localhost:1";
        }

        @Override
        public Path dataDirectory() {
            return dir.resolve("data");
        }

        @Override
        public Path log() {
            return process.log();
        }

        @Override
        public boolean hasStopped() {
            return !process.isAlive();
        }

        @Override
        public String howItStopped() {
            return process.howItEnded();
        }

        @Override
        public void restart() {
            start();
        }
    }

    private static final class FakePart implements Restartable {
        boolean stopped;
        int restarts;
        int failuresToCome;

        @Override
        public String name() {
            return "fake broker";
        }

        @Override
        public String address() {
            return "localhost:9092";
        }

        @Override
        public Path dataDirectory() {
            return Path.of("fake-data");
        }

        @Override
        public Path log() {
            return Path.of("fake.log");
        }

        @Override
        public boolean hasStopped() {
            return stopped;
        }

        @Override
        public String howItStopped() {
            return "";
        }

        @Override
        public void restart() {
            if (failuresToCome > 0) {
                failuresToCome--;
                throw new LaunchException("port 9092 is in use");
            }
            restarts++;
            stopped = false;
        }
    }
}
