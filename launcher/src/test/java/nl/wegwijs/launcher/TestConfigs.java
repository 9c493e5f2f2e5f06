package nl.wegwijs.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

/** Platform configurations for tests: free ports and a throw-away home. */
final class TestConfigs {

    private TestConfigs() {}

    static PlatformConfig inHome(Path home) {
        return new PlatformConfig(
                Path.of(".").toAbsolutePath(),
                home,
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                null,
                "postgres",
                "postgres",
                false,
                "test-pseudonym-key",
                PlatformConfig.LAPTOP_JAVA_OPTIONS,
                Duration.ofMinutes(3));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
