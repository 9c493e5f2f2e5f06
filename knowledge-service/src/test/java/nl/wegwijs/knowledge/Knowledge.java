package nl.wegwijs.knowledge;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Test helper: talks to knowledge-service as the gateway and the helpdesk would. */
public final class Knowledge {

    public static final String TICKET_TOPIC = "helpdesk.ticket.v1";
    public static final String ANSWERED = "nl.wegwijs.helpdesk.TicketAnswered";
    private static final JsonMapper json = JsonMapper.builder().build();

    public record Response(int status, Map<String, Object> body) {
        public Object get(String field) {
            return body.get(field);
        }

        @SuppressWarnings("unchecked")
        public <T> T val(String field) {
            return (T) body.get(field);
        }
    }

    private final RestClient client;

    public Knowledge(int port) {
        this.client = RestClient.create("http://localhost:" + port);
    }

    public static String editor() {
        return TestTokens.bearer("editor", "EDITOR");
    }

    /** Sends a TicketAnswered as the helpdesk would; returns the event id. */
    public static String answer(
            UUID ticketId, String question, String qLang, String answer, String aLang, String topic) {
        String body = answeredJson(ticketId, question, qLang, answer, aLang, topic);
        return TopicProbe.sendEvent(TICKET_TOPIC, ANSWERED, ticketId.toString(), body);
    }

    public static String answeredJson(
            UUID ticketId, String question, String qLang, String answer, String aLang, String topic) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketId.toString());
        data.put("question", question);
        data.put("questionLanguage", qLang);
        data.put("answer", answer);
        data.put("answerLanguage", aLang);
        data.put("topic", topic);
        data.put("channel", "WEB");
        data.put("askedAt", OffsetDateTime.now().minusDays(1).toString());
        data.put("answeredAt", OffsetDateTime.now().toString());
        data.put("somethingNew", "ignored by a tolerant reader");
        return json.writeValueAsString(data);
    }

    public Response call(String method, String path, String token, Object body) {
        var spec = client.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path);
        if (token != null) {
            spec = spec.header("Authorization", token);
        }
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String s ? s : json.writeValueAsString(body));
        }
        return spec.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = bytes.length == 0 ? Map.of() : json.readValue(bytes, Map.class);
            return new Response(res.getStatusCode().value(), parsed);
        });
    }

    public Response get(String path) {
        return call("GET", path, editor(), null);
    }

    public Response post(String path, Object body) {
        return call("POST", path, editor(), body);
    }

    public Response put(String path, Object body) {
        return call("PUT", path, editor(), body);
    }

    /** The draft holding the ticket's question, once it is there. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> awaitDraftOf(UUID ticketId) {
        String id = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            List<Map<String, Object>> items = get("/api/knowledge/drafts?ticketId=" + ticketId)
                                    .val("items");
                            return items.isEmpty()
                                    ? null
                                    : (String) items.getFirst().get("id");
                        },
                        v -> v != null);
        return get("/api/knowledge/drafts/" + id).body();
    }

    public Map<String, Object> draft(Object id) {
        return get("/api/knowledge/drafts/" + id).body();
    }

    /** Searches as the public does; without {@code lang} (null) the query's language is the reader's. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> search(String q, String lang) {
        Map<String, Object> body = client.get()
                .uri(uri -> uri.path("/api/public/kb/search")
                        .queryParam("q", "{q}")
                        .queryParamIfPresent("lang", java.util.Optional.ofNullable(lang))
                        .queryParam("limit", 5)
                        .build(q))
                .header("Authorization", TestTokens.bearer("public", "PUBLIC"))
                .exchange((req, res) -> json.readValue(res.getBody().readAllBytes(), Map.class));
        return (List<Map<String, Object>>) body.get("items");
    }

    /** Publishes a draft with the one call the public contract names; returns the article id. */
    public String publish(Object draftId) {
        return (String) post("/api/knowledge/drafts/" + draftId + "/publish", null)
                .body()
                .get("articleId");
    }
}
