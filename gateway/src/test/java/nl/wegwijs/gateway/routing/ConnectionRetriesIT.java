package nl.wegwijs.gateway.routing;

import static nl.wegwijs.gateway.support.ScriptedService.Step.ANSWER;
import static nl.wegwijs.gateway.support.ScriptedService.Step.CLOSE_WITHOUT_ANSWER;
import static nl.wegwijs.gateway.support.ScriptedService.Step.RESET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.GatewayIT;
import nl.wegwijs.gateway.support.ScriptedService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;

/**
 * A read ({@code GET}) whose connection to the service fails before any answer (closed without a
 * word, reset) is sent again, twice at most; a change ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) never is: the service may have acted on it already. The expert pool is played by
 * a {@link ScriptedService} that fails connections as told.
 */
@GatewayIT
class ConnectionRetriesIT {

    private static final String EXPERTS = "/api/expertpool/experts";

    @LocalServerPort
    int port;

    @Autowired
    Resilience4JCircuitBreakerFactory circuitBreakers;

    private Browser staff;
    private String bearer;

    @BeforeEach
    void staffWithATokenAndTheExpertPoolsCircuitClosed() {
        // other tests leave the expert pool down, its circuit possibly open; created by the first
        // request through its route (the registry alone would create it without the gateway's settings)
        circuitBreakers.getCircuitBreakerRegistry().find("expertpool").ifPresent(CircuitBreaker::reset);
        staff = new Browser(port);
        bearer = "Bearer "
                + staff.postJson("/api/auth/token", "{\"username\":\"boss\",\"password\":\"testadmin\"}")
                        .body()
                        .replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aReadIsSentAgainWhenTheServiceClosesOrResetsTheConnectionWithoutAnswering() {
        try (ScriptedService expertPool = ScriptedService.expertPool(CLOSE_WITHOUT_ANSWER, RESET, ANSWER)) {
            HttpResponse<String> answer = staff.get(EXPERTS, "Authorization", bearer);

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"answeredBy\":\"scripted\"");
            assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
            assertThat(expertPool.requestLines())
                    .containsExactlyElementsOf(Collections.nCopies(3, "GET " + EXPERTS + " HTTP/1.1"));
        }
    }

    @Test
    void aReadIsSentAgainTwiceAtMost() {
        try (ScriptedService expertPool =
                ScriptedService.expertPool(CLOSE_WITHOUT_ANSWER, CLOSE_WITHOUT_ANSWER, RESET, ANSWER)) {
            HttpResponse<String> answer = staff.get(EXPERTS, "Authorization", bearer);

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("The expert pool is unavailable right now");
            assertThat(expertPool.connections()).isEqualTo(3);
            assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls())
                    .as("one request, one failure")
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void aChangeIsNeverSentAgain(String method) {
        try (ScriptedService expertPool = ScriptedService.expertPool(CLOSE_WITHOUT_ANSWER, ANSWER)) {
            HttpRequest.BodyPublisher body = method.equals("DELETE")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}");
            HttpResponse<String> answer = staff.send(staff.request(EXPERTS + "/1")
                    .header("Authorization", bearer)
                    .header("Content-Type", "application/json")
                    .method(method, body));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(expertPool.requestLines()).containsExactly(method + " " + EXPERTS + "/1 HTTP/1.1");
        }
    }

    private CircuitBreaker circuitBreaker() {
        return circuitBreakers.getCircuitBreakerRegistry().find("expertpool").orElseThrow();
    }
}
