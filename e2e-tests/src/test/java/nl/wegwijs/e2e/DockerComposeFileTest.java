package nl.wegwijs.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The compose file for servers cannot run here (no Docker engine), but Compose itself must accept
 * it: {@code docker compose config} where the plugin exists, else Debian's {@code docker-compose}.
 * CI installs the latter; elsewhere the test is skipped when neither is installed.
 */
class DockerComposeFileTest {

    private final Path root =
            Path.of(System.getProperty("wegwijs.root", "..")).toAbsolutePath().normalize();

    @Test
    void composeAcceptsTheFile() throws Exception {
        List<String> command = composeCommand();
        if (System.getenv("CI") == null) {
            assumeTrue(command != null, "docker compose is not installed");
        }
        assertThat(command)
                .as("docker compose or docker-compose must be installed in CI")
                .isNotNull();

        Path out = Files.createTempFile("compose", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void everyApplicationWaitsForHealthyDependencies() throws IOException {
        String compose = Files.readString(root.resolve("docker-compose.yml"));
        assertThat(compose)
                .contains("image: apache/kafka")
                .contains("image: postgres:17")
                .contains("condition: service_healthy")
                .contains("MODULE: helpdesk-service", "MODULE: knowledge-service", "MODULE: matching-service")
                .contains("MODULE: expertpool-service", "MODULE: gateway");
    }

    private static List<String> composeCommand() {
        if (works(List.of("docker", "compose", "version"))) {
            return List.of("docker", "compose", "-f", "docker-compose.yml", "config", "-q");
        }
        if (works(List.of("docker-compose", "version"))) {
            return List.of("docker-compose", "-f", "docker-compose.yml", "config", "-q");
        }
        return null;
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
