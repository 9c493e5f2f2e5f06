package nl.wegwijs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.Echo;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.Upstream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayIT
class RoutesIT {

    @LocalServerPort
    int port;

    @Test
    void eachServiceIsReachedOnItsPaths() {
        Browser staff = new Browser(port);
        staff.signIn("boss", "testadmin");

        for (String path : new String[] {
            "/api/helpdesk/tickets", "/api/knowledge/drafts", "/api/matching/candidates/1", "/api/public/kb/search"
        }) {
            HttpResponse<String> response = staff.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(Echo.of(response.body()).path()).isEqualTo(path);
        }
    }

    @Test
    void theServiceGetsASignedShortLivedTokenWithTheCallersIdentityAndNoneOfTheirCredentials() {
        Browser anna = new Browser(port);
        anna.signIn("anna", "testagent");

        Echo echo = Echo.of(
                anna.get("/api/helpdesk/tickets", "X-API-Key", "some-key").body());
        JWTClaimsSet token = echo.verifiedToken(port);

        assertThat(token.getIssuer()).isEqualTo("wegwijs-gateway");
        assertThat(token.getAudience()).containsExactly("wegwijs");
        assertThat(token.getSubject()).isEqualTo("anna");
        assertThat(token.getClaim("name")).isEqualTo("Anna Kovalenko");
        assertThat(token.getClaim("roles")).asList().containsExactly("AGENT");
        Duration lifetime = Duration.between(
                token.getIssueTime().toInstant(), token.getExpirationTime().toInstant());
        assertThat(lifetime).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(5));
        assertThat(echo.header("cookie")).isNull();
        assertThat(echo.header("apiKey")).isNull();
        assertThat(echo.header("xsrf")).isNull();
        assertThat(echo.header("authorizationHeaders")).isEqualTo(1);
    }

    @Test
    void bodiesPassThroughAsTheyAreWithoutACompressionOfTheProxysOwn() {
        Browser anna = new Browser(port);
        anna.signIn("anna", "testagent");

        assertThat(Echo.of(anna.get("/api/helpdesk/tickets").body()).header("acceptEncoding"))
                .isNull();
        assertThat(Echo.of(anna.get("/api/helpdesk/tickets", "Accept-Encoding", "identity")
                                .body())
                        .header("acceptEncoding"))
                .isEqualTo("identity");
    }

    @Test
    void anAdministratorIsPassedOnWithEveryStaffRole() {
        Browser boss = new Browser(port);
        boss.signIn("boss", "testadmin");

        JWTClaimsSet token = Echo.of(boss.get("/api/knowledge/drafts").body()).verifiedToken(port);

        assertThat(token.getClaim("roles"))
                .asList()
                .containsExactlyInAnyOrder(
                        "ADMIN", "AGENT", "SUPERLOCAL", "EDITOR", "MATCHER", "COORDINATOR", "ANALYST");
    }

    @Test
    void anonymousPublicRequestsGoAsPublic() {
        HttpResponse<String> search = new Browser(port).get("/api/public/kb/search?q=bsn&lang=uk");

        JWTClaimsSet token = Echo.of(search.body()).verifiedToken(port);
        assertThat(token.getSubject()).isEqualTo("public");
        assertThat(token.getClaim("roles")).asList().containsExactly("PUBLIC");
        assertThat(((String) Echo.of(search.body()).header("query")).split("&"))
                .containsExactlyInAnyOrder("q=bsn", "lang=uk");
    }

    @Test
    void eachServicesOpenApiIsServedThroughTheGateway() {
        HttpResponse<String> docs = new Browser(port).get("/api-docs/knowledge");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(Echo.of(docs.body()).path()).isEqualTo("/v3/api-docs");
    }

    @Test
    void aServiceThatIsDownGivesAProblemSayingWhichPartWhileTheRestWorks() {
        Browser coordinator = new Browser(port);
        coordinator.signIn("boss", "testadmin");

        HttpResponse<String> down = coordinator.get("/api/expertpool/experts");

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(down.body()).contains("The expert pool is unavailable right now; the rest of Wegwijs works.");
        assertThat(coordinator.get("/api/helpdesk/tickets").statusCode()).isEqualTo(200);
    }

    @Test
    void aScriptWithAnAccessTokenLearnsThatTheServiceIsDownNotThatItShouldSignIn() {
        Browser script = new Browser(port);
        String bearer = "Bearer " + accessToken(script);

        HttpResponse<String> down = script.get("/api/expertpool/experts", "Authorization", bearer);
        HttpResponse<String> failing = script.get("/api/helpdesk/broken", "Authorization", bearer);

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("The expert pool is unavailable right now");
        assertThat(failing.statusCode()).isEqualTo(503);
        assertThat(failing.body()).contains("The helpdesk is unavailable right now");
        assertThat(failing.body()).contains("\"instance\":\"/api/helpdesk/broken\"");
    }

    @Test
    void aPathNoPartOfWegwijsAnswersGetsA404Problem() {
        Browser script = new Browser(port);
        String bearer = "Bearer " + accessToken(script);

        for (String path : List.of("/api/nothing/here", "/nothing-here")) {
            HttpResponse<String> missing = script.get(path, "Authorization", bearer);

            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(missing.body()).contains("\"type\":\"https://wegwijs.nl/problems/not-found\"");
        }
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeCountsAsUnavailable() {
        HttpResponse<String> slow = new Browser(port).get("/api/public/kb/slow");

        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(slow.body()).contains("The knowledge base is unavailable right now");
    }

    @Test
    void manyCallsToOneServiceAreInFlightAtOnce() throws Exception {
        Browser boss = new Browser(port);
        boss.signIn("boss", "testadmin");

        List<Integer> statuses;
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < Upstream.TOGETHER; i++) {
                calls.add(
                        callers.submit(() -> boss.get("/api/helpdesk/together").statusCode()));
            }
            statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
        }

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void aFailingReadIsRetriedTwiceAfterShortPauses() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/api/public/questions/ready").statusCode()).isEqualTo(200);
        long start = System.nanoTime();

        HttpResponse<String> flaky = browser.get("/api/public/questions/flaky");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(flaky.statusCode()).isEqualTo(200);
        assertThat(Upstream.get().hits("GET /api/public/questions/flaky")).isEqualTo(3);
        // 50 and 100 ms; without a backoff of its own the retry waits 1 s before each attempt
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aFailingChangeIsNotRetried() {
        new Browser(port).postJson("/api/public/questions/broken", "{\"text\":\"?\"}");

        assertThat(Upstream.get().hits("POST /api/public/questions/broken")).isEqualTo(1);
    }

    private static String accessToken(Browser script) {
        return script.postJson("/api/auth/token", "{\"username\":\"boss\",\"password\":\"testadmin\"}")
                .body()
                .replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
    }
}
