package nl.wegwijs.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where and on which ports the platform runs. {@link #fromEnvironment} reads the variables the README
 * documents; tests build their own with other ports and a throw-away home.
 *
 * @param root the repository root (where the service jars are built)
 * @param home where data and logs are kept between runs ({@code .wegwijs/})
 * @param dbUrl a PostgreSQL server to use instead of the embedded one (any database on it), or null
 * @param javaOptions the JVM options of every application
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
        List<String> javaOptions) {

    /**
     * Quick to start and small on a laptop: a client compiler only and a serial collector. Code runs
     * slower than with the full JIT; production images use the JVM's defaults.
     */
    public static final List<String> LAPTOP_JAVA_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public PlatformConfig {
        javaOptions = List.copyOf(javaOptions);
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
                javaOptions(env.get("WEGWIJS_JAVA_OPTS")));
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
