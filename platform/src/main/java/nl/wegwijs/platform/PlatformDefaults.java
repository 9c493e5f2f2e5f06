package nl.wegwijs.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's defaults (outbox, dead letters, Flyway, actuator, token verification) with the
 * lowest precedence, so a service's {@code application.yml} and the environment override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(
                            "wegwijs-platform-defaults",
                            new ClassPathResource("wegwijs-platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
