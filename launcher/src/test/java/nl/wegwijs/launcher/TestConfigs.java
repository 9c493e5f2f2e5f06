package nl.wegwijs.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Platform configurations for tests: free ports and a throw-away home. */
final class TestConfigs {

    /**
     * Test ports come from below Linux's ephemeral range (32768-60999), which the kernel hands out as the
     * local ports of outgoing connections: a port found free there may be taken by a connection before the
     * test listens on it.
     */
    private static final int FIRST_PORT = 20000;

    private static final int LAST_PORT = 32000;

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private TestConfigs() {}

    static PlatformConfig inHome(Path home) {
        return platform(Path.of(".").toAbsolutePath(), home, Duration.ofMinutes(3), PlatformConfig.LAPTOP_JAVA_OPTIONS);
    }

    /** A durable platform whose applications are the jars under {@code root}. */
    static PlatformConfig platform(Path root, Path home, Duration startTimeout, List<String> javaOptions) {
        return new PlatformConfig(
                root,
                home,
                freePort(),
                freePorts(4),
                freePort(),
                freePort(),
                freePort(),
                null,
                "postgres",
                "postgres",
                false,
                "test-pseudonym-key",
                javaOptions,
                startTimeout);
    }

    static int freePort() {
        return freePorts(1);
    }

    /** The first of {@code count} consecutive ports that nothing listens on (and no other test was given). */
    static synchronized int freePorts(int count) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(FIRST_PORT, LAST_PORT - count);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                free = !HANDED_OUT.contains(port) && Ports.isFree(port);
            }
            if (free) {
                for (int port = first; port < first + count; port++) {
                    HANDED_OUT.add(port);
                }
                return first;
            }
        }
        throw new IllegalStateException(
                "No " + count + " free ports in a row between " + FIRST_PORT + " and " + LAST_PORT);
    }
}
