package nl.wegwijs.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The real parts around the gateway under test, one of each per JVM: a Kafka broker (embedded
 * KRaft) holding the API-key topic, an {@link Upstream} HTTP server behind the helpdesk,
 * knowledge and matching routes, and a {@link FakeIdentityProvider} for OpenID Connect. The expert
 * pool points at a port where nothing listens (a service that is down), but while a test holds a
 * {@link ScriptedService} there.
 */
public class GatewayTestServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String API_KEY_TOPIC = "matching.apikey.v1";

    private static EmbeddedKafkaKraftBroker broker;

    private static int expertPoolPort;

    public static synchronized EmbeddedKafkaKraftBroker broker() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 2, API_KEY_TOPIC);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.brokerProperty("offsets.topic.replication.factor", "1");
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return broker;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String upstream = Upstream.get().url();
        String idp = FakeIdentityProvider.get().url();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                context,
                "wegwijs.kafka.brokers=" + broker().getBrokersAsString(),
                "wegwijs.services.helpdesk=" + upstream,
                "wegwijs.services.knowledge=" + upstream,
                "wegwijs.services.matching=" + upstream,
                "wegwijs.services.expertpool=http://127.0.0.1:" + expertPoolPort(),
                "spring.security.oauth2.client.provider.testidp.authorization-uri=" + idp + "/authorize",
                "spring.security.oauth2.client.provider.testidp.token-uri=" + idp + "/token",
                "spring.security.oauth2.client.provider.testidp.jwk-set-uri=" + idp + "/jwks",
                "spring.security.oauth2.client.provider.testidp.user-info-uri=" + idp + "/userinfo",
                "spring.security.oauth2.client.provider.testidp.user-name-attribute=sub");
    }

    /** The expert pool's port, where nothing listens but a test's {@link ScriptedService}. */
    public static synchronized int expertPoolPort() {
        if (expertPoolPort == 0) {
            expertPoolPort = unusedPort();
        }
        return expertPoolPort;
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
