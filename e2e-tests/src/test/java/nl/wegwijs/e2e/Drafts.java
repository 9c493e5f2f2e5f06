package nl.wegwijs.e2e;

import java.time.Duration;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** Finds, through the gateway, the knowledge draft that an answered ticket went into. */
final class Drafts {

    private Drafts() {}

    static JsonNode awaitDraftWithQuestion(String ticketId, String editorToken, Duration atMost) {
        return Awaitility.await("a draft holding ticket " + ticketId)
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> findDraft(ticketId, editorToken), draft -> draft != null);
    }

    private static JsonNode findDraft(String ticketId, String editorToken) {
        Gateway.Reply list = Gateway.get("/api/knowledge/drafts?size=100", editorToken);
        if (list.status() != 200) {
            return null;
        }
        for (JsonNode item : list.json().get("items")) {
            Gateway.Reply detail =
                    Gateway.get("/api/knowledge/drafts/" + item.get("id").asString(), editorToken);
            if (detail.status() != 200) {
                continue;
            }
            for (JsonNode question : detail.json().path("questions")) {
                if (ticketId.equals(question.path("ticketId").asString())) {
                    return detail.json();
                }
            }
        }
        return null;
    }
}
