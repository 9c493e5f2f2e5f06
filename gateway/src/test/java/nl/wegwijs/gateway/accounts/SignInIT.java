package nl.wegwijs.gateway.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.Echo;
import nl.wegwijs.gateway.support.GatewayIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayIT
class SignInIT {

    @LocalServerPort
    int port;

    @Test
    void staffSignInWithTheFormAndGetTheirNameAndRoles() {
        Browser browser = new Browser(port);

        HttpResponse<String> signIn = browser.signIn("anna", "testagent");

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("\"username\":\"anna\"").contains("\"roles\":[\"AGENT\"]");
        HttpResponse<String> me = browser.get("/api/auth/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"displayName\":\"Anna Kovalenko\"").contains("\"languages\":[\"uk\",\"nl\"]");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Browser browser = new Browser(port);

        HttpResponse<String> signIn = browser.signIn("anna", "testagent");

        assertThat(signIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("WEGWIJS_SESSION=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        assertThat(browser.cookie("XSRF-TOKEN")).isPresent();
    }

    @Test
    void pagesRunOnlyTheirOwnScriptsAndCannotBeFramed() {
        HttpResponse<String> page = new Browser(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
    }

    @Test
    void theSignInPageMayPostJsonToo() {
        Browser browser = new Browser(port);
        browser.get("/api/auth/providers");

        HttpResponse<String> signIn =
                browser.postJsonWithCsrf("/login", "{\"username\":\"anna\",\"password\":\"testagent\"}");

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordGets401ProblemAndNoSession() {
        Browser browser = new Browser(port);

        HttpResponse<String> signIn = browser.signIn("anna", "wrong");

        assertThat(signIn.statusCode()).isEqualTo(401);
        assertThat(signIn.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() {
        Browser browser = new Browser(port);

        HttpResponse<String> signIn = browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=anna&password=testagent")));

        assertThat(signIn.statusCode()).isEqualTo(403);
    }

    @Test
    void signOutEndsTheSession() {
        Browser browser = new Browser(port);
        browser.signIn("anna", "testagent");

        HttpResponse<String> signOut = browser.postFormWithCsrf("/logout", "");

        assertThat(signOut.statusCode()).isEqualTo(204);
        assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailedSignInsForOneUserNameBlockItWith429AndRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertThat(new Browser(port).signIn("nadia", "guess" + i).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> sixth = new Browser(port).signIn("nadia", "guess5");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 300L));
        assertThat(sixth.body()).contains("too-many-sign-in-attempts");
    }

    @Test
    void fiveFailedSignInsFromOneAddressBlockItEvenForAnotherUser() {
        String address = Browser.randomAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(new Browser(port, address).signIn("user" + i, "guess").statusCode())
                    .isEqualTo(401);
        }

        assertThat(new Browser(port, address).signIn("anna", "testagent").statusCode())
                .isEqualTo(429);
        assertThat(new Browser(port).signIn("anna", "testagent").statusCode()).isEqualTo(200);
    }

    @Test
    void scriptsGetABearerTokenAndUseIt() {
        Browser script = new Browser(port);

        HttpResponse<String> token =
                script.postJson("/api/auth/token", "{\"username\":\"anna\",\"password\":\"testagent\"}");

        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.body()).contains("\"tokenType\":\"Bearer\"").contains("\"expiresIn\":1800");
        String accessToken = token.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> tickets = script.get("/api/helpdesk/tickets", "Authorization", "Bearer " + accessToken);
        assertThat(tickets.statusCode()).isEqualTo(200);
        assertThat(Echo.of(tickets.body()).verifiedToken(port).getSubject()).isEqualTo("anna");
    }

    @Test
    void scriptsWithABearerTokenGetNoCsrfCookieAndNoSession() {
        Browser script = new Browser(port);
        String accessToken = script.postJson("/api/auth/token", "{\"username\":\"anna\",\"password\":\"testagent\"}")
                .body()
                .replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> tickets = script.get("/api/helpdesk/tickets", "Authorization", "Bearer " + accessToken);

        assertThat(tickets.statusCode()).isEqualTo(200);
        assertThat(tickets.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aBearerHeaderWithoutATokenOrWithJunkGets401() {
        Browser script = new Browser(port);

        assertThat(script.get("/api/helpdesk/tickets", "Authorization", "Bearer ")
                        .statusCode())
                .isEqualTo(401);
        assertThat(script.get("/api/helpdesk/tickets", "Authorization", "Bearer not.a.token")
                        .statusCode())
                .isEqualTo(401);
        assertThat(script.get("/api/helpdesk/tickets", "Authorization", "Bearerxyz")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theTokenEndpointAnswers401ForWrongCredentials() {
        HttpResponse<String> token =
                new Browser(port).postJson("/api/auth/token", "{\"username\":\"anna\",\"password\":\"nope\"}");

        assertThat(token.statusCode()).isEqualTo(401);
        assertThat(token.body()).contains("sign-in-failed");
    }

    @Test
    void aTokenRequestThatIsNotJsonOrLacksAFieldGetsAProblemSayingWhatIsWrong() {
        Browser script = new Browser(port);

        HttpResponse<String> notJson = script.postJson("/api/auth/token", "{\"username\":");
        HttpResponse<String> empty = script.postJson("/api/auth/token", "{}");
        HttpResponse<String> plainText = script.send(script.request("/api/auth/token")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("anna:testagent")));
        HttpResponse<String> wrongMethod =
                script.send(script.request("/api/auth/token").PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(List.of(notJson.statusCode(), empty.statusCode(), plainText.statusCode(), wrongMethod.statusCode()))
                .containsExactly(400, 400, 415, 405);
        for (HttpResponse<String> problem : List.of(notJson, empty, plainText, wrongMethod)) {
            assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(problem.body()).contains("\"type\":\"https://wegwijs.nl/problems/");
        }
        assertThat(empty.body()).contains("\"field\":\"username\"", "\"field\":\"password\"");
    }

    @Test
    void demoAccountsDoNotExistOutsideTheDemoProfile() {
        Browser browser = new Browser(port);

        assertThat(browser.postJson("/api/auth/token", "{\"username\":\"admin\",\"password\":\"admin\"}")
                        .statusCode())
                .isEqualTo(401);
        assertThat(browser.postJson("/api/auth/token", "{\"username\":\"agent\",\"password\":\"agent\"}")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aServiceTokenIsNotAcceptedByTheGateway() {
        Browser script = new Browser(port);
        script.signIn("anna", "testagent");
        String serviceToken =
                (String) Echo.of(script.get("/api/helpdesk/tickets").body()).header("authorization");

        HttpResponse<String> replayed = new Browser(port).get("/api/helpdesk/tickets", "Authorization", serviceToken);

        assertThat(replayed.statusCode()).isEqualTo(401);
    }
}
