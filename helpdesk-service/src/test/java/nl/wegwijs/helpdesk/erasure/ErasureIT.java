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
    void erasureDeletesTheTicketsPublishedEventsFromTheOutboxAndStillSendsThoseNotYetPublished() throws Exception {
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

        try (RelayPaused paused = new RelayPaused(dataSource)) {
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

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> outboxOf(id),
                        rows -> rows.size() == 2 && rows.stream().allMatch(OutboxRow::published));
        TopicProbe.await(
                "helpdesk.ticket.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketReopened".equals(r.header("ce_type")));
        TopicProbe.await(
                "helpdesk.person.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.PersonErased".equals(r.header("ce_type")));
    }

    /**
     * Holds the outbox relay's lock, as another instance of the service would while it relays: this
     * instance's relay publishes nothing until it is released. The lock key is the platform relay's.
     */
    static final class RelayPaused implements AutoCloseable {

        private final Connection connection;

        RelayPaused(DataSource dataSource) throws SQLException, ReflectiveOperationException {
            var field = nl.wegwijs.platform.outbox.OutboxRelay.class.getDeclaredField("ADVISORY_LOCK_KEY");
            field.setAccessible(true);
            long key = field.getLong(null);
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, key);
                lock.execute();
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
                connection.setAutoCommit(true);
            } finally {
                connection.close();
            }
        }
    }
}
