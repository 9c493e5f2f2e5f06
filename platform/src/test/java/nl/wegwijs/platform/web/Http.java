package nl.wegwijs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Raw HTTP against the test service: the body goes out byte for byte, any status comes back as data. */
record Http(int port, String token) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A caller with a valid token (in {@link WebTestApp} the token is the caller's roles). */
    static Http editor(int port) {
        return new Http(port, "Bearer EDITOR");
    }

    Http withoutToken() {
        return new Http(port, null);
    }

    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String contentType() {
            MediaType type = headers.getContentType();
            return type == null ? "" : type.toString();
        }

        /** The fields of {@code errors}, as {@code field: message}. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            json().path("errors")
                    .forEach(e -> errors.add(
                            e.get("field").asString() + ": " + e.get("message").asString()));
            return errors;
        }

        /** A problem detail as API.md describes it: problem+json with type, title, status and detail. */
        Response assertProblem(int expectedStatus, String expectedType) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = json();
            assertThat(problem.path("type").asString()).isEqualTo("https://wegwijs.nl/problems/" + expectedType);
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.path("detail").asString()).isNotBlank();
            return this;
        }
    }

    Response get(String path) {
        return call(HttpMethod.GET, path, null, null, null);
    }

    Response post(String path, String json) {
        return call(HttpMethod.POST, path, MediaType.APPLICATION_JSON_VALUE, json, null);
    }

    Response call(HttpMethod method, String path, String contentType, String body, String accept) {
        RestClient.RequestBodySpec spec =
                RestClient.create().method(method).uri(URI.create("http://localhost:" + port + path));
        if (token != null) {
            spec.header(HttpHeaders.AUTHORIZATION, token);
        }
        if (contentType != null) {
            spec.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (accept != null) {
            spec.header(HttpHeaders.ACCEPT, accept);
        }
        if (body != null) {
            spec.body(body.getBytes(StandardCharsets.UTF_8));
        }
        return spec.exchange((request, response) -> {
            String text;
            try {
                text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = "";
            }
            return new Response(response.getStatusCode().value(), response.getHeaders(), text);
        });
    }
}
