package nl.wegwijs.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one process), run from the
 * {@code org.apache.kafka:kafka_2.13} jars on the launcher's class path. Its log stays under
 * {@code .wegwijs/kafka} between runs.
 */
final class KafkaBroker implements Restartable {

    /** How long a restart waits for the ports the stopped broker used to become free. */
    private static final Duration PORTS_RELEASED = Duration.ofSeconds(30);

    /**
     * How long a broker asked to stop (SIGTERM) may take to close its logs cleanly before it is killed. It
     * usually needs a few seconds; killed, it loses nothing it had acknowledged (durable: flushed to disk
     * before the acknowledgement) but recovers its logs on the next start.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final PlatformConfig config;
    private final BooleanSupplier stopping;
    private final Path dataDir;
    private final Path properties;
    private ChildProcess process;

    /**
     * @param stopping true once the launcher is being stopped: waiting for the broker to start ends then
     */
    KafkaBroker(PlatformConfig config, BooleanSupplier stopping) {
        this.config = config;
        this.stopping = stopping;
        this.dataDir = config.home().resolve("kafka");
        this.properties = config.home().resolve("kafka.properties");
    }

    /** Starts the broker (node 1, log in {@code <home>/kafka}) and returns when it accepts connections. */
    void start() {
        Ports.requireFree(config.kafkaPort(), "Kafka");
        Ports.requireFree(config.kafkaControllerPort(), "Kafka controller");
        writeProperties();
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format();
        }
        ChildProcess started =
                ChildProcess.start("kafka", java("kafka.Kafka", properties.toString()), Map.of(), logs(), pids());
        process = started;
        try {
            Wait.until("Kafka on port " + config.kafkaPort(), config.startTimeout(), () -> {
                if (!started.isAlive()) {
                    throw new LaunchException("Kafka stopped while starting (" + started.howItEnded() + "). "
                            + started.endOfLog(StartupWait.LOG_LINES));
                }
                if (stopping.getAsBoolean()) {
                    throw new LaunchException("Stopped while Kafka was starting.");
                }
                return accepts(config.kafkaPort());
            });
        } catch (LaunchException e) {
            // leave no half-started broker behind; a watchdog sees it as stopped and may try again
            started.stop(Duration.ofSeconds(10));
            throw e;
        }
    }

    /** Stops the broker on purpose (the watchdog leaves it stopped): SIGTERM, then it closes its logs cleanly. */
    void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    /** True from {@link #start()} until {@link #stop()}, whether or not the process still runs. */
    boolean isStarted() {
        return process != null;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public String name() {
        return "Kafka broker";
    }

    @Override
    public String address() {
        return config.kafkaBrokers();
    }

    @Override
    public Path dataDirectory() {
        return dataDir;
    }

    @Override
    public Path log() {
        return logs().resolve("kafka.log");
    }

    @Override
    public boolean hasStopped() {
        return process != null && !process.isAlive();
    }

    @Override
    public String howItStopped() {
        return process == null ? "" : process.howItEnded();
    }

    /** Starts the stopped broker again: same node id, same log directory, same ports. */
    @Override
    public void restart() {
        if (isRunning()) {
            return;
        }
        Wait.until(
                "the Kafka ports " + config.kafkaPort() + " and " + config.kafkaControllerPort() + " to be released",
                PORTS_RELEASED,
                () -> Ports.isFree(config.kafkaPort()) && Ports.isFree(config.kafkaControllerPort()));
        start();
    }

    private void format() {
        ChildProcess formatter = ChildProcess.start(
                "kafka-format",
                java(
                        "kafka.tools.StorageTool",
                        "format",
                        "--ignore-formatted",
                        "-t",
                        UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                        "-c",
                        properties.toString()),
                Map.of(),
                logs(),
                pids());
        try {
            Wait.until("Kafka storage to be formatted", Duration.ofSeconds(60), () -> !formatter.isAlive());
        } finally {
            formatter.stop(Duration.ofSeconds(5));
        }
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            throw new LaunchException("Could not format Kafka's storage; see " + formatter.log());
        }
    }

    private void writeProperties() {
        try {
            Files.createDirectories(dataDir);
            Files.writeString(properties, serverProperties());
        } catch (IOException e) {
            throw new LaunchException("Could not write " + properties + ": " + e.getMessage(), e);
        }
    }

    /** The broker's configuration: one node that is broker and controller, its log kept for good. */
    String serverProperties() {
        boolean durable = config.durability() == PlatformConfig.Durability.DURABLE;
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + config.kafkaControllerPort(),
                "listeners=PLAINTEXT://localhost:" + config.kafkaPort() + ",CONTROLLER://localhost:"
                        + config.kafkaControllerPort(),
                "advertised.listeners=PLAINTEXT://localhost:" + config.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.retention.hours=-1",
                // one broker, no replica to survive on: an acknowledged event must be on disk, or a machine crash
                // loses events the services' outboxes (in the durable PostgreSQL) already count as sent
                durable ? "log.flush.interval.messages=1" : "",
                "");
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms256m");
        command.add("-Xmx512m");
        // the broker logs through the launcher's slf4j-simple: with the time, so that its log says how long what took
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private Path logs() {
        return config.home().resolve("logs");
    }

    private Path pids() {
        return config.home().resolve("run");
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
