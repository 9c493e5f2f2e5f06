package nl.wegwijs.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the platform through the gateway as curl would: JSON in, status and JSON out. */
public final class Gateway {

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper json = JsonMapper.builder().build();

    private Gateway() {}

    /** The answer to one call. */
    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            return Gateway.json.readTree(body);
        }
    }

    public static Reply get(String path, String bearer) {
        return send(request(RunningPlatform.gateway() + path, bearer).GET().build());
    }

    public static Reply post(String path, String body, String bearer) {
        return send(request(RunningPlatform.gateway() + path, bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A call straight to a service port, around the gateway. */
    public static Reply direct(int port, String path, String bearer) {
        return send(request("http://localhost:" + port + path, bearer).GET().build());
    }

    /** A staff token from POST /api/auth/token (demo account: password equals user name). */
    public static String tokenFor(String user) {
        Reply reply = post("/api/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}", null);
        if (reply.status() != 200) {
            throw new AssertionError("Sign-in of " + user + " failed: " + reply);
        }
        return reply.json().get("accessToken").asString();
    }

    public static String quote(String text) {
        return json.writeValueAsString(text);
    }

    private static HttpRequest.Builder request(String url, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("Could not reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
