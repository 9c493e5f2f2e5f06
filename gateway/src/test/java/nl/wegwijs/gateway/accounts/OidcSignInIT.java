package nl.wegwijs.gateway.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.Echo;
import nl.wegwijs.gateway.support.FakeIdentityProvider;
import nl.wegwijs.gateway.support.GatewayIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With a client registration configured (see application-it.yml), staff may sign in through it. */
@GatewayIT
class OidcSignInIT {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageLearnsWhichProvidersThereAre() {
        HttpResponse<String> providers = new Browser(port).get("/api/auth/providers");

        assertThat(providers.statusCode()).isEqualTo(200);
        assertThat(providers.body())
                .contains("\"password\":true")
                .contains("\"id\":\"testidp\"")
                .contains("\"name\":\"Test IdP\"")
                .contains("\"loginUrl\":\"/oauth2/authorization/testidp\"");
    }

    @Test
    void signingInWithTheProviderStartsAnAuthorizationCodeFlow() {
        HttpResponse<String> start = new Browser(port).get("/oauth2/authorization/testidp");

        assertThat(start.statusCode()).isEqualTo(302);
        URI location = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(FakeIdentityProvider.get().url() + "/authorize?");
        assertThat(location.getQuery())
                .contains("response_type=code")
                .contains("client_id=wegwijs-gateway")
                .contains("scope=openid profile")
                .contains("redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/testidp");
    }

    @Test
    void staffSignedInByTheProviderGetTheirRolesFromItsClaim() {
        Browser browser = new Browser(port);
        URI authorize = URI.create(browser.get("/oauth2/authorization/testidp")
                .headers()
                .firstValue("Location")
                .orElseThrow());
        Map<String, String> query = query(authorize);
        FakeIdentityProvider.get()
                .next(Map.of(
                        "sub", "f3a1c2",
                        "nonce", query.get("nonce"),
                        "preferred_username", "olena",
                        "name", "Olena Shevchenko",
                        "roles", List.of("editor", "ROLE_ANALYST", "offline_access")));

        HttpResponse<String> callback = browser.get("/login/oauth2/code/testidp?code=abc&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/staff/"));
        HttpResponse<String> me = browser.get("/api/auth/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"username\":\"olena\"")
                .contains("\"displayName\":\"Olena Shevchenko\"")
                .contains("\"roles\":[\"EDITOR\",\"ANALYST\"]");
        JWTClaimsSet token =
                Echo.of(browser.get("/api/knowledge/drafts").body()).verifiedToken(port);
        assertThat(token.getSubject()).isEqualTo("olena");
        assertThat(token.getClaim("roles")).asList().containsExactly("EDITOR", "ANALYST");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return values;
    }

    @Test
    void aFailedProviderSignInReturnsToTheSignInPage() {
        HttpResponse<String> callback = new Browser(port).get("/login/oauth2/code/testidp?code=x&state=unknown");

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=oidc"));
    }
}
