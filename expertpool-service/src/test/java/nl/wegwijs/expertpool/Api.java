package nl.wegwijs.expertpool;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.wegwijs.testsupport.TestTokens;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the service as the gateway would, with a coordinator's token unless told otherwise. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public Api(int port) {
        this.client = RestClient.create("http://localhost:" + port);
    }

    public Response get(String path) {
        return call(HttpMethod.GET, path, null, coordinator());
    }

    public Response post(String path, Object body) {
        return call(HttpMethod.POST, path, body, coordinator());
    }

    public Response put(String path, Object body) {
        return call(HttpMethod.PUT, path, body, coordinator());
    }

    public Response delete(String path) {
        return call(HttpMethod.DELETE, path, null, coordinator());
    }

    /** A fresh coordinator's token for each call: tokens live five minutes, and a run of all ITs takes longer. */
    private static String coordinator() {
        return TestTokens.bearer("coordinator", "COORDINATOR");
    }

    public Response call(HttpMethod method, String path, Object body, String authorization) {
        var request = client.method(method).uri(path);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        if (body instanceof String raw) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(raw);
        } else if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        }
        return request.exchange((req, res) -> {
            String text = StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8);
            MediaType type = res.getHeaders().getContentType();
            JsonNode json = null;
            if (type != null && type.getSubtype().contains("json") && !text.isBlank()) {
                json = JSON.readTree(text);
            }
            return new Response(
                    res.getStatusCode().value(),
                    type == null ? null : type.toString(),
                    res.getHeaders().getFirst("Content-Disposition"),
                    text,
                    json);
        });
    }

    /** What came back: status, content type, the raw text and, for JSON, the parsed body. */
    public record Response(int status, String contentType, String disposition, String text, JsonNode json) {

        public String field(String name) {
            JsonNode node = json.get(name);
            return node == null || node.isNull() ? null : node.asString();
        }

        public UUID id() {
            return UUID.fromString(field("id"));
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
