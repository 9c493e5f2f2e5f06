package nl.wegwijs.helpdesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the service under test: any status, any body, no exceptions. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public Api(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    public record Response(int status, String contentType, String body, HttpHeaders headers) {
        public Response(int status, String contentType, String body) {
            this(status, contentType, body, new HttpHeaders());
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.getFirst(name);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    public Response get(String path, String auth) {
        return call(HttpMethod.GET, path, auth, null);
    }

    public Response post(String path, String auth, Object body) {
        return call(HttpMethod.POST, path, auth, body);
    }

    public Response put(String path, String auth, Object body) {
        return call(HttpMethod.PUT, path, auth, body);
    }

    public Response patch(String path, String auth, Object body) {
        return call(HttpMethod.PATCH, path, auth, body);
    }

    public Response delete(String path, String auth) {
        return call(HttpMethod.DELETE, path, auth, null);
    }

    /** Sends a map or record as JSON, a String as it is (to send malformed JSON). */
    public Response call(HttpMethod method, String path, String auth, Object body) {
        return call(method, path, auth, body, Map.of());
    }

    /** As {@link #call(HttpMethod, String, String, Object)}, with more request headers. */
    public Response call(HttpMethod method, String path, String auth, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path);
        if (auth != null) {
            spec = spec.header("Authorization", auth);
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            spec = spec.header(header.getKey(), header.getValue());
        }
        if (body != null) {
            String raw = body instanceof String s ? s : JSON.writeValueAsString(body);
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(raw.getBytes(StandardCharsets.UTF_8));
        }
        return spec.exchange((request, response) -> {
            MediaType type = response.getHeaders().getContentType();
            String text;
            try {
                text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = "";
            }
            HttpHeaders received = new HttpHeaders();
            received.addAll(response.getHeaders());
            return new Response(
                    response.getStatusCode().value(), type == null ? null : type.toString(), text, received);
        });
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
