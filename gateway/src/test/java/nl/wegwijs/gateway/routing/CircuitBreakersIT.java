package nl.wegwijs.gateway.routing;

import static nl.wegwijs.gateway.support.SecurityHeadersAssert.assertSecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.GatewayTestServices;
import nl.wegwijs.gateway.support.RawHttp;
import nl.wegwijs.gateway.support.Upstream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A route's circuit breaker counts only what the service did: a request the gateway cannot pass on
 * as it is (a header value that is not plain ASCII, a query it cannot read) is the caller's 400,
 * refused before it is routed, and never a failure of the service, however often it is sent. A
 * service that is down still opens its circuit. Requests with raw bytes go over a plain socket: HTTP
 * clients refuse to send them.
 */
@GatewayIT
@ExtendWith(OutputCaptureExtension.class)
class CircuitBreakersIT {

    /** More than the circuit needs to open (half of the last 20 calls, at least 10). */
    private static final int MANY = 25;

    private static final String CYRILLIC = "привіт";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Resilience4JCircuitBreakerFactory circuitBreakers;

    @Autowired
    MeterRegistry meters;

    static Stream<Arguments> headerValuesThatAreNotPlainAscii() {
        return Stream.of(
                Arguments.of("Cyrillic in UTF-8", utf8(CYRILLIC)),
                Arguments.of("an accented letter in UTF-8", utf8("José")),
                Arguments.of("an accented letter in Latin-1", "Jos\u00e9"),
                Arguments.of("a quotation mark in UTF-8", utf8("it\u2019s")),
                Arguments.of("a tab", "a\tb"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerValuesThatAreNotPlainAscii")
    void aHeaderValueThatIsNotPlainAsciiIsRefusedWith400NamingTheHeaderAndNeverReachesTheService(
            String what, String value) {
        String path = "/api/public/kb/search-" + UUID.randomUUID();

        RawHttp.Response refused = send("GET " + path + "?q=bsn", "X-Note: " + value);

        assertMalformedHeader(refused, "X-Note", value);
        assertThat(Upstream.get().hits("GET " + path)).isZero();
    }

    @Test
    void staffAndEmployersAreRefusedAlike() throws Exception {
        String staff = "Authorization: Bearer " + accessToken();
        String apiKey = employerKey();
        int vacancies = Upstream.get().hits("POST /api/employer/vacancies");

        RawHttp.Response editor = send("GET /api/knowledge/drafts", staff, "X-Note: " + utf8(CYRILLIC));
        RawHttp.Response employer = send(
                "POST /api/employer/vacancies",
                "X-API-Key: " + apiKey,
                "Idempotency-Key: " + utf8("ключ-1"),
                "Content-Type: application/json",
                "Content-Length: 2",
                "",
                "{}");

        assertMalformedHeader(editor, "X-Note", utf8(CYRILLIC));
        assertMalformedHeader(employer, "Idempotency-Key", utf8("ключ-1"));
        assertThat(Upstream.get().hits("POST /api/employer/vacancies")).isEqualTo(vacancies);
        assertThat(send(
                                "POST /api/employer/vacancies",
                                "X-API-Key: " + apiKey,
                                "Idempotency-Key: key-1",
                                "Content-Type: application/json",
                                "Content-Length: 2",
                                "",
                                "{}")
                        .status())
                .as("the same request with an ASCII key")
                .isEqualTo(200);
    }

    @Test
    void manyRefusedHeadersDoNotOpenTheCircuitAndACleanRequestRightAfterIsAnswered() {
        String staff = "Authorization: Bearer " + accessToken();
        assertThat(new Browser(port).get("/api/public/kb/search?q=bsn").statusCode())
                .isEqualTo(200);
        assertThat(send("GET /api/matching/candidates/1", staff).status()).isEqualTo(200);
        CircuitBreaker knowledge = circuitBreaker("knowledge");
        CircuitBreaker matching = circuitBreaker("matching");
        int knowledgeFailures = knowledge.getMetrics().getNumberOfFailedCalls();
        int matchingFailures = matching.getMetrics().getNumberOfFailedCalls();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            statuses.add(send("GET /api/public/kb/search?q=bsn", "X-Note: " + utf8(CYRILLIC))
                    .status());
            statuses.add(send("GET /api/matching/candidates/1", staff, "X-Note: " + utf8(CYRILLIC))
                    .status());
        }

        assertThat(statuses).containsOnly(400);
        assertThat(knowledge.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(matching.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(knowledge.getMetrics().getNumberOfFailedCalls()).isEqualTo(knowledgeFailures);
        assertThat(matching.getMetrics().getNumberOfFailedCalls()).isEqualTo(matchingFailures);
        assertThat(new Browser(port).get("/api/public/kb/search?q=bsn").statusCode())
                .isEqualTo(200);
        assertThat(send("GET /api/matching/candidates/1", staff).status()).isEqualTo(200);
    }

    static Stream<Arguments> queriesTheGatewayCannotPassOn() {
        return Stream.of(
                Arguments.of("a control character in a parameter name", "?q=bsn&%C2%85=1"),
                Arguments.of("more parameters than the servlet container takes", "?" + "a&".repeat(1_001) + "q=bsn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queriesTheGatewayCannotPassOn")
    void aRequestTheGatewayCannotPassOnIsTheCallers400AndNeverCountsAgainstTheService(String what, String query) {
        assertThat(new Browser(port).get("/api/public/kb/search?q=bsn").statusCode())
                .isEqualTo(200);
        CircuitBreaker knowledge = circuitBreaker("knowledge");
        int failures = knowledge.getMetrics().getNumberOfFailedCalls();

        List<RawHttp.Response> answers = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            answers.add(send("GET /api/public/kb/search" + query));
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(answer.body()).path("type").asString())
                    .isEqualTo("https://wegwijs.nl/problems/malformed-request");
            assertSecurityHeaders(answer);
        });
        assertThat(knowledge.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(knowledge.getMetrics().getNumberOfFailedCalls()).isEqualTo(failures);
        assertThat(new Browser(port).get("/api/public/kb/search?q=bsn").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aFormWithMoreFieldsThanTomcatTakesIsTheCallers400AndNeverReachesTheService(CapturedOutput output) {
        String path = "/api/public/questions/form-" + UUID.randomUUID();
        String form = "a=1&".repeat(1_001) + "text=bsn";
        CircuitBreaker helpdesk = circuitBreaker("helpdesk");
        int failures = helpdesk.getMetrics().getNumberOfFailedCalls();

        RawHttp.Response answer = send(
                "POST " + path,
                "Content-Type: application/x-www-form-urlencoded",
                "Content-Length: " + form.length(),
                "",
                form);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/malformed-request");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertSecurityHeaders(answer);
        assertThat(Upstream.get().hits("POST " + path)).isZero();
        assertThat(helpdesk.getMetrics().getNumberOfFailedCalls()).isEqualTo(failures);
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    static Stream<Arguments> bodiesTheCallerStopsSending() {
        return Stream.of(
                Arguments.of("with a length", "Content-Length: 100000\r\n"),
                Arguments.of("chunked", "Transfer-Encoding: chunked\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesTheCallerStopsSending")
    void aCallerThatGoesAwayWhileSendingItsBodyIsNoErrorOfTheGateway(String what, String framing, CapturedOutput output)
            throws Exception {
        String path = "/api/public/questions/gone-" + UUID.randomUUID();
        long before = postsFinished();

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(partOfABody(path, framing));
            socket.getOutputStream().flush();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> postsFinished() > before);
        assertNoErrorLogged(output);
        assertThat(output.getOut()).doesNotContain("Refused POST");
    }

    @Test
    void aCallerThatStopsSendingItsBodyGets400AndNoErrorIsLogged(CapturedOutput output) throws Exception {
        String path = "/api/public/questions/stopped-" + UUID.randomUUID();
        CircuitBreaker helpdesk = circuitBreaker("helpdesk");
        int failures = helpdesk.getMetrics().getNumberOfFailedCalls();
        RawHttp.Response answer;

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(partOfABody(path, "Content-Length: 100000\r\n"));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            answer = RawHttp.Response.parse(socket.getInputStream().readAllBytes());
        }

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("type").asString())
                .isEqualTo("https://wegwijs.nl/problems/malformed-request");
        assertSecurityHeaders(answer);
        assertThat(helpdesk.getMetrics().getNumberOfFailedCalls()).isEqualTo(failures);
        assertNoErrorLogged(output);
    }

    /** The head of a JSON POST and the first kilobyte of its body, of which the caller promised more. */
    private static byte[] partOfABody(String path, String framing) {
        String body = "{\"text\":\"" + "a".repeat(1_000);
        boolean chunked = framing.startsWith("Transfer-Encoding");
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + Browser.randomAddress()
                        + "\r\nContent-Type: application/json\r\n" + framing + "\r\n"
                        + (chunked ? Integer.toHexString(body.length()) + "\r\n" + body + "\r\n" : body))
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Nothing the gateway logs at ERROR: no failed forward to the fallback, no 500 with a reference. */
    private static void assertNoErrorLogged(CapturedOutput output) {
        assertThat(output.getOut())
                .doesNotContain("Cannot forward")
                .doesNotContain("[dispatcherServlet]")
                .doesNotContain("Error outside the controllers")
                .doesNotContain("Could not pass a request on");
    }

    @Test
    void aServiceThatIsDownStillOpensItsCircuit() {
        Browser coordinator = new Browser(port);
        coordinator.signIn("boss", "testadmin");

        assertThat(coordinator.get("/api/expertpool/experts").statusCode()).isEqualTo(503);
        for (int i = 0; i < MANY && circuitBreaker("expertpool").getState() != CircuitBreaker.State.OPEN; i++) {
            assertThat(coordinator.get("/api/expertpool/experts").statusCode()).isEqualTo(503);
        }

        assertThat(circuitBreaker("expertpool").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(coordinator.get("/api/expertpool/experts").body())
                .contains("The expert pool is unavailable right now");
    }

    @Test
    void aRefusedHeaderIsLoggedAtWarnWithoutItsValue(CapturedOutput output) {
        String value = "zqx" + utf8(CYRILLIC);

        assertThat(send("GET /api/public/kb/search?q=bsn", "X-Ticket-Note: " + value)
                        .status())
                .isEqualTo(400);

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(output.getOut()).containsPattern("WARN .*X-Ticket-Note"));
        String logged = output.getOut()
                .lines()
                .filter(line -> line.contains("X-Ticket-Note"))
                .findFirst()
                .orElseThrow();
        assertThat(logged)
                .contains("/api/public/kb")
                .doesNotContain("zqx")
                .doesNotContain(CYRILLIC)
                .doesNotContain("q=bsn");
    }

    private void assertMalformedHeader(RawHttp.Response answer, String header, String value) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/malformed-request");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("header").asString()).isEqualTo(header);
        assertThat(problem.path("detail").asString()).contains(header).contains("ASCII");
        String decoded = new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        assertThat(answer.body()).doesNotContain(value).doesNotContain(decoded);
        assertSecurityHeaders(answer);
    }

    /** The POSTs the gateway is done with (answered, or given up on), as its request metrics count them. */
    private long postsFinished() {
        return meters.find("http.server.requests").tag("method", "POST").timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }

    private CircuitBreaker circuitBreaker(String id) {
        return circuitBreakers.getCircuitBreakerRegistry().find(id).orElseThrow();
    }

    /**
     * A request as the given lines (a request line without version, header lines, and after an empty
     * line a body), from an address of its own so that no other test's rate limit is spent. Each
     * character is sent as one byte: {@link #utf8} gives the bytes of UTF-8 text so.
     */
    private RawHttp.Response send(String requestLine, String... lines) {
        StringBuilder request = new StringBuilder(requestLine)
                .append(" HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: ")
                .append(Browser.randomAddress())
                .append("\r\nConnection: close\r\n");
        boolean body = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                body = true;
                request.append("\r\n");
            } else {
                request.append(line).append(body ? "" : "\r\n");
            }
        }
        if (!body) {
            request.append("\r\n");
        }
        return new RawHttp(port).send(request.toString());
    }

    /** The UTF-8 bytes of the text, one character per byte (as {@link RawHttp} sends them). */
    private static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private String accessToken() {
        return JSON.readTree(new Browser(port)
                        .postJson("/api/auth/token", "{\"username\":\"boss\",\"password\":\"testadmin\"}")
                        .body())
                .path("accessToken")
                .asString();
    }

    /** A key announced on matching.apikey.v1 as matching-service does, once the gateway accepts it. */
    private String employerKey() throws Exception {
        String apiKey = "wgw_" + UUID.randomUUID();
        String keyId = UUID.randomUUID().toString();
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        ProducerRecord<String, String> issued = new ProducerRecord<>(
                GatewayTestServices.API_KEY_TOPIC,
                keyId,
                JSON.writeValueAsString(Map.of(
                        "keyId",
                        keyId,
                        "employerId",
                        UUID.randomUUID().toString(),
                        "prefix",
                        apiKey.substring(0, 8),
                        "keyHash",
                        hash,
                        "issuedAt",
                        "2026-11-28T09:00:00Z")));
        issued.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        issued.headers().add("ce_type", "nl.wegwijs.matching.ApiKeyIssued".getBytes(StandardCharsets.UTF_8));
        issued.headers().add("ce_source", "/matching-service".getBytes(StandardCharsets.UTF_8));
        issued.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        issued.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", GatewayTestServices.broker().getBrokersAsString(),
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(issued).get();
        }
        Browser employer = new Browser(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> employer.get("/api/employer/vacancies", "X-API-Key", apiKey)
                                .statusCode()
                        == 200);
        return apiKey;
    }
}
