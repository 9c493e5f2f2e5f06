package nl.wegwijs.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import nl.wegwijs.launcher.Platform;
import nl.wegwijs.launcher.PlatformConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole platform once per test run, exactly as {@code ./wegwijs up} does, on ports of its
 * own (gateway 18080) so it never clashes with a local run, and stops it when all tests are done.
 */
public class RunningPlatform implements BeforeAllCallback {

    public static final int GATEWAY_PORT = 18080;
    public static final int FIRST_SERVICE_PORT = 18081;

    private static Platform platform;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    public static synchronized Platform start() {
        if (platform == null) {
            Path root = Path.of(System.getProperty("wegwijs.root", ".."))
                    .toAbsolutePath()
                    .normalize();
            Path home = Path.of(System.getProperty("wegwijs.e2e.home", "target/e2e-platform"));
            deleteRecursively(home);
            PlatformConfig config = new PlatformConfig(
                    root,
                    home,
                    GATEWAY_PORT,
                    FIRST_SERVICE_PORT,
                    19092,
                    19093,
                    15433,
                    null,
                    "postgres",
                    "postgres",
                    false,
                    "e2e-pseudonym-key-0123456789",
                    javaOptions());
            Platform started = new Platform(config, line -> System.out.println("[platform] " + line));
            started.start();
            platform = started;
        }
        return platform;
    }

    /**
     * The laptop options of {@code ./wegwijs up}, unless {@code -Dwegwijs.e2e.javaOptions} says
     * otherwise (benchmarks run the applications with the full JIT, as in production).
     */
    private static List<String> javaOptions() {
        String options = System.getProperty("wegwijs.e2e.javaOptions", "");
        return options.isBlank()
                ? PlatformConfig.LAPTOP_JAVA_OPTIONS
                : List.of(options.trim().split("\\s+"));
    }

    public static String gateway() {
        return "http://localhost:" + GATEWAY_PORT;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Could not clear " + dir, e);
        }
    }
}
