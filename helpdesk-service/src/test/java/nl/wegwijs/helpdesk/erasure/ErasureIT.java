package nl.wegwijs.helpdesk.erasure;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.PausedOutboxRelay;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIT
class ErasureIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void erasureRemovesContactDataAndTextKeepsStatisticsAndTellsOtherServices() {
        var created = api.post(
                "/api/public/questions",
                Roles.publicCaller(),
                map(
                        "text",
                        "Мене звати Ірина Бондар, де отримати BSN?",
                        "name",
                        "Ірина Бондар",
                        "email",
                        "iryna.bondar@example.org",
                        "phone",
                        "+31 6 12345678"));
        String id = created.text("ticketId");
        api.post(
                "/api/helpdesk/tickets/" + id + "/answer",
                Roles.agent(),
                map("text", "Ірино, зверніться до гемеенте.", "language", "uk", "topic", "municipal-registration-bsn"));
        api.post("/api/helpdesk/tickets/" + id + "/notes", Roles.agent(), map("text", "Ірина called back"));

        var erased = api.delete("/api/helpdesk/people/" + id, Roles.admin());

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.text("ticketId")).isEqualTo(id);
        var ticket = api.get("/api/helpdesk/tickets/" + id, Roles.admin());
        assertThat(ticket.json().get("erased").asBoolean()).isTrue();
        assertThat(ticket.json().get("question").isNull()).isTrue();
        assertThat(ticket.json().get("answer").isNull()).isTrue();
        assertThat(ticket.json().has("contact")).isFalse();
        assertThat(ticket.body()).doesNotContain("Ірин", "Бондар", "iryna", "12345678");
        assertThat(ticket.text("language")).isEqualTo("uk");
        assertThat(ticket.text("topic")).isEqualTo("municipal-registration-bsn");
        assertThat(ticket.json().get("secondsToFirstAnswer").isNumber()).isTrue();
        assertThat(ticket.body()).contains("PERSON_ERASED");
        var contact = api.get("/api/helpdesk/tickets/" + id + "/contact", Roles.agent());
        assertThat(contact.body()).doesNotContain("Ірина", "iryna");
        var tracked = api.get("/api/public/questions/" + created.text("trackingCode"), Roles.publicCaller());
        assertThat(tracked.json().has("answer")).isFalse();

        var event = TopicProbe.await(
                "helpdesk.person.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.PersonErased".equals(r.header("ce_type")));
        EventSchemas.assertConforms(event);

        var again = api.delete("/api/helpdesk/people/" + id, Roles.admin());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("erasedAt")).isEqualTo(erased.text("erasedAt"));
        assertThat(api.post("/api/helpdesk/tickets/" + id + "/reopen", Roles.agent(), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/helpdesk/tickets/" + id + "/answer",
                                Roles.agent(),
                                map("text", "x", "language", "uk"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void onlyAdminsEraseAndUnknownTicketsAre404() {
        String id = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Hello, a question"))
                .text("ticketId");

        assertThat(api.delete("/api/helpdesk/people/" + id, Roles.superlocal()).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/helpdesk/people/" + id, Roles.agent()).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/helpdesk/people/" + id, null).status()).isEqualTo(401);
        assertThat(api.delete("/api/helpdesk/people/" + UUID.randomUUID(), Roles.admin())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/helpdesk/people/not-a-uuid", Roles.admin()).status())
                .isEqualTo(400);
    }

    record OutboxRow(String type, boolean published, String payload) {}

    List<OutboxRow> outboxOf(String ticketId) {
        return jdbc.sql(
                        "select event_type, published_at is not null as published, payload from outbox_event where aggregate_id = :id order by seq")
                .param("id", ticketId)
                .query((rs, n) ->
                        new OutboxRow(rs.getString("event_type"), rs.getBoolean("published"), rs.getString("payload")))
                .list();
    }

    @Test
    void erasureDeletesTheTicketsPublishedEventsFromTheOutboxAndStillSendsThoseNotYetPublished() {
        String id = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", "Мене звати Ірина Бондар, коли прийде leefgeld?", "name", "Ірина Бондар"))
                .text("ticketId");
        api.post(
                "/api/helpdesk/tickets/" + id + "/answer",
                Roles.agent(),
                map("text", "Ірино, leefgeld приходить щомісяця.", "language", "uk"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> outboxOf(id),
                        rows -> rows.size() == 2 && rows.stream().allMatch(OutboxRow::published));
        assertThat(outboxOf(id))
                .extracting(OutboxRow::type)
                .containsExactly("nl.wegwijs.helpdesk.TicketOpened", "nl.wegwijs.helpdesk.TicketAnswered");

        try (var paused = PausedOutboxRelay.pause(dataSource)) {
            api.post("/api/helpdesk/tickets/" + id + "/reopen", Roles.agent(), null);
            assertThat(api.delete("/api/helpdesk/people/" + id, Roles.admin()).status())
                    .isEqualTo(200);

            List<OutboxRow> left = outboxOf(id);
            assertThat(left)
                    .as("published events are gone; the reopening and the erasure itself still wait to go out")
                    .extracting(OutboxRow::type, OutboxRow::published)
                    .containsExactly(
                            tuple("nl.wegwijs.helpdesk.TicketReopened", false),
                            tuple("nl.wegwijs.helpdesk.PersonErased", false));
            assertThat(left)
                    .extracting(OutboxRow::payload)
                    .allSatisfy(payload -> assertThat(payload).doesNotContain("leefgeld", "щомісяця"));
        }

        TopicProbe.await(
                "helpdesk.ticket.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketReopened".equals(r.header("ce_type")));
        TopicProbe.await(
                "helpdesk.person.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.PersonErased".equals(r.header("ce_type")));
        assertThat(Awaitility.await()
                        .atMost(Duration.ofSeconds(30))
                        .until(
                                () -> outboxOf(id),
                                rows -> rows.stream().allMatch(OutboxRow::published)
                                        && rows.stream()
                                                .noneMatch(row -> row.type().endsWith("TicketReopened"))))
                .as("once sent, the erased ticket's events leave the outbox; PersonErased stays for the retention")
                .extracting(OutboxRow::type)
                .containsExactly("nl.wegwijs.helpdesk.PersonErased");
    }

    @Test
    void anEventTheRelayIsSendingWhileThePersonIsErasedLeavesTheOutboxOnceItIsMarkedSent() throws SQLException {
        String id = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", "Мене звати Ірина Бондар, коли прийде leefgeld?", "name", "Ірина Бондар"))
                .text("ticketId");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> outboxOf(id),
                        rows -> rows.size() == 1 && rows.getFirst().published());
        RowBeingSent answerBeingSent;
        try (var paused = PausedOutboxRelay.pause(dataSource)) {
            api.post(
                    "/api/helpdesk/tickets/" + id + "/answer",
                    Roles.agent(),
                    map("text", "Ірино, leefgeld приходить щомісяця.", "language", "uk"));
            answerBeingSent = RowBeingSent.hold(dataSource, id, "nl.wegwijs.helpdesk.TicketAnswered");
        }

        try (answerBeingSent) {
            TopicProbe.await(
                    "helpdesk.ticket.v1",
                    r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketAnswered".equals(r.header("ce_type")));
            assertThat(api.delete("/api/helpdesk/people/" + id, Roles.admin()).status())
                    .isEqualTo(200);
            assertThat(outboxOf(id))
                    .as("the answer is on Kafka, but the relay has not marked it sent when the erasure looks")
                    .extracting(OutboxRow::type, OutboxRow::published)
                    .containsExactly(
                            tuple("nl.wegwijs.helpdesk.TicketAnswered", false),
                            tuple("nl.wegwijs.helpdesk.PersonErased", false));
        }

        assertThat(Awaitility.await()
                        .atMost(Duration.ofSeconds(30))
                        .until(
                                () -> outboxOf(id),
                                rows -> rows.stream().allMatch(OutboxRow::published)
                                        && rows.stream()
                                                .noneMatch(row -> row.type().endsWith("TicketAnswered"))))
                .as("marked sent after the erasure, the answer still leaves the outbox instead of staying for 7 days")
                .extracting(OutboxRow::type)
                .containsExactly("nl.wegwijs.helpdesk.PersonErased");
        TopicProbe.await(
                "helpdesk.person.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.PersonErased".equals(r.header("ce_type")));
    }

    @Test
    void aCaseLabelLosesAnErasedPersonsNamesAndBecomesNeutralOnceEveryoneInTheCaseIsErased() {
        String caseId = api.post(
                        "/api/helpdesk/cases",
                        Roles.agent(),
                        map("label", "Koval household: Olena and Dmytro, 06-12345678", "householdSize", 2))
                .text("id");
        String olena = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", "Як отримати BSN?", "name", "Olena Koval", "email", "olena.koval@example.org"))
                .text("ticketId");
        String dmytro = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", "Де шукати роботу?", "name", "Dmytro Koval"))
                .text("ticketId");
        String theCase = "/api/helpdesk/cases/" + caseId;
        api.post(theCase + "/tickets", Roles.agent(), map("ticketId", olena));
        api.post(theCase + "/tickets", Roles.agent(), map("ticketId", dmytro));
        api.put(
                theCase + "/milestones/BSN",
                Roles.agent(),
                map("reachedOn", java.time.LocalDate.now().toString()));

        api.delete("/api/helpdesk/people/" + olena, Roles.admin());

        var whileDmytroIsFollowed = api.get(theCase, Roles.agent());
        assertThat(whileDmytroIsFollowed.text("label"))
                .as("the erased person's names and contact data go; the rest still serves the household")
                .contains("Dmytro", "household", "[name]")
                .doesNotContain("Olena", "Koval", "12345678");
        assertThat(api.get("/api/helpdesk/cases?size=100", Roles.agent()).body())
                .contains(caseId)
                .doesNotContain("Koval household");

        api.delete("/api/helpdesk/people/" + dmytro, Roles.admin());

        var afterBoth = api.get(theCase, Roles.agent());
        assertThat(afterBoth.text("label")).isEqualTo("[erased]");
        assertThat(afterBoth.json().get("tickets").size())
                .as("anonymous facts stay")
                .isEqualTo(2);
        assertThat(afterBoth.json().get("milestones").get(0).get("milestone").asString())
                .isEqualTo("BSN");
    }

    @Test
    void aCaseLabelAlsoLosesTheNamesAnErasedPersonIntroducedInTheirQuestion() {
        String caseId = api.post(
                        "/api/helpdesk/cases",
                        Roles.agent(),
                        map("label", "Родина Іваненко: Марія і Петро", "householdSize", 2))
                .text("id");
        String maria = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", "Мене звати Марія Іваненко, як отримати BSN?"))
                .text("ticketId");
        String petro = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Де шукати роботу?"))
                .text("ticketId");
        String theCase = "/api/helpdesk/cases/" + caseId;
        api.post(theCase + "/tickets", Roles.agent(), map("ticketId", maria));
        api.post(theCase + "/tickets", Roles.agent(), map("ticketId", petro));

        api.delete("/api/helpdesk/people/" + maria, Roles.admin());

        assertThat(api.get(theCase, Roles.agent()).text("label"))
                .as("no contact name was given: the name from the question goes")
                .isEqualTo("Родина [name]: [name] і Петро");
    }

    /**
     * Keeps one of a ticket's outbox rows locked: a relay that has just sent that event waits, before
     * its transaction can mark it sent, until this is closed. The moment of sending, held open.
     */
    static final class RowBeingSent implements AutoCloseable {

        private final Connection connection;

        private RowBeingSent(Connection connection) {
            this.connection = connection;
        }

        static RowBeingSent hold(DataSource dataSource, String ticketId, String type) throws SQLException {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement(
                    "select seq from outbox_event where aggregate_id = ? and event_type = ? for update")) {
                lock.setString(1, ticketId);
                lock.setString(2, type);
                try (var row = lock.executeQuery()) {
                    assertThat(row.next())
                            .as("an outbox row %s of %s", type, ticketId)
                            .isTrue();
                }
            }
            return new RowBeingSent(connection);
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                connection.rollback();
            }
        }
    }
}
