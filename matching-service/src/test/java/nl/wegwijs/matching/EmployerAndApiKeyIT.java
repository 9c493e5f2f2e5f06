package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.ADMIN;
import static nl.wegwijs.matching.Fixtures.MATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wegwijs.matching.apikeys.ApiKeyFormat;
import nl.wegwijs.matching.apikeys.ApiKeys;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.Parallel;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import nl.wegwijs.testsupport.WritesHeld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIT
class EmployerAndApiKeyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    DataSource dataSource;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anAdminRegistersAnEmployerAndReadsItBack() {
        String kvk = Fixtures.uniqueKvk();
        Api.Res created = api.post(
                ADMIN,
                "/api/matching/employers",
                Map.of("name", "Venlo Logistics BV", "kvkNumber", kvk, "contactEmail", "hr@venlo-logistics.nl"));
        assertThat(created.status()).isEqualTo(201);
        UUID id = created.id();
        Api.Res one = api.get(ADMIN, "/api/matching/employers/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("kvkNumber").asString()).isEqualTo(kvk);
        Api.Res list = api.get(ADMIN, "/api/matching/employers?size=100");
        assertThat(list.body().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(list.raw()).contains(id.toString());
    }

    @Test
    void aKvkNumberMustBeEightDigitsAndUnique() {
        for (String bad : new String[] {"1234567", "123456789", "1234567a", "00000000", ""}) {
            Api.Res res = api.post(
                    ADMIN, "/api/matching/employers", Map.of("name", "X", "kvkNumber", bad, "contactEmail", "a@b.nl"));
            assertThat(res.status()).as(bad).isEqualTo(400);
            assertThat(res.headers().getContentType().toString()).contains("problem+json");
            assertThat(res.raw()).contains("kvkNumber");
        }
        String kvk = Fixtures.uniqueKvk();
        assertThat(api.post(
                                ADMIN,
                                "/api/matching/employers",
                                Map.of("name", "A", "kvkNumber", kvk, "contactEmail", "a@b.nl"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                ADMIN,
                                "/api/matching/employers",
                                Map.of("name", "B", "kvkNumber", kvk, "contactEmail", "b@b.nl"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void parallelRegistrationsOfOneKvkNumberRegisterOneEmployerAndTheOthersAre409() {
        String kvk = Fixtures.uniqueKvk();
        Parallel<Api.Res> registrations;
        try (WritesHeld held = WritesHeld.on(dataSource, "employer")) {
            registrations = Parallel.start(
                    4,
                    i -> api.post(
                            ADMIN,
                            "/api/matching/employers",
                            Map.of("name", "Twin " + i, "kvkNumber", kvk, "contactEmail", "hr@twin.nl")));
            held.untilBlocked(4); // every request has found the number free
        }
        List<Api.Res> answers = registrations.results();

        assertThat(answers.stream().map(Api.Res::status)).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(answers.stream().filter(res -> res.status() == 409)).allSatisfy(res -> {
            assertThat(res.headers().getContentType().toString()).contains("problem+json");
            assertThat(res.body().get("detail").asString()).contains(kvk);
        });
        assertThat(jdbc.sql("select count(*) from employer where kvk_number = :kvk")
                        .param("kvk", kvk)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badEmployerInputIsA400ProblemNeverA500() {
        assertThat(api.post(ADMIN, "/api/matching/employers", "{not json").status())
                .isEqualTo(400);
        assertThat(api.post(
                                ADMIN,
                                "/api/matching/employers",
                                Map.of("name", "X", "kvkNumber", "12345678", "contactEmail", "not-an-email"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(ADMIN, "/api/matching/employers", Map.of("kvkNumber", "12345678"))
                        .status())
                .isEqualTo(400);
        assertThat(api.get(ADMIN, "/api/matching/employers/not-a-uuid").status())
                .isEqualTo(400);
        assertThat(api.get(ADMIN, "/api/matching/employers/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAdminsManageEmployersAndKeys() {
        assertThat(api.get(null, "/api/matching/employers").status()).isEqualTo(401);
        assertThat(api.get(MATCHER, "/api/matching/employers").status()).isEqualTo(403);
        assertThat(api.get(TestTokens.employer(UUID.randomUUID()), "/api/matching/employers")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestTokens.forged("admin", "ADMIN"), "/api/matching/employers")
                        .status())
                .isEqualTo(401);
        assertThat(api.get(TestTokens.expired("admin", "ADMIN"), "/api/matching/employers")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anIssuedKeyIsShownOnceStoredAsHashAndAnnouncedToTheGateway() {
        UUID employer = Fixtures.employer(api, "Keys BV");
        Api.Res issued = api.post(ADMIN, "/api/matching/employers/" + employer + "/api-keys", null);
        assertThat(issued.status()).isEqualTo(201);
        String key = issued.body().get("apiKey").asString();
        UUID keyId = UUID.fromString(issued.body().get("keyId").asString());
        assertThat(key).startsWith("wgw_live_");
        assertThat(ApiKeyFormat.looksValid(key)).isTrue();
        char last = key.charAt(key.length() - 1);
        assertThat(ApiKeyFormat.looksValid(key.substring(0, key.length() - 1) + (last == 'x' ? 'y' : 'x')))
                .isFalse();
        assertThat(key.length()).isGreaterThanOrEqualTo(9 + 43 + 1 + 6);
        assertThat(issued.headers().getCacheControl()).contains("no-store");

        String stored = jdbc.sql("select key_hash from api_key where id = :id")
                .param("id", keyId)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(ApiKeyFormat.hash(key)).doesNotContain(key);
        Long plain = jdbc.sql("select count(*) from api_key where prefix = :key or key_hash = :key")
                .param("key", key)
                .query(Long.class)
                .single();
        assertThat(plain).isZero();

        Api.Res listed = api.get(ADMIN, "/api/matching/employers/" + employer + "/api-keys");
        assertThat(listed.raw()).doesNotContain(key).contains(keyId.toString());

        TopicProbe.Seen event = TopicProbe.await(
                "matching.apikey.v1",
                s -> s.key().equals(keyId.toString())
                        && "nl.wegwijs.matching.ApiKeyIssued".equals(s.header("ce_type")));
        EventSchemas.assertConforms(event);
        assertThat(Api.json(event.value()).get("keyHash").asString()).isEqualTo(ApiKeyFormat.hash(key));
        assertThat(event.value()).doesNotContain(key);
    }

    @Test
    void anEmployersKeysAreListedInTheListShapeOfEveryListOldestFirstPageByPage() {
        UUID employer = Fixtures.employer(api, "Paged Keys BV");
        String path = "/api/matching/employers/" + employer + "/api-keys";
        List<String> issued = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            issued.add(api.post(ADMIN, path, null).body().get("keyId").asString());
        }

        Api.Res all = api.get(ADMIN, path);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().isObject()).as(all.raw()).isTrue();
        assertThat(all.body().get("items").valueStream().map(k -> k.get("keyId").asString()))
                .containsExactlyElementsOf(issued);
        assertThat(all.body().get("page").asInt()).isZero();
        assertThat(all.body().get("size").asInt()).isEqualTo(20);
        assertThat(all.body().get("total").asLong()).isEqualTo(3);

        Api.Res second = api.get(ADMIN, path + "?page=1&size=2");
        assertThat(second.body()
                        .get("items")
                        .valueStream()
                        .map(k -> k.get("keyId").asString()))
                .containsExactly(issued.get(2));
        assertThat(second.body().get("page").asInt()).isEqualTo(1);
        assertThat(second.body().get("size").asInt()).isEqualTo(2);
        assertThat(second.body().get("total").asLong()).isEqualTo(3);

        assertThat(api.get(ADMIN, path + "?size=1000").body().get("size").asInt())
                .isEqualTo(100);
        Api.Res negative = api.get(ADMIN, path + "?page=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.raw()).contains("\"field\":\"page\"");
        assertThat(api.get(ADMIN, "/api/matching/employers/" + UUID.randomUUID() + "/api-keys")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRevokedKeyIsAnnouncedAndRevokingTwiceIsHarmless() {
        UUID employer = Fixtures.employer(api, "Revoke BV");
        UUID keyId = api.post(ADMIN, "/api/matching/employers/" + employer + "/api-keys", null)
                .body()
                .get("keyId")
                .asString()
                .transform(UUID::fromString);
        String path = "/api/matching/employers/" + employer + "/api-keys/" + keyId;
        assertThat(api.delete(ADMIN, path, Map.of()).status()).isEqualTo(204);
        assertThat(api.delete(ADMIN, path, Map.of()).status()).isEqualTo(204);
        assertThat(api.get(ADMIN, path).body().get("revokedAt").isNull()).isFalse();
        TopicProbe.Seen event = TopicProbe.await(
                "matching.apikey.v1",
                s -> s.key().equals(keyId.toString())
                        && "nl.wegwijs.matching.ApiKeyRevoked".equals(s.header("ce_type")));
        EventSchemas.assertConforms(event);
        long revocations = TopicProbe.all("matching.apikey.v1").stream()
                .filter(s -> s.key().equals(keyId.toString())
                        && "nl.wegwijs.matching.ApiKeyRevoked".equals(s.header("ce_type")))
                .count();
        assertThat(revocations).isEqualTo(1);
        UUID other = Fixtures.employer(api, "Other BV");
        assertThat(api.delete(ADMIN, "/api/matching/employers/" + other + "/api-keys/" + keyId, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.post(ADMIN, "/api/matching/employers/" + UUID.randomUUID() + "/api-keys", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aKeysLastUseIsRecordedAtMostOnceAMinute() {
        UUID employer = Fixtures.employer(api, "Usage BV");
        UUID keyId = api.post(ADMIN, "/api/matching/employers/" + employer + "/api-keys", null)
                .body()
                .get("keyId")
                .asString()
                .transform(UUID::fromString);
        String path = "/api/matching/employers/" + employer + "/api-keys/" + keyId;
        assertThat(api.get(ADMIN, path).body().get("lastUsedAt").isNull()).isTrue();
        apiKeys.touch(keyId, employer);
        String first = api.get(ADMIN, path).body().get("lastUsedAt").asString();
        assertThat(first).isNotBlank();
        apiKeys.touch(keyId, employer);
        assertThat(api.get(ADMIN, path).body().get("lastUsedAt").asString()).isEqualTo(first);
    }
}
