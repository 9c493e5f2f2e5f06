package nl.wegwijs.helpdesk.tickets;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.platform.analytics.Pseudonyms;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tickets with the same e-mail address or phone number are one person: for analytics and for erasure. */
@ServiceIT
class PeopleIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudonyms pseudonyms;

    @Autowired
    PersonBackfill backfill;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** An address no other test uses, so no other test's tickets join these people. */
    static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Eight digits after 06, not used by other tests. */
    static String uniqueMobileDigits() {
        return "4" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    }

    String ask(Object... fields) {
        var created = api.post("/api/public/questions", Roles.publicCaller(), map(fields));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("ticketId");
    }

    String log(Object... fields) {
        var created = api.post("/api/helpdesk/tickets", Roles.agent(), map(fields));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    UUID personOf(String ticketId) {
        return jdbc.sql("select person_id from ticket where id = :id")
                .param("id", UUID.fromString(ticketId))
                .query(UUID.class)
                .single();
    }

    static List<TopicProbe.Seen> analytics(String type, String person) {
        return TopicProbe.all("analytics.helpdesk.v1").stream()
                .filter(r -> person.equals(r.key()))
                .filter(r -> ("nl.wegwijs.analytics.helpdesk." + type).equals(r.header("ce_type")))
                .toList();
    }

    @Test
    void twoQuestionsFromOneEmailAddressInAnotherCaseShareOneAnalyticsPseudonymAndAnotherAddressDoesNot() {
        String email = uniqueEmail("olha.melnyk");
        String first = ask("text", "Як отримати BSN?", "email", email);
        String second = ask("text", "Коли прийде leefgeld?", "email", email.toUpperCase());
        String other = ask("text", "Як записати дитину до школи?", "email", uniqueEmail("olha.melnyk"));

        assertThat(personOf(second)).isEqualTo(personOf(first));
        assertThat(personOf(other)).isNotEqualTo(personOf(first));
        String person = pseudonyms.of(personOf(first));
        String otherPerson = pseudonyms.of(personOf(other));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(analytics("TicketOpened", person))
                        .as("both questions under one pseudonym")
                        .hasSize(2));
        EventSchemas.assertConforms(analytics("TicketOpened", person).getFirst());
        assertThat(analytics("TicketOpened", person).getFirst().value())
                .doesNotContain(first, second, personOf(first).toString(), "olha");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(analytics("TicketOpened", otherPerson)).hasSize(1));
    }

    @Test
    void aPhoneNumberWrittenTheDutchOrTheInternationalWayIsOnePerson() {
        String digits = uniqueMobileDigits();
        String national =
                log("text", "Wanneer wordt het leefgeld betaald?", "channel", "PHONE", "phone", "06-" + digits);
        String international = ask(
                "text", "Where do I register?", "phone", "+31 6 " + digits.substring(0, 4) + " " + digits.substring(4));
        String withZero = ask("text", "And health insurance?", "phone", "0031 (0)6 " + digits);

        assertThat(personOf(international)).isEqualTo(personOf(national));
        assertThat(personOf(withZero)).isEqualTo(personOf(national));
    }

    @Test
    void aKyivstarNumberWrittenNationallyIsOnePersonWithItsInternationalFormAlsoForTicketsKeyedBefore() {
        String digits = "9" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
        // keyed before 067 counted as Ukrainian: as the Dutch +31 6 7…
        String earlier = legacyTicket(30, null, "067 " + digits);
        jdbc.sql("update ticket set phone_key = :key where id = :id")
                .param("key", pseudonyms.of("contact-phone:3167" + digits))
                .param("id", UUID.fromString(earlier))
                .update();

        backfill.run(null);
        String international = ask("text", "Як знайти житло?", "phone", "+380 67 " + digits);
        String national = log("text", "Вопрос по телефону", "channel", "PHONE", "phone", "(067) " + digits);

        assertThat(personOf(international)).isEqualTo(UUID.fromString(earlier));
        assertThat(personOf(national)).isEqualTo(UUID.fromString(earlier));
        assertThat(personOf(log("text", "Vraag", "channel", "PHONE", "phone", "+31 6 7" + digits)))
                .as("the Dutch number with the same digits is someone else")
                .isNotEqualTo(UUID.fromString(earlier));
    }

    @Test
    void erasingThroughOneTicketErasesEveryTicketOfThatPersonAndTellsOtherServicesForEach() {
        String email = uniqueEmail("taras.shevchuk");
        String digits = uniqueMobileDigits();
        String byEmailAndPhone = ask(
                "text", "Мене звати Тарас, як отримати BSN?", "name", "Тарас", "email", email, "phone", "06" + digits);
        String byEmail = ask("text", "Де шукати житло?", "email", email.toUpperCase());
        String byPhone = log("text", "Belt over zorgverzekering", "channel", "WALK_IN", "phone", "+316" + digits);
        String someoneElse = ask("text", "Де шукати роботу?", "email", uniqueEmail("taras.shevchuk"));

        var erased = api.delete("/api/helpdesk/people/" + byEmail, Roles.admin());

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.text("ticketId")).isEqualTo(byEmail);
        assertThat(erased.text("erasedAt")).isNotBlank();
        assertThat(erased.json().get("tickets").asInt()).isEqualTo(3);
        for (String id : List.of(byEmailAndPhone, byEmail, byPhone)) {
            var ticket = api.get("/api/helpdesk/tickets/" + id, Roles.admin());
            assertThat(ticket.json().get("erased").asBoolean()).as(id).isTrue();
            assertThat(ticket.json().get("question").isNull()).isTrue();
            assertThat(ticket.json().has("contact")).isFalse();
            assertThat(ticket.body()).doesNotContain("Тарас", "taras", digits);
            var event = TopicProbe.await(
                    "helpdesk.person.v1",
                    r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.PersonErased".equals(r.header("ce_type")));
            EventSchemas.assertConforms(event);
        }
        assertThat(jdbc.sql(
                                "select count(*) from ticket where person_id = :p and (email_key is not null or phone_key is not null)")
                        .param("p", personOf(byEmail))
                        .query(Long.class)
                        .single())
                .as("no keyed contact stays behind")
                .isZero();
        assertThat(api.get("/api/helpdesk/tickets/" + someoneElse, Roles.admin())
                        .json()
                        .get("erased")
                        .asBoolean())
                .isFalse();

        var again = api.delete("/api/helpdesk/people/" + byPhone, Roles.admin());
        assertThat(again.json().get("tickets").asInt()).isZero();
        assertThat(again.text("erasedAt")).isEqualTo(erased.text("erasedAt"));
        String askingAgain = ask("text", "Я знову тут", "email", email);
        assertThat(personOf(askingAgain))
                .as("an erased person is not found again")
                .isNotEqualTo(personOf(byEmail));
    }

    @Test
    void aTicketWithoutEmailOrPhoneIsAPersonOfItsOwn() {
        String one = ask("text", "Як отримати BSN?", "name", "Оксана");
        String two = ask("text", "Як отримати BSN?", "name", "Оксана");
        String staffLogged = log("text", "Vraag aan de balie", "channel", "WALK_IN");

        assertThat(personOf(one)).isEqualTo(UUID.fromString(one));
        assertThat(personOf(two)).isEqualTo(UUID.fromString(two));
        assertThat(personOf(staffLogged)).isEqualTo(UUID.fromString(staffLogged));

        var erased = api.delete("/api/helpdesk/people/" + one, Roles.admin());
        assertThat(erased.json().get("tickets").asInt()).isEqualTo(1);
        assertThat(api.get("/api/helpdesk/tickets/" + two, Roles.admin())
                        .json()
                        .get("erased")
                        .asBoolean())
                .isFalse();
    }

    /** A ticket as stored before migration V4: a person of its own, its contact not keyed. */
    String legacyTicket(int minutesAgo, String email, String phone) {
        UUID id = UUID.randomUUID();
        var at = java.time.OffsetDateTime.now().minusMinutes(minutesAgo);
        jdbc.sql("""
                        insert into ticket (id, tracking_code, question, language, channel, status, created_by,
                            created_at, updated_at, person_id)
                        values (:id, :code, 'Vraag', 'nl', 'WEB', 'OPEN', 'public', :at, :at, :id)
                        """)
                .param("id", id)
                .param("code", "L" + id.toString().substring(0, 8).toUpperCase())
                .param("at", at)
                .update();
        jdbc.sql("insert into ticket_contact (ticket_id, email, phone) values (:id, :email, :phone)")
                .param("id", id)
                .param("email", email)
                .param("phone", phone)
                .update();
        return id.toString();
    }

    @Test
    void ticketsFromBeforePeopleAreGroupedByTheirStoredContactOnce() {
        String email = uniqueEmail("iryna.legacy");
        String digits = uniqueMobileDigits();
        String oldest = legacyTicket(30, email, null);
        String sameEmail = legacyTicket(20, email.toUpperCase(), "06 " + digits);
        String samePhone = legacyTicket(10, null, "+31 6 " + digits);
        String alone = legacyTicket(5, uniqueEmail("iryna.legacy"), null);

        backfill.run(null);
        backfill.run(null);

        assertThat(personOf(sameEmail)).isEqualTo(UUID.fromString(oldest));
        assertThat(personOf(samePhone)).isEqualTo(UUID.fromString(oldest));
        assertThat(personOf(alone)).isEqualTo(UUID.fromString(alone));
        assertThat(personOf(ask("text", "Nog een vraag", "email", email))).isEqualTo(UUID.fromString(oldest));
    }
}
