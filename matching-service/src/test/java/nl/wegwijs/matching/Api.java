package nl.wegwijs.matching;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: any status comes back as data, bodies as JSON trees. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public Api(int port) {
        this.client = RestClient.create("http://localhost:" + port);
    }

    public record Res(int status, HttpHeaders headers, JsonNode body, String raw) {
        public String etag() {
            return headers.getETag();
        }

        public UUID id() {
            return UUID.fromString(body.get("id").asString());
        }
    }

    public Res get(String token, String path) {
        return call(HttpMethod.GET, token, path, null, Map.of());
    }

    public Res post(String token, String path, Object body) {
        return call(HttpMethod.POST, token, path, body, Map.of());
    }

    public Res put(String token, String path, Object body, Map<String, String> headers) {
        return call(HttpMethod.PUT, token, path, body, headers);
    }

    public Res delete(String token, String path, Map<String, String> headers) {
        return call(HttpMethod.DELETE, token, path, null, headers);
    }

    public Res call(HttpMethod method, String token, String path, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path);
        if (token != null) {
            spec.header(HttpHeaders.AUTHORIZATION, token);
        }
        headers.forEach(spec::header);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        return spec.exchange((request, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            String raw = new String(bytes, StandardCharsets.UTF_8);
            JsonNode node = raw.isBlank() ? null : JSON.readTree(raw);
            return new Res(response.getStatusCode().value(), response.getHeaders(), node, raw);
        });
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
