package nl.wegwijs.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The whole platform as processes on this machine: PostgreSQL, a Kafka broker, the four services
 * and the gateway. Started in dependency order (the applications all at once: none needs another to
 * start), stopped in reverse. A start that fails stops what it had started before it throws. While it
 * runs, {@link #checkAlive()} restarts the broker or PostgreSQL when one stops by itself.
 */
public final class Platform implements AutoCloseable {

    /** A Spring Boot application of the platform and where it listens. */
    record App(String module, String database, int port) {}

    private final PlatformConfig config;
    private final Consumer<String> progress;
    private final List<App> apps;
    private final List<ChildProcess> running = new ArrayList<>();
    private final Set<String> reportedDead = new HashSet<>();
    private final KafkaBroker kafka;
    private final Watchdog watchdog;
    private Postgres postgres;
    private boolean closed;
    private volatile boolean closing;
    /** Stops everything in order when the JVM exits (Ctrl-C, SIGTERM, a test JVM ending) before close(). */
    private final Thread stopOnExit = new Thread(this::close, "wegwijs-stop-on-exit");

    private boolean stopOnExitRegistered;

    public Platform(PlatformConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
        int first = config.firstServicePort();
        this.apps = List.of(
                new App("helpdesk-service", "helpdesk", first),
                new App("knowledge-service", "knowledge", first + 1),
                new App("matching-service", "matching", first + 2),
                new App("expertpool-service", "expertpool", first + 3),
                new App("gateway", null, config.gatewayPort()));
        this.kafka = new KafkaBroker(config, () -> closing);
        this.watchdog = new Watchdog(progress, RestartPolicy::standard);
    }

    /**
     * Starts everything and returns when every application reports healthy.
     *
     * @throws LaunchException when something does not start in time, stops while starting, or the start is
     *     interrupted or {@linkplain #close() closed}: then everything it had started is stopped again (each
     *     part cleanly, as {@link #close()} does) before the exception is thrown
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("This platform has been closed; start a new one");
        }
        if (!stopOnExitRegistered) {
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            stopOnExitRegistered = true;
        }
        long started = System.nanoTime();
        List<Path> jars = apps.stream().map(this::jarOf).toList();
        for (App app : apps) {
            Ports.requireFree(app.port(), app.module());
        }
        ChildProcess.stopLeftovers(pids());
        try {
            startInOrder(jars);
        } catch (RuntimeException | Error e) {
            stopAfterFailedStart(e);
            throw e;
        }
        progress.accept("Wegwijs is up in " + Durations.human(Duration.ofNanos(System.nanoTime() - started)) + ".");
    }

    private void startInOrder(List<Path> jars) {
        step(1, "PostgreSQL", () -> {
            postgres = Postgres.start(config);
            postgres.createDatabases(
                    apps.stream().map(App::database).filter(d -> d != null).toList());
        });
        step(2, "Kafka broker (KRaft) on localhost:" + config.kafkaPort(), kafka::start);
        progress.accept("[3/3] Starting " + apps.size() + " applications (a minute on a laptop, several on a busy"
                + " machine; waiting up to " + Durations.human(config.startTimeout()) + ", "
                + PlatformConfig.START_TIMEOUT_VARIABLE + " changes that) ...");
        List<StartupWait.Starting> starting = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            App app = apps.get(i);
            ChildProcess process =
                    ChildProcess.start(app.module(), javaCommand(jars.get(i)), environment(app), logs(), pids());
            running.add(process);
            starting.add(
                    new StartupWait.Starting(app.module(), process, () -> healthy(app.port()), "port " + app.port()));
        }
        new StartupWait(config.startTimeout(), REPORT_EVERY, POLL_EVERY, progress, () -> closing).await(starting);
        watchdog.watch(kafka);
        if (postgres.isEmbedded()) {
            watchdog.watch(postgres);
        }
    }

    /**
     * Stops what a failed start had started, cleanly even when the start was interrupted (the interrupt is
     * kept for the caller); what goes wrong meanwhile is added to the start's exception.
     */
    private void stopAfterFailedStart(Throwable failure) {
        boolean interrupted = Thread.interrupted();
        try {
            if (!running.isEmpty() || kafka.isStarted() || postgres != null) {
                progress.accept(
                        closing
                                ? "      Stopping what was started ..."
                                : "      The start failed; stopping what was started ...");
                stopEverything().forEach(failure::addSuppressed);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the Kafka broker (for tests of what happens while it is down); it stays down until {@link #startKafka}. */
    public synchronized void stopKafka() {
        kafka.stop();
    }

    /** Starts the Kafka broker again on the same port and data. */
    public synchronized void startKafka() {
        kafka.start();
    }

    /**
     * Stops one application for good (for measurements that need the machine's cores for the others, and
     * for tests of what happens while a service is down); it is then reported as stopped by
     * {@link #checkAlive()}.
     *
     * @throws IllegalArgumentException for a module that is not one of the platform's applications
     */
    public synchronized void stopApplication(String module) {
        ChildProcess process = running.stream()
                .filter(p -> p.name().equals(module))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No running application " + module));
        process.stop(APP_STOP_GRACE);
    }

    /**
     * Looks after the running platform; call it every few seconds. Restarts the Kafka broker or the
     * embedded PostgreSQL when it stopped by itself (saying so), and prints a line when an application
     * has stopped by itself. Returns true while everything runs.
     *
     * @throws LaunchException when the broker or PostgreSQL keeps stopping (more than 3 times within 10
     *     minutes): then stop the platform
     */
    public synchronized boolean checkAlive() {
        if (closed || closing) {
            return false;
        }
        watchdog.check();
        boolean all = !kafka.hasStopped() && (postgres == null || !postgres.hasStopped());
        for (ChildProcess process : running) {
            if (!process.isAlive()) {
                all = false;
                if (reportedDead.add(process.name())) {
                    progress.accept("!! " + process.name() + " has stopped (" + process.howItEnded() + "); see "
                            + process.log());
                }
            }
        }
        return all;
    }

    /** True once {@link #close()} was called (perhaps still busy). */
    boolean isClosing() {
        return closing;
    }

    public PlatformConfig config() {
        return config;
    }

    /**
     * Stops everything: the applications (all at once, each closing its Kafka clients and database pool),
     * then the Kafka broker (its logs closed cleanly), then PostgreSQL (a fast shutdown with a checkpoint).
     * Returns when their processes are gone. A start in progress gives up and stops what it had started.
     */
    @Override
    public void close() {
        // first, so that a start or restart in progress gives up waiting and lets go of the lock
        closing = true;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            for (RuntimeException e : stopEverything()) {
                progress.accept("!! While stopping: " + e.getMessage());
            }
            if (stopOnExitRegistered && Thread.currentThread() != stopOnExit) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException exiting) {
                    // closed by another shutdown hook: this one runs and finds the platform closed
                }
            }
        }
    }

    /** Stops whatever runs, in reverse order of the start; returns what went wrong (each part is tried). */
    private List<RuntimeException> stopEverything() {
        List<RuntimeException> problems = new ArrayList<>();
        if (!running.isEmpty()) {
            long t = System.nanoTime();
            attempt(problems, () -> ChildProcess.stopAll(running, APP_STOP_GRACE));
            progress.accept("      applications stopped (" + since(t) + ")");
            running.clear();
            reportedDead.clear();
        }
        if (kafka.isStarted()) {
            long t = System.nanoTime();
            attempt(problems, kafka::stop);
            progress.accept("      Kafka broker stopped (" + since(t) + ")");
        }
        if (postgres != null) {
            long t = System.nanoTime();
            Postgres stopping = postgres;
            attempt(problems, stopping::close);
            postgres = null;
            if (stopping.isEmbedded()) {
                progress.accept("      PostgreSQL stopped (" + since(t) + ")");
            }
        }
        attempt(problems, () -> ChildProcess.stopLeftovers(pids()));
        return problems;
    }

    private static void attempt(List<RuntimeException> problems, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            problems.add(e);
        }
    }

    private void step(int n, String what, Runnable action) {
        long t = System.nanoTime();
        if (closing) {
            throw new LaunchException("Stopped before " + what + " was started.");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new LaunchException("Interrupted before " + what + " was started.");
        }
        progress.accept("[" + n + "/3] Starting " + what + " ...");
        action.run();
        progress.accept("      " + what + " is up (" + since(t) + ")");
    }

    private Map<String, String> environment(App app) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(app.port()));
        env.put("WEGWIJS_KAFKA_BROKERS", config.kafkaBrokers());
        env.put("WEGWIJS_JWKS_URI", config.gatewayUrl() + "/.well-known/jwks.json");
        env.put("WEGWIJS_PSEUDONYM_KEY", config.pseudonymKey());
        env.put("WEGWIJS_DEMO_DATA", Boolean.toString(config.demoData()));
        for (App other : apps) {
            if (other.database() != null) {
                String key = other.module().replace("-service", "").toUpperCase();
                env.put("WEGWIJS_" + key + "_URL", "http://localhost:" + other.port());
            }
        }
        if (app.database() != null) {
            env.put("SPRING_DATASOURCE_URL", postgres.urlFor(app.database()));
            env.put("SPRING_DATASOURCE_USERNAME", postgres.user());
            env.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        } else {
            // the demo accounts exist only in this local run
            env.put("SPRING_PROFILES_ACTIVE", "demo");
            // one signing key across restarts: access tokens handed to scripts stay valid
            if (System.getenv("WEGWIJS_GATEWAY_KEY_FILE") == null) {
                env.put("WEGWIJS_GATEWAY_KEY_FILE", gatewayKeyFile().toString());
            }
        }
        return env;
    }

    /** The gateway's signing key (an RSA JWK), created on the first start. */
    public Path gatewayKeyFile() {
        return config.home().resolve("gateway-key.json");
    }

    private List<String> javaCommand(Path jar) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(config.javaOptions());
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        return command;
    }

    private Path jarOf(App app) {
        Path target = config.root().resolve(app.module()).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new LaunchException(app.module()
                            + " is not built; run ./mvnw -B package -DskipTests (./wegwijs up does this)"));
        } catch (IOException e) {
            throw new LaunchException(
                    app.module() + " is not built; run ./mvnw -B package -DskipTests (./wegwijs up does this)");
        }
    }

    private static boolean healthy(int port) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path logs() {
        return config.home().resolve("logs");
    }

    private Path pids() {
        return config.home().resolve("run");
    }

    private static String since(long nanoTime) {
        return Durations.human(Duration.ofNanos(System.nanoTime() - nanoTime));
    }

    /** How often the console hears which applications are still starting. */
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

    private static final Duration POLL_EVERY = Duration.ofSeconds(1);

    /**
     * How long the applications may take to stop before they are killed (Spring's graceful shutdown gives a
     * request in progress up to 30 s, then closes the Kafka clients and the database pool). They usually need
     * a few seconds; the wait ends as soon as the last one has exited.
     */
    static final Duration APP_STOP_GRACE = Duration.ofSeconds(30);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
}
