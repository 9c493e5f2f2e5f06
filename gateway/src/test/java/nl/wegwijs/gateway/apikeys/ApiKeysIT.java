package nl.wegwijs.gateway.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.Echo;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.GatewayTestServices;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayIT
class ApiKeysIT {

    @LocalServerPort
    int port;

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

        Echo echo = Echo.of(
                employer.get("/api/employer/vacancies", "X-API-Key", apiKey).body());
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
    void anUnknownKeyGets401() {
        HttpResponse<String> response = new Browser(port).get("/api/employer/vacancies", "X-API-Key", "wgw_guess");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("unknown or has been revoked");
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
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        send(
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
        Map<String, Object> config = Map.of(
                "bootstrap.servers", GatewayTestServices.broker().getBrokersAsString(),
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(
                    GatewayTestServices.API_KEY_TOPIC,
                    key,
                    tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(data));
            record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", "/matching-service".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
