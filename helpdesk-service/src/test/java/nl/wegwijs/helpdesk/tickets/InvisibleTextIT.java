package nl.wegwijs.helpdesk.tickets;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A text of only invisible characters (zero-width spaces U+200B, the right-to-left mark U+200F, the right-to-left
 * override U+202E, alone or with ordinary spaces) says nothing: it is blank, a 400 naming the field, like an empty
 * one. No ticket without a visible question, no ticket ANSWERED without a visible answer. The rule lives in the
 * platform (text that is only invisible counts as blank everywhere); these pin what it means for the helpdesk.
 */
@ServiceIT
class InvisibleTextIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static void assertBlank(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("text");
        assertThat(error.get("message").asString()).isEqualTo("must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200B\u200B\u200B", "\u202E", "\u200F\u200F", " \u200B \u200F\u202E\t"})
    void aPublicQuestionOfOnlyInvisibleCharactersIsBlank(String text) {
        String name = "Invisible " + UUID.randomUUID();

        var response = api.post("/api/public/questions", Roles.publicCaller(), map("text", text, "name", name));

        assertBlank(response);
        assertThat(jdbc.sql("select count(*) from ticket_contact where name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single())
                .as("no ticket was opened")
                .isZero();
    }

    @Test
    void anAnswerOfOnlyZeroWidthSpacesIsBlankAndTheTicketStaysOpen() {
        var created = api.post(
                "/api/helpdesk/tickets",
                Roles.agent(),
                map("text", "Hoe vraag ik zorgtoeslag aan?", "channel", "PHONE"));
        assertThat(created.status()).isEqualTo(201);
        String ticket = "/api/helpdesk/tickets/" + created.text("id");

        var answered = api.post(ticket + "/answer", Roles.agent(), map("text", "\u200B\u200B", "language", "nl"));

        assertBlank(answered);
        var after = api.get(ticket, Roles.agent());
        assertThat(after.text("status")).isEqualTo("OPEN");
        assertThat(after.text("answer")).isNull();
    }

    @Test
    void visibleTextWithAZeroWidthSpaceInItIsStillAQuestion() {
        var response = api.post(
                "/api/public/questions", Roles.publicCaller(), map("text", "Waar\u200B vind ik een huisarts?"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
