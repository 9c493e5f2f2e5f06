package nl.wegwijs.matching;

import static nl.wegwijs.matching.Fixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Two employers' keys against each other's vacancy ids, every method: always 404, never data. */
@ServiceIT
class EmployerIsolationIT {

    @LocalServerPort
    int port;

    @Test
    void anotherEmployersVacancyIsAlwaysA404WithoutData() {
        Api api = new Api(port);
        String alpha = TestTokens.employer(Fixtures.employer(api, "Alpha Bakery"));
        String beta = TestTokens.employer(Fixtures.employer(api, "Beta Greenhouses"));
        UUID alphaVacancy = api.post(
                        alpha, "/api/employer/vacancies", Fixtures.with(vacancy(), "title", "Alpha secret job"))
                .id();
        UUID betaVacancy = api.post(
                        beta, "/api/employer/vacancies", Fixtures.with(vacancy(), "title", "Beta secret job"))
                .id();
        Map<String, UUID> own = Map.of(alpha, alphaVacancy, beta, betaVacancy);
        Map<String, UUID> foreign = Map.of(alpha, betaVacancy, beta, alphaVacancy);
        record Call(HttpMethod method, String suffix, Object body, Map<String, String> headers) {}
        List<Call> calls = List.of(
                new Call(HttpMethod.GET, "", null, Map.of()),
                new Call(HttpMethod.PUT, "", vacancy(), Map.of("If-Match", "\"1\"")),
                new Call(HttpMethod.PUT, "", vacancy(), Map.of()),
                new Call(HttpMethod.DELETE, "", null, Map.of()),
                new Call(HttpMethod.DELETE, "", null, Map.of("If-Match", "\"1\"")),
                new Call(HttpMethod.GET, "/matches", null, Map.of()));
        for (String token : List.of(alpha, beta)) {
            for (Call call : calls) {
                Api.Res res = api.call(
                        call.method(),
                        token,
                        "/api/employer/vacancies/" + foreign.get(token) + call.suffix(),
                        call.body(),
                        call.headers());
                assertThat(res.status()).as(call.method() + " " + call.suffix()).isEqualTo(404);
                assertThat(res.raw()).doesNotContain("secret job").doesNotContain("Orderpicker");
                assertThat(res.etag()).isNull();
            }
            Api.Res list = api.get(token, "/api/employer/vacancies?size=100");
            assertThat(list.raw())
                    .contains(own.get(token).toString())
                    .doesNotContain(foreign.get(token).toString());
            assertThat(list.body().get("total").asLong()).isEqualTo(1);
            Api.Res unknown = api.get(token, "/api/employer/vacancies/" + UUID.randomUUID());
            assertThat(unknown.status()).isEqualTo(404);
        }
        // and the other employer's vacancy is untouched
        Api.Res intact = api.get(alpha, "/api/employer/vacancies/" + alphaVacancy);
        assertThat(intact.body().get("status").asString()).isEqualTo("OPEN");
        assertThat(intact.etag()).isEqualTo("\"1\"");
    }
}
