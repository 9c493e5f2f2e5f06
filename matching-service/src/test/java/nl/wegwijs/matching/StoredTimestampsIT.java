package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.ADMIN;
import static nl.wegwijs.matching.Fixtures.MATCHER;
import static nl.wegwijs.matching.Fixtures.candidate;
import static nl.wegwijs.matching.Fixtures.uniqueKvk;
import static nl.wegwijs.matching.Fixtures.vacancy;
import static nl.wegwijs.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * A time the service answers is the time it stored: PostgreSQL keeps microseconds, so the service's clock ticks in
 * microseconds and an answer given before a row is read back shows what a later read shows.
 */
@ServiceIT
class StoredTimestampsIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anIdempotentReplayAnswersTheCreatedAtOfTheFirstAnswer() {
        String employer = TestTokens.employer(Fixtures.employer(api, "Replayed Logistics"));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Api.Res first = api.call(HttpMethod.POST, employer, "/api/employer/vacancies", vacancy(), key);
        Api.Res replay = api.call(HttpMethod.POST, employer, "/api/employer/vacancies", vacancy(), key);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(replay.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(replay.body().get("createdAt").asString())
                .isEqualTo(first.body().get("createdAt").asString());
        assertThat(replay.body().get("updatedAt").asString())
                .isEqualTo(first.body().get("updatedAt").asString());
        assertMicroseconds(first.body().get("createdAt"));
        assertSameTimes(first, api.get(employer, "/api/employer/vacancies/" + first.id()), "createdAt", "updatedAt");
    }

    @Test
    void everyTimeTheServiceAnswersIsTheTimeItStored() {
        Api.Res employer = api.post(
                ADMIN,
                "/api/matching/employers",
                Map.of("name", "Stored Time BV", "kvkNumber", uniqueKvk(), "contactEmail", "jobs@example.nl"));
        assertThat(employer.status()).as(employer.raw()).isEqualTo(201);
        assertSameTimes(employer, api.get(ADMIN, "/api/matching/employers/" + employer.id()), "createdAt");

        String keys = "/api/matching/employers/" + employer.id() + "/api-keys";
        Api.Res key = api.post(ADMIN, keys, null);
        assertThat(key.status()).as(key.raw()).isEqualTo(201);
        assertSameTimes(key, api.get(ADMIN, keys + "/" + key.body().get("keyId").asString()), "issuedAt");

        String token = TestTokens.employer(employer.id());
        Api.Res posted = api.post(token, "/api/employer/vacancies", with(vacancy(), "location", Map.of("city", "Urk")));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        String vacancy = "/api/employer/vacancies/" + posted.id();
        assertSameTimes(posted, api.get(token, vacancy), "createdAt", "updatedAt");
        Api.Res replaced = api.put(token, vacancy, with(vacancy(), "location", Map.of("city", "Urk")), Map.of());
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(200);
        assertSameTimes(replaced, api.get(token, vacancy), "createdAt", "updatedAt");

        Map<String, Object> profile = with(candidate(), "location", Map.of("city", "Urk"));
        Api.Res created = api.post(MATCHER, "/api/matching/candidates", profile);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String candidate = "/api/matching/candidates/" + created.id();
        assertSameTimes(created, api.get(MATCHER, candidate), "createdAt", "updatedAt");
        Api.Res updated = api.put(MATCHER, candidate, with(profile, "maxTravelKm", 30), Map.of());
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertSameTimes(updated, api.get(MATCHER, candidate), "createdAt", "updatedAt");

        Api.Res proposed = api.post(
                MATCHER, "/api/matching/matches", Map.of("vacancyId", posted.id(), "candidateId", created.id()));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        String match = "/api/matching/matches/" + proposed.id();
        assertSameTimes(proposed, api.get(MATCHER, match), "createdAt", "updatedAt");
        assertMicroseconds(proposed.body().get("history").get(0).get("at"));

        Api.Res closed = api.delete(token, vacancy, Map.of());
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertSameTimes(closed, api.get(token, vacancy), "createdAt", "updatedAt", "closedAt");
    }

    private static void assertSameTimes(Api.Res answered, Api.Res stored, String... fields) {
        assertThat(stored.status()).as(stored.raw()).isEqualTo(200);
        for (String field : fields) {
            JsonNode time = answered.body().get(field);
            assertThat(time).as(field + " in " + answered.raw()).isNotNull();
            assertThat(time.isNull()).as(field).isFalse();
            assertMicroseconds(time);
            assertThat(OffsetDateTime.parse(time.asString()).toInstant())
                    .as(field + " answered, then read back")
                    .isEqualTo(OffsetDateTime.parse(stored.body().get(field).asString())
                            .toInstant());
        }
    }

    private static void assertMicroseconds(JsonNode time) {
        assertThat(OffsetDateTime.parse(time.asString()).getNano() % 1_000)
                .as(time.asString() + " has no digits beyond microseconds")
                .isZero();
    }
}
