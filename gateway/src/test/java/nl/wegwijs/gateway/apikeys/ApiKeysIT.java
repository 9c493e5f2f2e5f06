package nl.wegwijs.gateway.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.gateway.GatewayProperties;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.Echo;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.GatewayTestServices;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayIT
class ApiKeysIT {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyRegistry registry;

    @Autowired
    GatewayProperties properties;

    @Test
    void anIssuedKeyOpensTheEmployerApiWithAnEmployerToken() throws Exception {
        String employerId = UUID.randomUUID().toString();
        String keyId = UUID.randomUUID().toString();
        String apiKey = "wgw_" + UUID.randomUUID();
        issue(keyId, employerId, apiKey);
        Browser employer = new Browser(port);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> employer.get("/api/employer/vacancies", "X-API-Key", apiKey)
                                .statusCode()
                        == 200);

        long waits = registry.waitsStarted();
        Echo echo = Echo.of(
                employer.get("/api/employer/vacancies", "X-API-Key", apiKey).body());
        assertThat(registry.waitsStarted()).as("a known key never waits").isEqualTo(waits);
        JWTClaimsSet token = echo.verifiedToken(port);
        assertThat(token.getSubject()).isEqualTo("employer:" + employerId);
        assertThat(token.getClaim("roles")).asList().containsExactly("EMPLOYER");
        assertThat(token.getClaim("employerId")).isEqualTo(employerId);
        assertThat(token.getClaim("keyId")).isEqualTo(keyId);
        assertThat(echo.header("apiKey"))
                .as("the key itself stays at the gateway")
                .isNull();
    }

    @Test
    void anUnknownKeyGets401AfterWaitingForItInVain() {
        await().atMost(Duration.ofSeconds(30)).until(registry::caughtUp);
        long waits = registry.waitsStarted();
        long start = System.nanoTime();

        HttpResponse<String> response = new Browser(port).get("/api/employer/vacancies", "X-API-Key", "wgw_guess");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("unknown or has been revoked");
        assertThat(registry.waitsStarted()).isEqualTo(waits + 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("waited for the key to arrive before answering")
                .isGreaterThanOrEqualTo(properties.apiKeys().waitForNew());
    }

    @Test
    void aKeyAnnouncedOnlyAfterTheRequestArrivedIsAccepted() throws Exception {
        // matching-service answers 201 with the new key, then its outbox relay publishes ApiKeyIssued
        // a moment later: a script that uses the key at once must not get 401
        await().atMost(Duration.ofSeconds(30)).until(registry::caughtUp);
        String employerId = UUID.randomUUID().toString();
        String keyId = UUID.randomUUID().toString();
        String apiKey = "wgw_" + UUID.randomUUID();
        Browser employer = new Browser(port);
        long waits = registry.waitsStarted();
        ScheduledExecutorService relay = Executors.newSingleThreadScheduledExecutor();
        try (KafkaProducer<String, String> producer = producer();
                ExecutorService script = Executors.newVirtualThreadPerTaskExecutor()) {
            producer.partitionsFor(GatewayTestServices.API_KEY_TOPIC);

            Future<HttpResponse<String>> response =
                    script.submit(() -> employer.get("/api/employer/vacancies", "X-API-Key", apiKey));
            await().atMost(Duration.ofSeconds(30)).until(() -> registry.waitsStarted() > waits);
            assertThat(registry.find(apiKey)).as("not announced yet").isEmpty();
            ScheduledFuture<?> announced = relay.schedule(
                    () -> {
                        producer.send(issuedRecord(keyId, employerId, apiKey)).get();
                        return null;
                    },
                    300,
                    TimeUnit.MILLISECONDS);

            assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            announced.get(30, TimeUnit.SECONDS);
        } finally {
            relay.shutdownNow();
        }
        assertThat(registry.waitsStarted()).isEqualTo(waits + 1);
    }

    @Test
    void aFloodOfUnknownKeysFromOneAddressIsLimitedBeforeItWaits() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(registry::caughtUp);
        int limit = properties.limits().unknownApiKeysPerMinute();
        Browser guesser = new Browser(port);
        long waits = registry.waitsStarted();
        List<HttpResponse<String>> responses;
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < limit + 3; i++) {
                String guess = "wgw_guess_" + i;
                sent.add(requests.submit(() -> guesser.get("/api/employer/vacancies", "X-API-Key", guess)));
            }
            responses = new ArrayList<>();
            for (Future<HttpResponse<String>> response : sent) {
                responses.add(response.get(30, TimeUnit.SECONDS));
            }
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(401, 429);
        assertThat(responses)
                .filteredOn(r -> r.statusCode() == 429)
                .hasSize(3)
                .allSatisfy(
                        r -> assertThat(r.headers().firstValue("Retry-After")).isPresent());
        assertThat(registry.waitsStarted() - waits)
                .as("only requests within the limit waited")
                .isEqualTo(limit);
    }

    @Test
    void aRevokedKeyGets401() throws Exception {
        String employerId = UUID.randomUUID().toString();
        String keyId = UUID.randomUUID().toString();
        String apiKey = "wgw_" + UUID.randomUUID();
        issue(keyId, employerId, apiKey);
        Browser employer = new Browser(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> employer.get("/api/employer/vacancies", "X-API-Key", apiKey)
                                .statusCode()
                        == 200);

        send(
                keyId,
                ApiKeyTopicReader.REVOKED,
                Map.of("keyId", keyId, "employerId", employerId, "revokedAt", "2026-11-28T10:00:00Z"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> employer.get("/api/employer/vacancies", "X-API-Key", apiKey)
                                .statusCode()
                        == 401);
    }

    @Test
    void aRevokedKeyIsRefusedWithoutWaiting() throws Exception {
        String employerId = UUID.randomUUID().toString();
        String keyId = UUID.randomUUID().toString();
        String apiKey = "wgw_" + UUID.randomUUID();
        issue(keyId, employerId, apiKey);
        send(
                keyId,
                ApiKeyTopicReader.REVOKED,
                Map.of("keyId", keyId, "employerId", employerId, "revokedAt", "2026-11-28T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> registry.lookup(apiKey).revoked());
        long waits = registry.waitsStarted();

        HttpResponse<String> response = new Browser(port).get("/api/employer/vacancies", "X-API-Key", apiKey);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("unknown or has been revoked");
        assertThat(registry.waitsStarted()).as("a revoked key never waits").isEqualTo(waits);
    }

    @Test
    void tooManyRequestsWithOneKeyGet429() throws Exception {
        String keyId = UUID.randomUUID().toString();
        String apiKey = "wgw_" + UUID.randomUUID();
        issue(keyId, UUID.randomUUID().toString(), apiKey);
        Browser employer = new Browser(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> employer.get("/api/employer/vacancies", "X-API-Key", apiKey)
                                .statusCode()
                        == 200);

        int limited = 0;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = employer.get("/api/employer/vacancies", "X-API-Key", apiKey);
            if (response.statusCode() == 429) {
                limited++;
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(limited).isPositive();
    }

    private static void issue(String keyId, String employerId, String apiKey) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(issuedRecord(keyId, employerId, apiKey)).get();
        }
    }

    private static ProducerRecord<String, String> issuedRecord(String keyId, String employerId, String apiKey)
            throws Exception {
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        return record(
                keyId,
                ApiKeyTopicReader.ISSUED,
                Map.of(
                        "keyId", keyId,
                        "employerId", employerId,
                        "prefix", apiKey.substring(0, 8),
                        "keyHash", hash,
                        "issuedAt", "2026-11-28T09:00:00Z"));
    }

    private static void send(String key, String ceType, Map<String, String> data) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(key, ceType, data)).get();
        }
    }

    private static KafkaProducer<String, String> producer() {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", GatewayTestServices.broker().getBrokersAsString(),
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    private static ProducerRecord<String, String> record(String key, String ceType, Map<String, String> data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(
                GatewayTestServices.API_KEY_TOPIC,
                key,
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(data));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/matching-service".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
