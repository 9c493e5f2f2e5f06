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
 * start), stopped in reverse. While it runs, {@link #checkAlive()} restarts the broker or PostgreSQL
 * when one stops by itself.
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

    /** Starts everything and returns when every application reports healthy. */
    public synchronized void start() {
        long started = System.nanoTime();
        List<Path> jars = apps.stream().map(this::jarOf).toList();
        for (App app : apps) {
            Ports.requireFree(app.port(), app.module());
        }
        ChildProcess.stopLeftovers(config.home().resolve("run"));
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
        progress.accept("Wegwijs is up in " + Durations.human(Duration.ofNanos(System.nanoTime() - started)) + ".");
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
        process.requestStop();
        process.stop(Duration.ofSeconds(30));
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

    @Override
    public void close() {
        // first, so that a start or restart in progress gives up waiting and lets go of the lock
        closing = true;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            // all applications at once: each may take a while to close its Kafka clients
            running.forEach(ChildProcess::requestStop);
            running.forEach(p -> p.stop(Duration.ofSeconds(30)));
            kafka.stop();
            if (postgres != null) {
                postgres.close();
            }
            try {
                ChildProcess.stopLeftovers(pids());
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
    }

    private void step(int n, String what, Runnable action) {
        long t = System.nanoTime();
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

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
}
