package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that fails, times out, is interrupted or is called off stops everything it had started (real
 * PostgreSQL and Kafka processes, stand-ins for the applications) before it throws: it leaves no process
 * and no listening port behind, without relying on a shutdown hook.
 */
class FailedStartIT {

    private static final List<String> MODULES =
            List.of("helpdesk-service", "knowledge-service", "matching-service", "expertpool-service", "gateway");

    @TempDir
    Path dir;

    private final List<String> console = new CopyOnWriteArrayList<>();
    private ProcessesSeen seen;
    private Platform platform;

    @BeforeEach
    void buildStandInsAndWatchProcesses() throws IOException {
        buildStandIns(dir.resolve("root"));
        seen = ProcessesSeen.mentioning(dir.toString());
    }

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
        seen.close();
    }

    @Test
    void aStartThatFailsAfterPostgresIsUpStopsPostgresBeforeItThrows() throws IOException {
        PlatformConfig config = config(Duration.ofMinutes(3));
        platform = new Platform(config, console::add);

        try (ServerSocket taken = listenOn(config.kafkaPort())) {
            assertThatThrownBy(platform::start)
                    .isInstanceOf(LaunchException.class)
                    .hasMessageStartingWith("Port " + config.kafkaPort() + " (Kafka) is already in use.");
        }

        assertThat(console).anyMatch(line -> line.startsWith("      PostgreSQL is up"));
        assertThat(seen.matching("/bin/postgres")).as("the PostgreSQL server").isNotEmpty();
        assertNothingLeftOf(config);
    }

    @Test
    void aStartThatFailsWhileTheApplicationsStartStopsThemTheBrokerAndPostgresBeforeItThrows() {
        PlatformConfig config = config(Duration.ofMinutes(3), "-Dfake.fail=gateway");
        platform = new Platform(config, console::add);

        assertThatThrownBy(platform::start)
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith("gateway stopped while starting (exit code 1).")
                .hasMessageContaining("| APPLICATION FAILED TO START: a test says so");

        assertThat(seen.matching("kafka.Kafka")).as("the Kafka broker").isNotEmpty();
        assertThat(seen.matching("-exec.jar")).as("the applications").hasSize(5);
        assertThat(console).contains("      The start failed; stopping what was started ...");
        assertNothingLeftOf(config);
    }

    @Test
    void aStartThatTimesOutStopsWhatItHadStartedBeforeItThrows() {
        PlatformConfig config = config(Duration.ofSeconds(60));
        platform = new Platform(config, console::add);

        assertThatThrownBy(platform::start)
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith("Gave up after 1 min: helpdesk-service, knowledge-service, matching-service,"
                        + " expertpool-service, gateway are still not healthy.");

        assertThat(seen.matching("-exec.jar")).as("the applications").hasSize(5);
        assertNothingLeftOf(config);
    }

    @Test
    void anInterruptedStartStopsWhatItHadStartedAndLeavesTheThreadInterrupted() throws InterruptedException {
        PlatformConfig config = config(Duration.ofMinutes(3));
        platform = new Platform(config, console::add);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean interruptedAfterwards = new AtomicBoolean();
        Thread starter = Thread.ofPlatform().start(() -> {
            try {
                platform.start();
            } catch (Throwable t) {
                thrown.set(t);
                interruptedAfterwards.set(Thread.currentThread().isInterrupted());
            }
        });
        await().atMost(Duration.ofMinutes(2))
                .until(() -> seen.matching("-exec.jar").size() == 5);

        starter.interrupt();
        starter.join(Duration.ofMinutes(2));

        assertThat(starter.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(LaunchException.class).hasMessageStartingWith("Interrupted while ");
        assertThat(interruptedAfterwards).isTrue();
        assertNothingLeftOf(config);
    }

    @Test
    void closingThePlatformWhileItStartsStopsWhatTheStartHadStarted() throws InterruptedException {
        PlatformConfig config = config(Duration.ofMinutes(3));
        platform = new Platform(config, console::add);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread starter = Thread.ofPlatform().start(() -> {
            try {
                platform.start();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        await().atMost(Duration.ofMinutes(2))
                .until(() -> seen.matching("-exec.jar").size() == 5);

        platform.close();
        starter.join(Duration.ofMinutes(2));

        assertThat(thrown.get()).isInstanceOf(LaunchException.class).hasMessageStartingWith("Stopped while ");
        assertNothingLeftOf(config);
    }

    private void assertNothingLeftOf(PlatformConfig config) {
        assertThat(seen.stillRunning()).as("processes the platform started").isEmpty();
        assertThat(ProcessesSeen.runningNow(dir.toString()))
                .as("processes that mention " + dir)
                .isEmpty();
        for (int port : ports(config)) {
            assertThat(Ports.isFree(port)).as("nothing listens on port " + port).isTrue();
        }
        assertThat(config.home().resolve("run"))
                .as("pid files of running processes")
                .satisfiesAnyOf(
                        run -> assertThat(run).doesNotExist(),
                        run -> assertThat(run).isEmptyDirectory());
    }

    private static List<Integer> ports(PlatformConfig config) {
        List<Integer> ports = new ArrayList<>(
                List.of(config.gatewayPort(), config.kafkaPort(), config.kafkaControllerPort(), config.postgresPort()));
        for (int i = 0; i < 4; i++) {
            ports.add(config.firstServicePort() + i);
        }
        return ports;
    }

    private PlatformConfig config(Duration startTimeout, String... javaOptions) {
        List<String> options = new ArrayList<>(List.of("-Xmx64m", "-XX:TieredStopAtLevel=1"));
        options.addAll(List.of(javaOptions));
        return TestConfigs.platform(dir.resolve("root"), dir.resolve("home"), startTimeout, options);
    }

    private static ServerSocket listenOn(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    /** An executable jar per application whose main class is {@link FakeApplication}, where the build puts it. */
    private static void buildStandIns(Path root) throws IOException {
        String entry = FakeApplication.class.getName().replace('.', '/') + ".class";
        byte[] main;
        try (InputStream in = FakeApplication.class.getClassLoader().getResourceAsStream(entry)) {
            main = in.readAllBytes();
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeApplication.class.getName());
        for (String module : MODULES) {
            Path jar = root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-exec.jar");
            Files.createDirectories(jar.getParent());
            try (OutputStream out = Files.newOutputStream(jar);
                    JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                jarOut.putNextEntry(new JarEntry(entry));
                jarOut.write(main);
                jarOut.closeEntry();
            }
        }
    }
}
