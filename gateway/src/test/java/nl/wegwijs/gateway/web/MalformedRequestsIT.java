package nl.wegwijs.gateway.web;

import static nl.wegwijs.gateway.support.SecurityHeadersAssert.assertSecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.RawHttp;
import nl.wegwijs.gateway.support.SecurityHeadersAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before any controller sees them, by Tomcat itself or by Spring Security's
 * firewall, are answered like every other error of Wegwijs: an {@code application/problem+json}
 * body with Tomcat's status, which repeats nothing of the request and names no server software,
 * with the security headers every other answer has.
 * Sent over a plain socket, as HTTP clients refuse to send most of them.
 */
@GatewayIT
class MalformedRequestsIT {

    /** In every refused request: it must not come back in the answer. */
    private static final String MARKER = "zqxmarker";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    static Stream<Arguments> refusedRequests() {
        String longPath = "/api/public/kb/" + MARKER + "a".repeat(20_000);
        return Stream.of(
                refused("raw non-ASCII bytes in the path", get("/api/public/kb/" + MARKER + "\u00c3\u00a9"), 400),
                refused("an encoded NUL in the path", get("/api/public/kb/" + MARKER + "%00"), 400),
                refused("an encoded slash in the path", get("/api/public/kb/" + MARKER + "%2Fx"), 400),
                refused("an encoded backslash in the path", get("/api/public/kb/" + MARKER + "%5Cx"), 400),
                refused("an invalid escape in the path", get("/api/public/kb/" + MARKER + "%zz"), 400),
                refused("a path that climbs above the root", get("/api/../../" + MARKER), 400),
                refused(
                        "a /..;/ path, from a browser",
                        request("GET /api/public/..;/" + MARKER, "Accept: text/html"),
                        400),
                refused("an encoded percent sign in the path", get("/api/public/kb/" + MARKER + "%25"), 400),
                refused("a request line too long", get(longPath), 400),
                refused(
                        "headers too large",
                        request("GET /api/public/kb/search", "X-Big: " + MARKER + "b".repeat(20_000)),
                        400),
                refused("an invalid header name", request("GET /api/public/kb/search", "Bad " + MARKER + ": x"), 400),
                refused(
                        "an unknown HTTP version",
                        request("GET /api/public/kb/" + MARKER, "").replace(" HTTP/1.1", " HTTP/3.0"),
                        505),
                refused(
                        "an unknown transfer coding",
                        request("POST /api/public/questions", "Transfer-Encoding: " + MARKER),
                        501));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRequests")
    void aRequestRefusedBeforeAnyControllerGetsAProblemDetailWithItsStatus(String what, String request, int status) {
        RawHttp.Response response = new RawHttp(port).send(request);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/" + typeOf(status));
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertSecurityHeaders(response);
        assertNothingLeaks(response);
    }

    @Test
    void aRefusedRequestCarriesTheSameSecurityHeadersAsEveryOtherAnswer() {
        Browser script = new Browser(port);
        String token = JSON.readTree(
                        script.postJson("/api/auth/token", "{\"username\":\"anna\",\"password\":\"testagent\"}")
                                .body())
                .path("accessToken")
                .asString();
        Map<String, String> sessionChain = securityHeaders(name ->
                script.get("/api/auth/providers").headers().firstValue(name).orElse(null));
        Map<String, String> bearerChain =
                securityHeaders(name -> script.get("/api/auth/providers", "Authorization", "Bearer " + token)
                        .headers()
                        .firstValue(name)
                        .orElse(null));
        RawHttp.Response byTomcat = new RawHttp(port).send(get("/api/public/kb/" + MARKER + "%00"));
        RawHttp.Response byTheFirewall = new RawHttp(port).send(get("/api/public/..;/" + MARKER));
        HttpResponse<String> beforeSpringSecurity =
                script.postJson("/api/public/questions", "{\"text\":\"" + "a".repeat(300 * 1024) + "\"}");

        assertThat(sessionChain).doesNotContainValue(null);
        assertThat(bearerChain).as("a bearer token's chain").isEqualTo(sessionChain);
        assertThat(securityHeaders(name -> byTomcat.header(name).orElse(null)))
                .as("refused by Tomcat")
                .isEqualTo(sessionChain);
        assertThat(securityHeaders(name -> byTheFirewall.header(name).orElse(null)))
                .as("refused by the firewall")
                .isEqualTo(sessionChain);
        assertThat(beforeSpringSecurity.statusCode()).isEqualTo(413);
        assertThat(securityHeaders(
                        name -> beforeSpringSecurity.headers().firstValue(name).orElse(null)))
                .as("refused as too large, before Spring Security")
                .isEqualTo(sessionChain);
    }

    @Test
    void aWellFormedRequestOverAPlainSocketIsAnsweredAsBefore() {
        RawHttp.Response response = new RawHttp(port).send(request("GET /.well-known/jwks.json", ""));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"keys\"");
        assertThat(response.header("Server")).isEmpty();
    }

    @Test
    void anUnknownPathIsStillTheGatewaysOwn404Problem() {
        RawHttp.Response response = new RawHttp(port).send(get("/nothing-" + MARKER));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/not-found");
        assertThat(problem.path("instance").asString()).isEqualTo("/nothing-" + MARKER);
        assertSecurityHeaders(response);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        RawHttp.Response response = new RawHttp(port).send(get("/error"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("type").asString())
                .isEqualTo("https://wegwijs.nl/problems/not-found");
        assertSecurityHeaders(response);
        assertNothingLeaks(response);
    }

    @Test
    void rawBytesThatAreNotUtf8AreRefusedToo() {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("GET /api/public/kb/" + MARKER).getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80});
        request.writeBytes(request("", "").getBytes(StandardCharsets.US_ASCII));

        RawHttp.Response response = new RawHttp(port).send(request.toByteArray());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertSecurityHeaders(response);
        assertNothingLeaks(response);
    }

    private static Map<String, String> securityHeaders(Function<String, String> header) {
        Map<String, String> values = new LinkedHashMap<>();
        SecurityHeadersAssert.NAMES.forEach(name -> values.put(name, header.apply(name)));
        return values;
    }

    private static void assertNothingLeaks(RawHttp.Response response) {
        assertThat(response.header("Server")).as("Server header").isEmpty();
        assertThat(response.header("X-Powered-By")).as("X-Powered-By header").isEmpty();
        assertThat(response.body())
                .doesNotContain(MARKER)
                .doesNotContainIgnoringCase("tomcat")
                .doesNotContainIgnoringCase("apache")
                .doesNotContain("<html")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    private static String typeOf(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 501 -> "not-implemented";
            case 505 -> "http-version-not-supported";
            default -> throw new IllegalArgumentException("no expected type for " + status);
        };
    }

    private static Arguments refused(String what, String request, int status) {
        return Arguments.of(what, request, status);
    }

    private static String get(String target) {
        return request("GET " + target, "");
    }

    /**
     * A request line (without version) and one extra header line, from an address of its own (so
     * that no other test's public rate limit is spent), asking the gateway to close afterwards.
     * Characters up to U+00FF are sent as single bytes.
     */
    private static String request(String methodAndTarget, String header) {
        return methodAndTarget + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "X-Forwarded-For: " + Browser.randomAddress() + "\r\n"
                + (header.isEmpty() ? "" : header + "\r\n")
                + "Connection: close\r\n"
                + "\r\n";
    }
}
