package nl.wegwijs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.RawHttp;
import nl.wegwijs.gateway.support.SecurityHeadersAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every error the gateway answers itself, one row each: an {@code application/problem+json} with
 * {@code type}, {@code title}, {@code status} and {@code detail}, the security headers of every
 * other answer, no stack trace, and nothing of the request repeated (each request carries a marker
 * that must not come back; only {@code instance}, where there is one, is the path asked for). The
 * browser's 404 page is in {@code StaticPagesIT}, Tomcat's and the firewall's refusals in {@link
 * MalformedRequestsIT}.
 */
@GatewayIT
class ErrorAnswersIT {

    private static final String MARKER = "zqxmarker";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** Sends the request(s) that end in the error; the last answer is the one judged. */
    @FunctionalInterface
    interface Exchange {
        Answer send(int port);
    }

    /** Status, headers (names in lower case) and body of an answer, from either kind of client. */
    record Answer(int status, Map<String, String> headers, String body) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(
                    response.statusCode(),
                    response.headers().map().entrySet().stream()
                            .collect(Collectors.toMap(
                                    e -> e.getKey().toLowerCase(), e -> String.join(", ", e.getValue()))),
                    response.body());
        }

        static Answer of(RawHttp.Response response) {
            return new Answer(
                    response.status(),
                    response.headerLines().stream()
                            .collect(Collectors.toMap(
                                    line -> line.substring(0, line.indexOf(':')).toLowerCase(),
                                    line -> line.substring(line.indexOf(':') + 1)
                                            .trim(),
                                    (a, b) -> a + ", " + b)),
                    response.body());
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                error(
                        "an unreadable JSON body",
                        port -> Answer.of(new Browser(port)
                                .postJson("/api/auth/token", "{\"username\": \"" + MARKER + "\", \"password\": ")),
                        400,
                        "malformed-request"),
                error(
                        "no credentials for a staff API",
                        port -> Answer.of(new Browser(port).get("/api/helpdesk/" + MARKER + "?q=" + MARKER)),
                        401,
                        "unauthorized"),
                error(
                        "a bearer token that is not one",
                        port -> Answer.of(
                                new Browser(port).get("/api/helpdesk/tickets", "Authorization", "Bearer " + MARKER)),
                        401,
                        "unauthorized"),
                error(
                        "an unknown API key",
                        port -> {
                            Browser employer = new Browser(port);
                            // right after start-up an unknown key gets 503 until the key topic is read
                            return await().atMost(Duration.ofSeconds(30))
                                    .until(
                                            () -> Answer.of(employer.get(
                                                    "/api/employer/vacancies", "X-API-Key", "wgw_" + MARKER)),
                                            answer -> answer.status() != 503);
                        },
                        401,
                        "unauthorized"),
                error(
                        "a wrong password at sign-in",
                        port -> Answer.of(new Browser(port).signIn(MARKER, MARKER)),
                        401,
                        "sign-in-failed"),
                error(
                        "a sign-in without the CSRF header",
                        port -> {
                            Browser browser = new Browser(port);
                            return Answer.of(browser.send(browser.request("/login")
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "username=" + MARKER + "&password=" + MARKER))));
                        },
                        403,
                        "forbidden"),
                error(
                        "a signed-in change without the CSRF header",
                        port -> {
                            Browser anna = new Browser(port);
                            anna.signIn("anna", "testagent");
                            return Answer.of(anna.postJson("/api/helpdesk/tickets", "{\"text\":\"" + MARKER + "\"}"));
                        },
                        403,
                        "forbidden"),
                error(
                        "a closed actuator endpoint, signed in",
                        port -> {
                            Browser boss = new Browser(port);
                            boss.signIn("boss", "testadmin");
                            return Answer.of(boss.get("/actuator/env?" + MARKER));
                        },
                        403,
                        "forbidden"),
                error(
                        "an API path with nothing there, from a browser",
                        port -> {
                            Browser anna = new Browser(port);
                            anna.signIn("anna", "testagent");
                            return Answer.of(anna.get("/api/auth/" + MARKER, "Accept", BROWSER_ACCEPT));
                        },
                        404,
                        "not-found"),
                error(
                        "a path with nothing there, from a script",
                        port -> Answer.of(new Browser(port).get("/" + MARKER + ".html", "Accept", "*/*")),
                        404,
                        "not-found"),
                error(
                        "a method the path does not take",
                        port -> Answer.of(
                                new RawHttp(port).send(raw("DELETE /.well-known/jwks.json", "X-Probe: " + MARKER))),
                        405,
                        "method-not-allowed"),
                error(
                        "a header value that is not plain ASCII, on its way to a service",
                        port -> Answer.of(new RawHttp(port)
                                .send(raw(
                                        "GET /api/public/kb/search?q=" + MARKER,
                                        "X-Note: " + MARKER
                                                + new String(
                                                        "привіт".getBytes(StandardCharsets.UTF_8),
                                                        StandardCharsets.ISO_8859_1)))),
                        400,
                        "malformed-request"),
                error(
                        "an Accept header the path cannot answer",
                        port -> Answer.of(new Browser(port).get("/.well-known/jwks.json", "Accept", "text/" + MARKER)),
                        406,
                        "not-acceptable"),
                error(
                        "a body over the limit",
                        port -> Answer.of(new Browser(port)
                                .postJson(
                                        "/api/public/questions",
                                        "{\"text\":\"" + MARKER + "a".repeat(300 * 1024) + "\"}")),
                        413,
                        "content-too-large"),
                error(
                        "a Content-Type the endpoint does not take",
                        port -> {
                            Browser script = new Browser(port);
                            return Answer.of(script.send(script.request("/api/auth/token")
                                    .header("Content-Type", "text/" + MARKER)
                                    .POST(HttpRequest.BodyPublishers.ofString(MARKER))));
                        },
                        415,
                        "unsupported-media-type"),
                error(
                        "too many public requests from one address",
                        port -> {
                            Browser newcomer = new Browser(port);
                            Answer answer = null;
                            for (int i = 0; i < 30 && (answer == null || answer.status() != 429); i++) {
                                answer = Answer.of(newcomer.get("/api/public/kb/search?q=" + MARKER));
                            }
                            return answer;
                        },
                        429,
                        "too-many-requests"),
                error(
                        "too many failed sign-ins for one user name",
                        port -> {
                            String user = MARKER + UUID.randomUUID();
                            Answer answer = null;
                            for (int i = 0; i < 6; i++) {
                                answer = Answer.of(new Browser(port)
                                        .postJson(
                                                "/api/auth/token",
                                                "{\"username\":\"" + user + "\",\"password\":\"" + MARKER + "\"}"));
                            }
                            return answer;
                        },
                        429,
                        "too-many-sign-in-attempts"),
                error(
                        "a service that is down",
                        port -> {
                            Browser boss = new Browser(port);
                            boss.signIn("boss", "testadmin");
                            return Answer.of(boss.get("/api/expertpool/" + MARKER + "?q=" + MARKER));
                        },
                        503,
                        "service-unavailable"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("errors")
    void everyErrorIsAProblemDetailWithTheSecurityHeadersThatRepeatsNothing(
            String what, Exchange exchange, int status, String type) {
        Answer answer = exchange.send(port);

        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/" + type);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        SecurityHeadersAssert.assertSecurityHeaders(answer::header);

        // nothing of the request comes back, but the path asked for as the problem's instance
        if (problem.has("instance")) {
            assertThat(problem.path("instance").asString()).startsWith("/").doesNotContain("?");
        }
        ObjectNode withoutInstance = ((ObjectNode) problem).deepCopy();
        withoutInstance.remove("instance");
        assertThat(JSON.writeValueAsString(withoutInstance)).doesNotContain(MARKER);
        assertThat(answer.headers().values())
                .noneSatisfy(value -> assertThat(value).contains(MARKER));
        assertThat(answer.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContainIgnoringCase("tomcat");

        if (status == 405) {
            assertThat(answer.header("Allow")).contains("GET");
        }
        if (status == 429 || status == 503) {
            assertThat(answer.header("Retry-After")).matches("[1-9][0-9]*");
        }
        if (status == 503) {
            assertThat(problem.path("detail").asString()).startsWith("The expert pool is unavailable");
        }
    }

    private static Arguments error(String what, Exchange exchange, int status, String type) {
        return Arguments.of(what, exchange, status, type);
    }

    private static String raw(String methodAndTarget, String header) {
        return methodAndTarget + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "X-Forwarded-For: " + Browser.randomAddress() + "\r\n"
                + header + "\r\n"
                + "Connection: close\r\n"
                + "\r\n";
    }
}
