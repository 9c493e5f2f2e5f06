package nl.wegwijs.gateway.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.GatewayIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who gets past the gateway. Roles are the services' business (403); the gateway answers 401. */
@GatewayIT
class AccessIT {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} without credentials -> {2}")
    @CsvSource({
        "GET, /api/helpdesk/tickets, 401",
        "POST, /api/helpdesk/tickets, 401",
        "GET, /api/knowledge/drafts, 401",
        "GET, /api/matching/candidates/1, 401",
        "GET, /api/expertpool/experts, 401",
        "GET, /api/employer/vacancies, 401",
        "GET, /api/auth/me, 401",
        "GET, /api/public/kb/search, 200",
        "POST, /api/public/questions, 200",
        "GET, /api-docs/helpdesk, 200",
        "GET, /.well-known/jwks.json, 200",
        "GET, /actuator/health, 200",
    })
    void withoutCredentials(String method, String path, int status) {
        Browser anonymous = new Browser(port);

        HttpResponse<String> response = "GET".equals(method)
                ? anonymous.get(path)
                : anonymous.postJson(path, "{\"text\":\"Hoe vraag ik een BSN aan?\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status == 401) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    @ParameterizedTest(name = "signed in as {0}: {1} {2} -> {3}")
    @CsvSource({
        "anna, GET, /api/helpdesk/tickets, 200",
        "anna, GET, /api/knowledge/drafts, 200",
        "anna, GET, /api/matching/candidates/1, 200",
        "anna, GET, /api/employer/vacancies, 401",
        "boss, GET, /api/helpdesk/tickets, 200",
        "boss, GET, /api/employer/vacancies, 401",
    })
    void signedIn(String user, String method, String path, int status) {
        Browser staff = new Browser(port);
        staff.signIn(user, "anna".equals(user) ? "testagent" : "testadmin");

        assertThat(staff.get(path).statusCode()).isEqualTo(status);
    }

    @Test
    void aStaffPageRedirectsToTheSignInPage() {
        HttpResponse<String> page = new Browser(port).get("/staff/inbox.html");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?next=%2Fstaff%2Finbox.html"));
    }

    @Test
    void theSignInPageAndItsScriptsNeedNoSignIn() {
        Browser anonymous = new Browser(port);

        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/staff/js/login.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInBrowserGetsTheStaffPages() {
        Browser anna = new Browser(port);
        anna.signIn("anna", "testagent");

        assertThat(anna.get("/staff/").statusCode()).isEqualTo(200);
        assertThat(anna.get("/staff/ticket.html").statusCode()).isEqualTo(200);
    }

    @Test
    void aBrowserChangeWithoutTheCsrfHeaderIsRefused() {
        Browser anna = new Browser(port);
        anna.signIn("anna", "testagent");

        HttpResponse<String> withoutToken = anna.postJson("/api/helpdesk/tickets", "{\"text\":\"hi\"}");
        HttpResponse<String> withToken = anna.postJsonWithCsrf("/api/helpdesk/tickets", "{\"text\":\"hi\"}");

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("X-XSRF-TOKEN");
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} is not reachable")
    @CsvSource({"/actuator", "/actuator/env", "/actuator/metrics", "/actuator/beans"})
    void onlyHealthAndPrometheusAreExposed(String path) {
        Browser boss = new Browser(port);
        boss.signIn("boss", "testadmin");

        assertThat(boss.get(path).statusCode()).isIn(401, 403, 404);
        assertThat(new Browser(port).get(path).statusCode()).isIn(401, 403, 404);
    }

    @Test
    void prometheusReadsTheMetricsFromInsideButNotFromOutside() {
        HttpResponse<String> fromThisMachine = new Browser(port, "127.0.0.1").get("/actuator/prometheus");
        HttpResponse<String> fromOutsideThroughTheProxy = new Browser(port, "203.0.113.9").get("/actuator/prometheus");

        assertThat(fromThisMachine.statusCode()).isEqualTo(200);
        assertThat(fromThisMachine.body()).contains("# TYPE jvm_");
        assertThat(fromOutsideThroughTheProxy.statusCode()).isIn(401, 403);
    }
}
