package nl.wegwijs.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where and on which ports the platform runs. {@link #fromEnvironment} reads the variables the README
 * documents; tests build their own with other ports and a throw-away home.
 *
 * @param root the repository root (where the service jars are built)
 * @param home where data and logs are kept between runs ({@code .wegwijs/})
 * @param dbUrl a PostgreSQL server to use instead of the embedded one (any database on it), or null
 * @param javaOptions the JVM options of every application
 * @param startTimeout how long PostgreSQL, Kafka and the applications may take to start (all applications
 *     start at once and share this time); the launcher gives up after it
 * @param durability what a crash may cost the embedded PostgreSQL and the Kafka broker: {@link Durability#DURABLE} (what
 *     {@code ./wegwijs up} runs) unless a test platform asks for {@link Durability#THROWAWAY}
 */
public record PlatformConfig(
        Path root,
        Path home,
        int gatewayPort,
        int firstServicePort,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        String dbUrl,
        String dbUser,
        String dbPassword,
        boolean demoData,
        String pseudonymKey,
        List<String> javaOptions,
        Duration startTimeout,
        Durability durability) {

    /** What a crash of PostgreSQL or of the machine may cost the embedded PostgreSQL's data. */
    public enum Durability {
        /**
         * Nothing it confirmed: a commit returns once it is on disk ({@code synchronous_commit=on},
         * {@code fsync=on}, PostgreSQL's defaults), and the Kafka broker acknowledges an event once it is on
         * disk ({@code log.flush.interval.messages=1}). For every run whose data matters, {@code ./wegwijs up}.
         */
        DURABLE,
        /**
         * For throw-away test platforms only: a commit returns before it is on disk and nothing is flushed
         * ({@code synchronous_commit=off}, {@code fsync=off}). A crash of PostgreSQL may lose the last commits,
         * a crash of the machine may leave the database unusable and lose the events Kafka acknowledged last.
         */
        THROWAWAY
    }

    /**
     * Quick to start and small on a laptop: a client compiler only and a serial collector. Code runs
     * slower than with the full JIT; production images use the JVM's defaults.
     */
    public static final List<String> LAPTOP_JAVA_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /**
     * Ten minutes: a laptop needs one or two; a busy two-core machine was measured at five and a half
     * for the slowest application.
     */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(10);

    public PlatformConfig {
        javaOptions = List.copyOf(javaOptions);
        if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, not " + startTimeout);
        }
        if (durability == null) {
            throw new IllegalArgumentException("durability must be given (Durability.DURABLE, unless a test)");
        }
    }

    /** A {@link Durability#DURABLE durable} configuration. */
    public PlatformConfig(
            Path root,
            Path home,
            int gatewayPort,
            int firstServicePort,
            int kafkaPort,
            int kafkaControllerPort,
            int postgresPort,
            String dbUrl,
            String dbUser,
            String dbPassword,
            boolean demoData,
            String pseudonymKey,
            List<String> javaOptions,
            Duration startTimeout) {
        this(
                root,
                home,
                gatewayPort,
                firstServicePort,
                kafkaPort,
                kafkaControllerPort,
                postgresPort,
                dbUrl,
                dbUser,
                dbPassword,
                demoData,
                pseudonymKey,
                javaOptions,
                startTimeout,
                Durability.DURABLE);
    }

    /** A {@link Durability#DURABLE durable} configuration with the {@link #DEFAULT_START_TIMEOUT default start timeout}. */
    public PlatformConfig(
            Path root,
            Path home,
            int gatewayPort,
            int firstServicePort,
            int kafkaPort,
            int kafkaControllerPort,
            int postgresPort,
            String dbUrl,
            String dbUser,
            String dbPassword,
            boolean demoData,
            String pseudonymKey,
            List<String> javaOptions) {
        this(
                root,
                home,
                gatewayPort,
                firstServicePort,
                kafkaPort,
                kafkaControllerPort,
                postgresPort,
                dbUrl,
                dbUser,
                dbPassword,
                demoData,
                pseudonymKey,
                javaOptions,
                DEFAULT_START_TIMEOUT);
    }

    public static PlatformConfig fromEnvironment(Path root) {
        Map<String, String> env = System.getenv();
        return new PlatformConfig(
                root,
                Path.of(env.getOrDefault(
                        "WEGWIJS_HOME", root.resolve(".wegwijs").toString())),
                port(env, "WEGWIJS_PORT", 8080),
                port(env, "WEGWIJS_SERVICE_PORTS_FROM", 8081),
                port(env, "WEGWIJS_KAFKA_PORT", 9092),
                port(env, "WEGWIJS_KAFKA_CONTROLLER_PORT", 9093),
                port(env, "WEGWIJS_PG_PORT", 5433),
                blankToNull(env.get("WEGWIJS_DB_URL")),
                env.getOrDefault("WEGWIJS_DB_USER", "postgres"),
                env.getOrDefault("WEGWIJS_DB_PASSWORD", "postgres"),
                !"false".equalsIgnoreCase(env.getOrDefault("WEGWIJS_DEMO_DATA", "true")),
                env.getOrDefault("WEGWIJS_PSEUDONYM_KEY", "local-demo-pseudonym-key-not-for-production"),
                javaOptions(env.get("WEGWIJS_JAVA_OPTS")),
                startTimeout(env.get(START_TIMEOUT_VARIABLE)),
                Durability.DURABLE);
    }

    /**
     * This configuration with another {@link Durability}; {@code withDurability(Durability.THROWAWAY)} for a
     * test platform whose data is deleted afterwards anyway.
     */
    public PlatformConfig withDurability(Durability durability) {
        return new PlatformConfig(
                root,
                home,
                gatewayPort,
                firstServicePort,
                kafkaPort,
                kafkaControllerPort,
                postgresPort,
                dbUrl,
                dbUser,
                dbPassword,
                demoData,
                pseudonymKey,
                javaOptions,
                startTimeout,
                durability);
    }

    /** The variable that sets {@link #startTimeout()}. */
    public static final String START_TIMEOUT_VARIABLE = "WEGWIJS_START_TIMEOUT";

    /**
     * Reads {@value #START_TIMEOUT_VARIABLE}: whole seconds ({@code 900}) or an ISO-8601 duration
     * ({@code PT15M}); blank means {@link #DEFAULT_START_TIMEOUT}.
     */
    static Duration startTimeout(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_START_TIMEOUT;
        }
        String text = value.trim();
        Duration timeout;
        try {
            timeout = text.chars().allMatch(Character::isDigit)
                    ? Duration.ofSeconds(Long.parseLong(text))
                    : Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (NumberFormatException | DateTimeParseException e) {
            timeout = null;
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new LaunchException(START_TIMEOUT_VARIABLE
                    + " must be a number of seconds (e.g. 900) or an ISO-8601 duration (e.g. PT15M), not '" + value
                    + "'");
        }
        return timeout;
    }

    public String kafkaBrokers() {
        return "localhost:" + kafkaPort;
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LaunchException(name + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    private static List<String> javaOptions(String value) {
        return value == null || value.isBlank()
                ? LAPTOP_JAVA_OPTIONS
                : List.of(value.trim().split("\\s+"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
