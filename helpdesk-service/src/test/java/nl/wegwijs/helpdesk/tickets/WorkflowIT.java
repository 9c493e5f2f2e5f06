package nl.wegwijs.helpdesk.tickets;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIT
class WorkflowIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    String ticket(String text) {
        return api.post("/api/public/questions", Roles.publicCaller(), map("text", text))
                .text("ticketId");
    }

    String path(String id, String action) {
        return "/api/helpdesk/tickets/" + id + (action.isEmpty() ? "" : "/" + action);
    }

    @Test
    void aSuperlocalsAnswerCountsAtOnceAndIsPublishedLikeStaffAnswers() {
        String id = ticket("Як оформити медичну страховку для дітей?");

        var answered = api.post(
                path(id, "answer"),
                Roles.superlocal(),
                map(
                        "text",
                        "Діти застраховані через RMO, окремо нічого не треба.",
                        "language",
                        "uk",
                        "topic",
                        "health-care-insurance"));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.text("status")).isEqualTo("ANSWERED");
        assertThat(answered.text("answeredBy")).isEqualTo("superlocal");
        assertThat(answered.text("answer")).isEqualTo("Діти застраховані через RMO, окремо нічого не треба.");
        assertThat(answered.json().get("pendingAnswer").isNull()).isTrue();
        assertThat(answered.json().get("allowedActions").valueStream().map(JsonNode::asString))
                .doesNotContain("approve");
        assertThat(answered.body()).contains("\"ANSWERED\"").doesNotContain("ANSWER_SUBMITTED_FOR_REVIEW");
        var event = TopicProbe.await(
                "helpdesk.ticket.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketAnswered".equals(r.header("ce_type")));
        assertThat(event.value()).contains("health-care-insurance");
        assertThat(api.get("/api/helpdesk/tickets?awaitingReview=true&size=100", Roles.agent())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asString()))
                .doesNotContain(id);
        var approve = api.post(path(id, "approve"), Roles.agent(), null);
        assertThat(approve.status()).isEqualTo(409);
    }

    @Test
    void staffAnswersCountAtOnce() {
        String id = ticket("Hoe open ik een bankrekening?");

        var answered = api.post(
                path(id, "answer"), Roles.admin(), map("text", "Bij elke bank met uw paspoort.", "language", "nl"));

        assertThat(answered.text("status")).isEqualTo("ANSWERED");
    }

    @Test
    void suggestedAssigneesSpeakTheQuestionsLanguageFirst() {
        String id = ticket("Де знайти житло в Утрехті?");

        var page = api.get(path(id, "assignees"), Roles.agent()).json();
        var assignees = page.get("items");

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("total").asLong()).isEqualTo(assignees.size());
        assertThat(assignees.get(0).get("speaksLanguage").asBoolean()).isTrue();
        assertThat(assignees
                        .valueStream()
                        .filter(a -> a.get("speaksLanguage").asBoolean())
                        .map(a -> a.get("username").asString()))
                .contains("superlocal", "olena", "dmytro")
                .doesNotContain("agent", "sanne");
        assertThat(api.get(path(id, ""), Roles.agent())
                        .json()
                        .get("suggestedAssignees")
                        .size())
                .isEqualTo(assignees.size());
    }

    @Test
    void internalNotesAreKeptWithTheTicketAndInTheHistory() {
        String id = ticket("Can my cat come to the shelter?");

        var note =
                api.post(path(id, "notes"), Roles.superlocal(), map("text", "Called the shelter, waiting for reply"));
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.text("author")).isEqualTo("superlocal");

        var notes = api.get(path(id, "notes"), Roles.agent()).json();
        assertThat(notes.get("total").asLong()).isEqualTo(1);
        assertThat(notes.get("items").get(0).get("text").asString()).isEqualTo("Called the shelter, waiting for reply");
        assertThat(api.get(path(id, "history"), Roles.agent()).body()).contains("NOTE_ADDED");
        assertThat(api.post(path(id, "notes"), Roles.agent(), map("text", " ")).status())
                .isEqualTo(400);
        assertThat(api.post(path(java.util.UUID.randomUUID().toString(), "notes"), Roles.agent(), map("text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post(path(id, "notes"), Roles.editor(), map("text", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void notesHistoryAndSuggestedAssigneesComeAsPagesInAStableOrder() {
        String id = ticket("Where can I register my address?");
        for (String text : java.util.List.of("first note", "second note", "third note")) {
            assertThat(api.post(path(id, "notes"), Roles.agent(), map("text", text))
                            .status())
                    .isEqualTo(201);
        }

        var firstNotes = api.get(path(id, "notes") + "?size=2", Roles.agent()).json();
        var lastNotes =
                api.get(path(id, "notes") + "?page=1&size=2", Roles.agent()).json();
        assertThat(firstNotes.get("items").valueStream().map(n -> n.get("text").asString()))
                .containsExactly("first note", "second note");
        assertThat(lastNotes.get("items").valueStream().map(n -> n.get("text").asString()))
                .containsExactly("third note");
        assertThat(firstNotes.get("total").asLong()).isEqualTo(3);
        assertThat(lastNotes.get("page").asInt()).isEqualTo(1);
        assertThat(lastNotes.get("size").asInt()).isEqualTo(2);

        var history = api.get(path(id, "history") + "?size=100", Roles.agent()).json();
        assertThat(history.get("items").valueStream().map(h -> h.get("action").asString()))
                .containsExactly("CREATED", "NOTE_ADDED", "NOTE_ADDED", "NOTE_ADDED");
        assertThat(history.get("total").asLong()).isEqualTo(4);
        var secondStep =
                api.get(path(id, "history") + "?page=1&size=1", Roles.agent()).json();
        assertThat(secondStep.get("items").get(0).get("action").asString()).isEqualTo("NOTE_ADDED");
        assertThat(api.get(path(id, "history") + "?page=9&size=10", Roles.agent())
                        .json()
                        .get("items"))
                .isEmpty();

        var all = api.get(path(id, "assignees") + "?size=100", Roles.agent()).json();
        var second =
                api.get(path(id, "assignees") + "?page=1&size=1", Roles.agent()).json();
        assertThat(second.get("total").asLong()).isEqualTo(all.get("total").asLong());
        assertThat(second.get("items").get(0)).isEqualTo(all.get("items").get(1));
    }

    @Test
    void aTicketsSubListsRefuseBadPagesAndCapTheSize() {
        String id = ticket("Can I bring my bicycle on the train?");
        for (String list : java.util.List.of("notes", "history", "assignees")) {
            for (String query : java.util.List.of("?page=-1", "?size=0", "?size=-5", "?page=x", "?size=ten")) {
                var refused = api.get(path(id, list) + query, Roles.agent());
                assertThat(refused.status()).as(list + query).isEqualTo(400);
                assertThat(refused.isProblem()).as(list + query).isTrue();
            }
            assertThat(api.get(path(id, list) + "?size=1000", Roles.agent())
                            .json()
                            .get("size")
                            .asInt())
                    .as(list)
                    .isEqualTo(100);
            assertThat(api.get(path(java.util.UUID.randomUUID().toString(), list), Roles.agent())
                            .status())
                    .as(list)
                    .isEqualTo(404);
        }
    }

    @Test
    void badAnswersAndAssignmentsAre400Problems() {
        String id = ticket("Where do I report my new address?");

        var noLanguage = api.post(path(id, "answer"), Roles.agent(), map("text", "At the municipality."));
        var unknownTopic = api.post(
                path(id, "answer"),
                Roles.agent(),
                map("text", "At the municipality.", "language", "en", "topic", "nope"));
        var blankAssignee = api.post(path(id, "assign"), Roles.agent(), map("assignee", ""));
        var noBody = api.post(path(id, "assign"), Roles.agent(), null);

        for (var response : java.util.List.of(noLanguage, unknownTopic, blankAssignee, noBody)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(noLanguage.json().get("errors").get(0).get("field").asString())
                .isEqualTo("language");
        assertThat(unknownTopic.json().get("errors").get(0).get("field").asString())
                .isEqualTo("topic");
    }

    @Test
    void invalidTransitionsAre409NamingTheAllowedActions() {
        String id = ticket("Do I get child benefit?");

        var reopenOpen = api.post(path(id, "reopen"), Roles.agent(), null);

        assertThat(reopenOpen.status()).isEqualTo(409);
        assertThat(reopenOpen.text("currentStatus")).isEqualTo("OPEN");
        assertThat(reopenOpen.json().get("allowed").valueStream().map(JsonNode::asString))
                .containsExactly("assign", "answer", "close");

        api.post(path(id, "answer"), Roles.agent(), map("text", "Yes, via the SVB.", "language", "en"));
        var answerTwice = api.post(path(id, "answer"), Roles.agent(), map("text", "Again", "language", "en"));
        assertThat(answerTwice.status()).isEqualTo(409);
        assertThat(answerTwice.json().get("allowed").valueStream().map(JsonNode::asString))
                .containsExactly("close", "reopen");
        assertThat(api.post(path(id, "assign"), Roles.agent(), map("assignee", "olena"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void reopenedAndAnsweredAgainKeepsTheFirstAnswerTime() {
        String id = ticket("Where can I find an interpreter?");
        var first = api.post(path(id, "answer"), Roles.agent(), map("text", "Ask the municipality.", "language", "en"));
        api.post(path(id, "reopen"), Roles.agent(), null);
        var second = api.post(path(id, "answer"), Roles.agent(), map("text", "Or call 0800.", "language", "en"));

        assertThat(second.text("firstAnsweredAt")).isEqualTo(first.text("firstAnsweredAt"));
        assertThat(second.text("answer")).isEqualTo("Or call 0800.");
    }
}
