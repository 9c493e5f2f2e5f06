package nl.wegwijs.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.wegwijs.gateway.support.Browser;
import nl.wegwijs.gateway.support.GatewayIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayIT
class LimitsIT {

    @LocalServerPort
    int port;

    @Test
    void tooManyPublicRequestsFromOneAddressGet429WithRetryAfter() {
        Browser newcomer = new Browser(port);
        for (int i = 0; i < 10; i++) {
            assertThat(newcomer.get("/api/public/kb/search?q=" + i).statusCode())
                    .isEqualTo(200);
        }

        HttpResponse<String> eleventh = newcomer.get("/api/public/kb/search?q=11");

        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 60L));
        assertThat(eleventh.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(new Browser(port).get("/api/public/kb/search?q=other").statusCode())
                .as("another address has its own limit")
                .isEqualTo(200);
    }

    @Test
    void staffRequestsAreNotCountedAsPublic() {
        Browser anna = new Browser(port);
        anna.signIn("anna", "testagent");

        for (int i = 0; i < 12; i++) {
            assertThat(anna.get("/api/helpdesk/tickets").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anOversizeBodyGets413Problem() {
        String big = "{\"text\":\"" + "a".repeat(300 * 1024) + "\"}";

        HttpResponse<String> response = new Browser(port).postJson("/api/public/questions", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"type\":\"https://wegwijs.nl/problems/content-too-large\"");
    }

    @Test
    void anOversizeChunkedFormBodyIsRefusedBeforeAnythingReadsIt() {
        Browser browser = new Browser(port);
        byte[] big = ("text=" + "a".repeat(300 * 1024)).getBytes();

        HttpResponse<String> response = browser.send(browser.request("/api/public/questions/abc")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("\"type\":\"https://wegwijs.nl/problems/content-too-large\"");
    }

    @Test
    void anOversizeChunkedBodyGets413TooWhileASmallOnePasses() {
        Browser browser = new Browser(port);
        byte[] big = new byte[300 * 1024];
        byte[] small = "{\"text\":\"small\"}".getBytes();

        HttpResponse<String> tooBig = browser.send(browser.request("/api/public/questions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        HttpResponse<String> fine = browser.send(browser.request("/api/public/questions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))));

        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(fine.body()).contains("\"bodyLength\":" + small.length);
    }
}
