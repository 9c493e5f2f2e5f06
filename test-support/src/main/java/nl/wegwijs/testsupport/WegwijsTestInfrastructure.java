package nl.wegwijs.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the shared test broker, a fresh database on the shared PostgreSQL
 * server, and the test token keys. Used through {@link ServiceIT}.
 */
public class WegwijsTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        TestPostgres.Database database = TestPostgres.newDatabase(application);
        String brokers = TestKafka.bootstrapServers();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "wegwijs-test-infrastructure",
                        Map.of(
                                "spring.datasource.url",
                                database.url(),
                                "spring.datasource.username",
                                database.user(),
                                "spring.datasource.password",
                                database.password(),
                                "spring.kafka.bootstrap-servers",
                                brokers,
                                "spring.cloud.stream.kafka.binder.brokers",
                                brokers,
                                "wegwijs.security.jwks-uri",
                                TestTokens.jwksUri(),
                                "wegwijs.demo-data",
                                "false",
                                "wegwijs.outbox.poll-interval",
                                "100ms")));
    }
}
