package nl.wegwijs.helpdesk.tickets;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.Parallel;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.WritesHeld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A question sent twice (a double click, a retry after a lost answer) with one {@code Idempotency-Key} opens one
 * ticket: the repeat answers the first ticket again, marked {@code Idempotent-Replayed: true}.
 */
@ServiceIT
class IdempotentQuestionsIT {

    static final String PUBLIC = "/api/public/questions";
    static final String STAFF = "/api/helpdesk/tickets";
    static final String REPLAYED = "Idempotent-Replayed";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    IdempotentRequests idempotentRequests;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static Map<String, String> key(String value) {
        return Map.of("Idempotency-Key", value);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** A question no other test asks, so counting tickets with its text counts only this test's. */
    static String uniqueQuestion() {
        return "Waar vraag ik huurtoeslag aan? Vraag " + UUID.randomUUID();
    }

    static String uniqueEmail() {
        return "olena." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    Api.Response ask(Object body, String idempotencyKey) {
        return api.call(HttpMethod.POST, PUBLIC, Roles.publicCaller(), body, key(idempotencyKey));
    }

    long ticketsAsking(String question) {
        return jdbc.sql("select count(*) from ticket where question = :q")
                .param("q", question)
                .query(Long.class)
                .single();
    }

    long keysStored(String idempotencyKey) {
        return jdbc.sql("select count(*) from idempotent_request where idempotency_key = :k")
                .param("k", idempotencyKey)
                .query(Long.class)
                .single();
    }

    @Test
    void aRepeatedQuestionWithTheSameKeyAnswersTheFirstTicketAgainAndOpensNoSecond() {
        String question = uniqueQuestion();
        String k = newKey();
        var body = map("text", question, "name", "Олена Коваль", "email", uniqueEmail());

        var first = ask(body, k);
        var again = ask(body, k);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.text("ticketId")).isEqualTo(first.text("ticketId"));
        assertThat(again.text("trackingCode")).isEqualTo(first.text("trackingCode"));
        assertThat(first.header(REPLAYED)).isEqualTo("false");
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(ticketsAsking(question)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherQuestionIsAConflictThatRevealsNothingOfTheFirst() {
        String question = uniqueQuestion();
        String other = uniqueQuestion();
        String k = newKey();
        var first = ask(map("text", question), k);

        var different = ask(map("text", other), k);
        var otherContact = ask(map("text", question, "email", uniqueEmail()), k);

        assertThat(different.status()).as(different.body()).isEqualTo(409);
        assertThat(different.isProblem()).isTrue();
        assertThat(different.text("detail")).contains("Idempotency-Key");
        assertThat(different.body()).doesNotContain(first.text("trackingCode")).doesNotContain(first.text("ticketId"));
        assertThat(otherContact.status()).isEqualTo(409);
        assertThat(ticketsAsking(other)).isZero();
        assertThat(ticketsAsking(question)).isEqualTo(1);
    }

    @Test
    void requestsAreComparedByMeaningNotByTheirBytes() {
        String question = uniqueQuestion();
        String email = uniqueEmail();
        String k = newKey();
        String compact = "{\"text\":%s,\"email\":\"%s\",\"language\":\"nl\"}"
                .formatted(Api.JSON.writeValueAsString(question), email);
        // other key order, whitespace, the e-mail address with the spaces a paste adds (they are trimmed anyway)
        String pretty = """
                {
                  "language" : "nl",
                  "email" : "  %s ",
                  "text" : %s
                }
                """.formatted(email, Api.JSON.writeValueAsString(question));

        var first = ask(compact, k);
        var again = ask(pretty, k);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.text("trackingCode")).isEqualTo(first.text("trackingCode"));
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(ticketsAsking(question)).isEqualTo(1);
    }

    @Test
    void withoutAKeyOrWithAnotherKeyEveryQuestionIsANewTicket() {
        String question = uniqueQuestion();

        var first = api.post(PUBLIC, Roles.publicCaller(), map("text", question));
        var second = api.post(PUBLIC, Roles.publicCaller(), map("text", question));
        var third = ask(map("text", question), newKey());
        var fourth = ask(map("text", question), newKey());

        assertThat(List.of(first, second, third, fourth))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(201))
                .extracting(r -> r.text("trackingCode"))
                .doesNotHaveDuplicates();
        assertThat(second.header(REPLAYED)).isEqualTo("false");
        assertThat(ticketsAsking(question)).isEqualTo(4);
    }

    @Test
    void aKeyThatIsEmptyTooLongOrNotVisibleAsciiIsA400NamingTheHeader() {
        // (other scripts and control characters: IdempotencyKeyTest; HTTP clients mangle or refuse them in headers)
        for (String bad : List.of("", "   ", "k".repeat(201), "two words", "tab\there")) {
            String question = uniqueQuestion();
            var response = ask(map("text", question), bad);

            assertThat(response.status())
                    .as("key [%s]: %s", bad, response.body())
                    .isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            JsonNode error = response.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("Idempotency-Key");
            assertThat(ticketsAsking(question)).isZero();
        }
        String question = uniqueQuestion();
        assertThat(ask(map("text", question), "k".repeat(200)).status()).isEqualTo(201);
        assertThat(ask(map("text", question), "dbl-1:" + UUID.randomUUID()).status())
                .isEqualTo(201);
    }

    @Test
    void keysAreScopedPerCallerAndEndpoint() {
        String question = uniqueQuestion();
        String k = newKey();
        var body = map("text", question);

        var anonymous = ask(body, k);
        var agentOnThePublicForm = api.call(HttpMethod.POST, PUBLIC, Roles.agent(), body, key(k));
        var agentLoggingIt =
                api.call(HttpMethod.POST, STAFF, Roles.agent(), map("text", question, "channel", "PHONE"), key(k));

        assertThat(List.of(anonymous, agentOnThePublicForm, agentLoggingIt)).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.header(REPLAYED)).isEqualTo("false");
        });
        assertThat(agentOnThePublicForm.text("ticketId")).isNotEqualTo(anonymous.text("ticketId"));
        assertThat(agentLoggingIt.text("id"))
                .isNotIn(anonymous.text("ticketId"), agentOnThePublicForm.text("ticketId"));
        assertThat(ticketsAsking(question)).isEqualTo(3);
    }

    @Test
    void staffLoggingTheSameTicketTwiceWithOneKeyGetTheFirstTicketAgain() {
        String question = uniqueQuestion();
        String k = newKey();
        var body = map("text", question, "channel", "PHONE", "name", "Sanne", "phone", "06 12345678");

        var first = api.call(HttpMethod.POST, STAFF, Roles.agent(), body, key(k));
        var again = api.call(HttpMethod.POST, STAFF, Roles.agent(), body, key(k));
        var otherChannel = api.call(
                HttpMethod.POST,
                STAFF,
                Roles.agent(),
                map("text", question, "channel", "EMAIL", "name", "Sanne", "phone", "06 12345678"),
                key(k));
        var colleague = api.call(HttpMethod.POST, STAFF, TestTokens.bearer("sanne", "AGENT"), body, key(k));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.text("trackingCode")).isEqualTo(first.text("trackingCode"));
        assertThat(otherChannel.status()).isEqualTo(409);
        assertThat(otherChannel.isProblem()).isTrue();
        assertThat(colleague.status()).isEqualTo(201);
        assertThat(colleague.text("id")).isNotEqualTo(first.text("id"));
        assertThat(ticketsAsking(question)).isEqualTo(2);
    }

    @Test
    void parallelRepeatsWithOneKeyOpenOneTicketAndEveryCallerGetsItsTrackingCode() {
        String question = uniqueQuestion();
        var body = map("text", question, "email", uniqueEmail());
        String k = newKey();
        Parallel<Api.Response> posts;
        try (WritesHeld held = WritesHeld.on(dataSource, "ticket")) {
            posts = Parallel.start(5, i -> ask(body, k));
            // all five are in: none could write its ticket yet (the worst interleaving for check-then-insert)
            held.untilBlocked(5);
        }
        List<Api.Response> answers = posts.results();

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(answers.stream().map(r -> r.text("ticketId")).distinct()).hasSize(1);
        assertThat(answers.stream().map(r -> r.text("trackingCode")).distinct()).hasSize(1);
        assertThat(answers.stream().map(r -> r.header(REPLAYED)))
                .containsExactlyInAnyOrder("false", "true", "true", "true", "true");
        assertThat(ticketsAsking(question)).isEqualTo(1);
    }

    @Test
    void onlyAKeyedHashOfTheRequestIsStoredNeverItsText() {
        String question = uniqueQuestion();
        String email = uniqueEmail();
        String k = newKey();
        ask(map("text", question, "name", "Олена Коваль", "email", email, "phone", "+380 67 123 45 67"), k);

        String stored = jdbc.sql("select row_to_json(r)::text from idempotent_request r where idempotency_key = :k")
                .param("k", k)
                .query(String.class)
                .single();

        assertThat(stored)
                .doesNotContain("huurtoeslag")
                .doesNotContain(question.substring(question.length() - 36))
                .doesNotContain(email)
                .doesNotContain("Олена")
                .doesNotContain("123 45 67")
                .doesNotContain("1234567");
    }

    @Test
    void aKeyOlderThanTheRetentionIsForgottenAndTheCleanUpDeletesIt() {
        String question = uniqueQuestion();
        String k = newKey();
        var first = ask(map("text", question), k);
        jdbc.sql(
                        "update idempotent_request set created_at = created_at - interval '25 hours' where idempotency_key = :k")
                .param("k", k)
                .update();

        var later = ask(map("text", question), k);

        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header(REPLAYED)).isEqualTo("false");
        assertThat(later.text("ticketId")).isNotEqualTo(first.text("ticketId"));
        assertThat(ticketsAsking(question)).isEqualTo(2);
        assertThat(ask(map("text", question), k).text("ticketId")).isEqualTo(later.text("ticketId"));

        String expired = newKey();
        ask(map("text", uniqueQuestion()), expired);
        jdbc.sql(
                        "update idempotent_request set created_at = created_at - interval '25 hours' where idempotency_key = :k")
                .param("k", expired)
                .update();

        idempotentRequests.deleteExpired();

        assertThat(keysStored(expired)).isZero();
        assertThat(keysStored(k)).isEqualTo(1);
    }

    @Test
    void erasingThePersonForgetsTheirKeysSoARetryIsANewQuestion() {
        String question = uniqueQuestion();
        String k = newKey();
        var body = map("text", question, "email", uniqueEmail());
        var first = ask(body, k);
        assertThat(keysStored(k)).isEqualTo(1);

        assertThat(api.delete("/api/helpdesk/people/" + first.text("ticketId"), Roles.admin())
                        .status())
                .isEqualTo(200);

        assertThat(keysStored(k)).isZero();
        var retry = ask(body, k);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header(REPLAYED)).isEqualTo("false");
        assertThat(retry.text("ticketId")).isNotEqualTo(first.text("ticketId"));
    }

    @Test
    void theOpenApiDocumentDescribesTheIdempotencyKeyAndTheTrackedLanguage() {
        JsonNode docs = api.get("/v3/api-docs", null).json();
        JsonNode paths = docs.get("paths");

        for (String path : List.of(PUBLIC, STAFF)) {
            JsonNode post = paths.get(path).get("post");
            assertThat(post.get("parameters")
                            .valueStream()
                            .map(p -> p.get("name").asString()))
                    .as(path)
                    .contains("Idempotency-Key");
            assertThat(post.get("description").asString()).as(path).contains("Idempotent-Replayed");
            assertThat(post.get("responses").has("409")).as(path).isTrue();
            assertThat(post.get("responses").get("201").has("headers")).as(path).isTrue();
        }
        assertThat(paths.at("/~1api~1public~1questions~1{trackingCode}/get/responses/200/content")
                        .toString())
                .contains("#/components/schemas/TrackedQuestion");
        // the tracking view, not the request record of the same name
        JsonNode tracking = docs.at("/components/schemas/TrackedQuestion/properties/language/description");
        assertThat(tracking.asString()).contains("null when it is undetermined");
    }
}
