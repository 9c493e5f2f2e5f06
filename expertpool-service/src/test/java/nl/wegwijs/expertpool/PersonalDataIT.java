package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wegwijs.expertpool.migrations.V6__RedactStoredFreeText;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Personal data in what coordinators type: contact data never stored, the names of an erased expert taken out of
 * every text the service keeps, nothing of either in events.
 */
@ServiceIT
class PersonalDataIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    private UUID expert(String name, String theme) {
        return TestData.expert(api, name, theme, "uk", true, true);
    }

    private UUID pastSession(String theme, String title, String location) {
        Map<String, Object> body =
                new HashMap<>(TestData.session(theme, OffsetDateTime.now().minusDays(20), 10));
        body.put("title", title);
        body.put("location", location);
        var created = api.post("/api/expertpool/sessions", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.id();
    }

    private Api.Response minutes(UUID session, String minutes) {
        var saved = api.put("/api/expertpool/sessions/" + session + "/minutes", Map.of("minutes", minutes));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        return saved;
    }

    private Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 201);
        return response;
    }

    private String minutesOf(UUID session) {
        return api.get("/api/expertpool/sessions/" + session).field("minutes");
    }

    @Test
    void minutesAreSavedWithoutContactDataAndTheErasedExpertsNamesLeaveThem() {
        String theme = TestData.theme();
        UUID olena = expert("Olena Bondarenko", theme);
        UUID session = pastSession(theme, "BIG-registratie", "Wijkcentrum De Pijler, Utrecht");

        var saved = minutes(session, "Olena Bondarenko (tel 0612345678) vertelde over BIG-registratie.");

        assertThat(saved.field("minutes"))
                .as("names stay for the coordinator, the phone number is not stored")
                .isEqualTo("Olena Bondarenko (tel [phone]) vertelde over BIG-registratie.");
        assertThat(jdbc.sql("select minutes from thematic_session where id = :id")
                        .param("id", session)
                        .query(String.class)
                        .single())
                .doesNotContain("0612345678");

        assertThat(api.delete("/api/expertpool/experts/" + olena).status()).isEqualTo(204);

        assertThat(minutesOf(session))
                .isEqualTo("[name] [name] (tel [phone]) vertelde over BIG-registratie.")
                .doesNotContain("Olena", "Bondarenko", "0612345678");
    }

    @Test
    void everyKindOfContactDataIsTakenOutOfEveryTextWhenSaved() {
        String theme = TestData.theme();
        UUID taras = expert("Taras Shevchuk", theme);
        UUID session = pastSession(theme, "Spreekuur, info via 06-12345678", "Wijkcentrum De Pijler, Utrecht");
        String contact =
                "mail taras@example.org, IBAN NL91ABNA0417164300, BSN 111222333, Kerkstraat 12, 3512 AB Utrecht";

        String savedMinutes = minutes(session, "Taras Shevchuk: " + contact).field("minutes");
        UUID point = ok(api.post(
                        "/api/expertpool/agenda-points",
                        Map.of("sessionId", session, "theme", theme, "text", "BIG-registratie duurt lang; " + contact)))
                .id();
        ok(api.post(
                "/api/expertpool/agenda-points/" + point + "/support",
                Map.of("expertId", taras, "quote", "Bel me op +31 6 12345678")));
        ok(api.post(
                "/api/expertpool/agenda-points/" + point + "/status",
                Map.of(
                        "status",
                        "ANSWERED",
                        "reference",
                        "2027Z00123, vragen van taras@example.org",
                        "note",
                        "Taras Shevchuk belde vanaf 0612345678",
                        "answerSummary",
                        "Antwoord gestuurd naar " + contact)));
        JsonNode stored = api.get("/api/expertpool/agenda-points/" + point).json();
        String title = api.get("/api/expertpool/sessions/" + session).field("title");

        for (String text : List.of(
                savedMinutes,
                title,
                stored.get("text").asString(),
                stored.get("reference").asString(),
                stored.get("answerSummary").asString(),
                stored.get("supporters").toString(),
                stored.get("history").toString())) {
            assertThat(text)
                    .doesNotContain(
                            "taras@example.org",
                            "NL91ABNA0417164300",
                            "111222333",
                            "Kerkstraat 12",
                            "3512 AB",
                            "12345678");
        }
        assertThat(savedMinutes).startsWith("Taras Shevchuk: ").contains("[e-mail]", "[IBAN]", "[BSN]", "[address]");
        assertThat(title).isEqualTo("Spreekuur, info via [phone]");
        assertThat(stored.get("reference").asString()).isEqualTo("2027Z00123, vragen van [e-mail]");
        assertThat(stored.get("history").toString()).contains("Taras Shevchuk belde vanaf [phone]");
        assertThat(stored.get("supporters").get(0).get("quote").asString()).isEqualTo("Bel me op [phone]");

        // what leaves the service: the domain events carry the stored texts, analytics none at all
        TopicProbe.Seen scheduled = TopicProbe.await(
                "expertpool.session.v1",
                s -> session.toString().equals(s.key())
                        && "nl.wegwijs.expertpool.SessionScheduled".equals(s.header("ce_type")));
        assertThat(scheduled.value()).contains("Spreekuur, info via [phone]").doesNotContain("12345678");
        TopicProbe.await(
                "expertpool.agenda.v1",
                s -> point.toString().equals(s.key()) && s.value().contains("2027Z00123, vragen van [e-mail]"));
        TopicProbe.await(
                "analytics.expertpool.v1",
                s -> point.toString().equals(s.key())
                        && "nl.wegwijs.analytics.expertpool.AgendaPointStatusChanged".equals(s.header("ce_type")));
        assertThat(TopicProbe.all("analytics.expertpool.v1").stream()
                        .filter(s -> session.toString().equals(s.key())
                                || point.toString().equals(s.key())))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.value())
                        .doesNotContain(
                                "Taras", "Shevchuk", "Spreekuur", "BIG-registratie", "[phone]", "[e-mail]", "2027Z"));
    }

    @Test
    void erasingAnExpertTakesTheirNamesOutOfEverySessionAndAgendaPointButNotOthersNames() {
        String theme = TestData.theme();
        UUID olena = expert("Olena Bondarenko", theme);
        UUID taras = expert("Taras Shevchuk", theme);
        UUID theirs = pastSession(
                theme, "Olena Bondarenko over BIG-registratie", "bij Olena Bondarenko thuis, Kerkstraat 12, Utrecht");
        UUID other = pastSession(theme, "Diploma's erkennen", "Wijkcentrum De Pijler, Stationsplein 12, Utrecht");
        ok(api.post("/api/expertpool/sessions/" + theirs + "/attendance", TestData.ids(olena, taras)));
        minutes(theirs, "Olena Bondarenko en Taras Shevchuk vertelden over BIG-registratie. Olena wacht al een jaar.");
        // a session she did not attend, her name in Cyrillic and inflected
        minutes(other, "Taras Shevchuk noemde het voorbeeld van Олени Бондаренко.");

        UUID point = ok(api.post(
                        "/api/expertpool/agenda-points",
                        Map.of(
                                "sessionId",
                                theirs,
                                "theme",
                                theme,
                                "raisedBy",
                                taras,
                                "text",
                                "Olena Bondarenko wacht een jaar op BIG-registratie.")))
                .id();
        ok(api.post(
                "/api/expertpool/agenda-points/" + point + "/support",
                Map.of("expertId", olena, "quote", "Ik kan niet als arts werken.")));
        ok(api.post(
                "/api/expertpool/agenda-points/" + point + "/status",
                Map.of(
                        "status",
                        "PRESENTED",
                        "visitDate",
                        TestData.today().toString(),
                        "visitors",
                        List.of(olena, taras),
                        "note",
                        "Olena en Taras spraken met de commissie")));
        ok(api.post(
                "/api/expertpool/agenda-points/" + point + "/status",
                Map.of(
                        "status",
                        "ANSWERED",
                        "reference",
                        "2027Z00123 (casus Bondarenko)",
                        "answerSummary",
                        "De minister noemt de casus van mevrouw Bondarenko.")));
        var before = api.get("/api/expertpool/agenda-points/" + point);
        assertThat(before.text()).contains("Olena Bondarenko wacht", "Olena en Taras", "casus Bondarenko");

        assertThat(api.delete("/api/expertpool/experts/" + olena).status()).isEqualTo(204);

        JsonNode theirSession = api.get("/api/expertpool/sessions/" + theirs).json();
        assertThat(theirSession.get("minutes").asString())
                .isEqualTo("[name] [name] en Taras Shevchuk vertelden over BIG-registratie. [name] wacht al een jaar.");
        assertThat(theirSession.get("title").asString()).isEqualTo("[name] [name] over BIG-registratie");
        assertThat(theirSession.get("location").asString())
                .as("a place that named her was her home: its address goes with her name")
                .doesNotContain("Olena", "Bondarenko", "Kerkstraat 12")
                .contains("[name]");
        JsonNode otherSession = api.get("/api/expertpool/sessions/" + other).json();
        assertThat(otherSession.get("minutes").asString())
                .isEqualTo("Taras Shevchuk noemde het voorbeeld van [name] [name].");
        assertThat(otherSession.get("location").asString())
                .as("a venue that names nobody stays as typed")
                .isEqualTo("Wijkcentrum De Pijler, Stationsplein 12, Utrecht");

        var after = api.get("/api/expertpool/agenda-points/" + point);
        assertThat(after.text()).doesNotContain("Olena", "Bondarenko", "Олен", "Ik kan niet als arts werken");
        assertThat(after.field("text")).isEqualTo("[name] [name] wacht een jaar op BIG-registratie.");
        assertThat(after.field("reference")).isEqualTo("2027Z00123 (casus [name])");
        assertThat(after.field("answerSummary")).isEqualTo("De minister noemt de casus van mevrouw [name].");
        assertThat(after.json().get("history").toString()).contains("[name] en Taras spraken met de commissie");
        assertThat(after.json().get("supporterCount").asInt()).isEqualTo(2);

        var brief = api.get("/api/expertpool/briefs?agendaPointIds=" + point);
        assertThat(brief.status()).isEqualTo(200);
        assertThat(brief.text()).doesNotContain("Olena", "Bondarenko", "Taras", "Shevchuk");
    }

    private UUID point(UUID session, String theme, UUID raisedBy, String text) {
        return ok(api.post(
                        "/api/expertpool/agenda-points",
                        Map.of("sessionId", session, "theme", theme, "raisedBy", raisedBy, "text", text)))
                .id();
    }

    @Test
    void erasingAnExpertTakesTheirFullNameAndSurnameOutEverywhereAndTheirLoneFirstNameOnlyOutOfTheirOwnSessions() {
        String theme = TestData.theme();
        UUID erased = expert("Olena Kovalenko", theme);
        UUID namesake = expert("Olena Shevchenko", theme);
        UUID taras = expert("Taras Shevchuk", theme);
        UUID hers = pastSession(theme, "Opvang, met Olena", "https://meet.example.org/wegwijs");
        UUID theOtherOlenas = pastSession(theme, "Huurtoeslag, met Olena", "https://meet.example.org/wegwijs");
        UUID shared = pastSession(theme, "Werk zoeken", "https://meet.example.org/wegwijs");
        ok(api.post("/api/expertpool/sessions/" + hers + "/attendance", TestData.ids(erased, taras)));
        ok(api.post("/api/expertpool/sessions/" + theOtherOlenas + "/attendance", TestData.ids(namesake, taras)));
        ok(api.post("/api/expertpool/sessions/" + shared + "/attendance", TestData.ids(erased, namesake)));
        minutes(hers, "Olena Kovalenko vertelde over de opvang. Olena wacht al een jaar; Олена просила допомоги.");
        minutes(
                theOtherOlenas,
                "Olena Shevchenko vertelde over huurtoeslag. Olena wacht op een woning. Mevrouw Kovalenko werd"
                        + " genoemd, Олену Коваленко теж; пані Коваленко дзвонила.");
        minutes(shared, "Olena Shevchenko en Olena Kovalenko waren er. Olena vroeg naar werk.");
        // the same words in a point of her session and in one of the other Olena's: only whose they are differs
        UUID herPoint = point(hers, theme, taras, "Olena heeft geen huurcontract; Kovalenko ook niet.");
        UUID theOtherOlenasPoint = point(theOtherOlenas, theme, namesake, "Olena heeft geen huurcontract.");
        for (UUID point : List.of(herPoint, theOtherOlenasPoint)) {
            ok(api.post(
                    "/api/expertpool/agenda-points/" + point + "/status",
                    Map.of("status", "PRIORITISED", "note", "Olena sprak met de commissie")));
        }

        assertThat(api.delete("/api/expertpool/experts/" + erased).status()).isEqualTo(204);

        assertThat(minutesOf(theOtherOlenas))
                .as("the other Olena keeps her name in her session; the erased Olena's full name and surname go,"
                        + " in Cyrillic and inflected too")
                .isEqualTo("Olena Shevchenko vertelde over huurtoeslag. Olena wacht op een woning. Mevrouw [name] werd"
                        + " genoemd, [name] [name] теж; пані [name] дзвонила.");
        JsonNode theOtherOlenasSession =
                api.get("/api/expertpool/sessions/" + theOtherOlenas).json();
        assertThat(theOtherOlenasSession.get("title").asString()).isEqualTo("Huurtoeslag, met Olena");
        JsonNode herSession = api.get("/api/expertpool/sessions/" + hers).json();
        assertThat(herSession.get("minutes").asString())
                .as("her own session loses her first name on its own, in every script")
                .isEqualTo("[name] [name] vertelde over de opvang. [name] wacht al een jaar; [name] просила"
                        + " допомоги.");
        assertThat(herSession.get("title").asString()).isEqualTo("Opvang, met [name]");
        assertThat(minutesOf(shared))
                .as("where both Olenas were, a lone Olena may be either: it goes (privacy first); the other Olena's"
                        + " full name stays")
                .isEqualTo("Olena Shevchenko en [name] [name] waren er. [name] vroeg naar werk.");

        var herPointAfter = api.get("/api/expertpool/agenda-points/" + herPoint);
        assertThat(herPointAfter.field("text")).isEqualTo("[name] heeft geen huurcontract; [name] ook niet.");
        assertThat(herPointAfter.json().get("history").toString())
                .contains("[name] sprak met de commissie")
                .doesNotContain("Olena");
        var theOtherOlenasPointAfter = api.get("/api/expertpool/agenda-points/" + theOtherOlenasPoint);
        assertThat(theOtherOlenasPointAfter.field("text")).isEqualTo("Olena heeft geen huurcontract.");
        assertThat(theOtherOlenasPointAfter.json().get("history").toString()).contains("Olena sprak met de commissie");
        assertThat(api.get("/api/expertpool/briefs?agendaPointIds=" + herPoint).text())
                .doesNotContain("Olena", "Kovalenko");

        for (UUID session : List.of(hers, theOtherOlenas, shared)) {
            assertThat(api.get("/api/expertpool/sessions/" + session).text())
                    .doesNotContain("Kovalenko", "Коваленко", "Олен");
        }
        assertThat(api.get("/api/expertpool/experts/" + namesake).field("name")).isEqualTo("Olena Shevchenko");
    }

    @Test
    void erasingAnExpertTakesTheirNameOutInTheSpellingsOfOtherLanguagesToo() {
        // an audit's case word for word: after the erasure the point kept "Gryzenko", "Mychajlo Hryzenko"
        String theme = TestData.theme();
        UUID mykhailo = expert("Mykhailo Hrytsenko", theme);
        UUID taras = expert("Taras Shevchuk", theme);
        UUID session = pastSession(theme, "Werk en diploma's", "https://meet.example.org/wegwijs");
        ok(api.post("/api/expertpool/sessions/" + session + "/attendance", TestData.ids(mykhailo, taras)));
        UUID point = point(session, theme, mykhailo, "Diploma's worden niet erkend.");
        ok(api.post(
                "/api/expertpool/agenda-points/" + point + "/status",
                Map.of(
                        "status",
                        "ANSWERED",
                        "reference",
                        "2026Z21234 (vragen n.a.v. gesprek met Gryzenko)",
                        "answerSummary",
                        "De minister noemt de casus van Gritsenko in Zwolle en de wachttijden. Ook Mychajlo Hryzenko"
                                + " en Mykhailo Hrytsenko genoemd.")));
        assertThat(api.get("/api/expertpool/agenda-points/" + point).field("reference"))
                .as("the coordinator's copy keeps the name until the erasure")
                .contains("Gryzenko");

        assertThat(api.delete("/api/expertpool/experts/" + mykhailo).status()).isEqualTo(204);

        var after = api.get("/api/expertpool/agenda-points/" + point);
        assertThat(after.field("reference")).isEqualTo("2026Z21234 (vragen n.a.v. gesprek met [name])");
        assertThat(after.field("answerSummary"))
                .isEqualTo("De minister noemt de casus van [name] in Zwolle en de wachttijden. Ook [name] [name] en"
                        + " [name] [name] genoemd.");
        assertThat(after.json().get("history").toString())
                .contains("gesprek met [name]")
                .doesNotContain("Gryzenko", "Gritsenko", "Hryzenko", "Mychajlo", "Mykhailo", "Hrytsenko");
        assertThat(api.get("/api/expertpool/briefs.md?agendaPointIds=" + point).text())
                .doesNotContain("Gryzenko", "Gritsenko", "Hryzenko", "Mychajlo", "Mykhailo", "Hrytsenko");
    }

    @Test
    void aThemeTypedWithContactDataLeavesTheServiceInDomainEventsWithoutIt() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String theme = "huur " + letters + ", bel 0612345678 of olena.k@example.org";
        UUID expert = expert("Taras Shevchuk", theme);
        UUID session = pastSession(theme, "Huur", "https://meet.example.org/wegwijs");
        ok(api.post("/api/expertpool/sessions/" + session + "/attendance", TestData.ids(expert)));
        UUID point = point(session, theme, expert, "Huurcontracten");
        ok(api.post(
                "/api/expertpool/agenda-points/" + point + "/status",
                Map.of("status", "PRESENTED", "visitDate", TestData.today().toString())));

        String sent = "huur " + letters + ", bel [phone] of [e-mail]";
        for (TopicProbe.Seen seen : List.of(
                domainEvent("expertpool.expert.v1", "ExpertJoined", expert),
                domainEvent("expertpool.session.v1", "SessionScheduled", session),
                domainEvent("expertpool.session.v1", "SessionHeld", session),
                domainEvent("expertpool.agenda.v1", "AgendaPointRaised", point),
                domainEvent("expertpool.agenda.v1", "AgendaPointStatusChanged", point),
                domainEvent("expertpool.agenda.v1", "VisitHeld", point))) {
            assertThat(seen.value())
                    .as(seen.header("ce_type"))
                    .contains(sent)
                    .doesNotContain("0612345678", "olena.k@example.org");
        }
    }

    private static TopicProbe.Seen domainEvent(String topic, String type, UUID key) {
        TopicProbe.Seen seen = TopicProbe.await(
                topic,
                s -> key.toString().equals(s.key()) && ("nl.wegwijs.expertpool." + type).equals(s.header("ce_type")));
        EventSchemas.assertConforms(seen);
        return seen;
    }

    @Test
    void anErasureFromTheHelpdeskTakesTheExpertsNamesOutOfTheMinutesToo() {
        String theme = TestData.theme();
        UUID ticket = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Mariia Tkachuk");
        body.put("languages", List.of("uk"));
        body.put("themes", List.of(theme));
        body.put("consent", Map.of("participate", true, "quoteAnonymously", false, "contact", false));
        body.put("helpdeskTicketId", ticket.toString());
        ok(api.post("/api/expertpool/experts", body));
        UUID session = pastSession(theme, "Kinderopvang", "https://meet.example.org/wegwijs");
        minutes(session, "Mariia Tkachuk vroeg naar kinderopvangtoeslag.");

        TopicProbe.sendEvent(
                "helpdesk.person.v1",
                "nl.wegwijs.helpdesk.PersonErased",
                ticket.toString(),
                "{\"ticketId\":\"" + ticket + "\",\"erasedAt\":\"2026-11-28T10:00:00Z\"}");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(minutesOf(session)).isEqualTo("[name] [name] vroeg naar kinderopvangtoeslag."));
    }

    @Test
    void aTextAtItsLimitIsSavedEvenWhenItsMarkersAreLongerThanWhatTheyReplace() {
        String theme = TestData.theme();
        UUID taras = expert("Taras Shevchuk", theme);
        UUID session = pastSession(theme, "Lange teksten", "https://meet.example.org/wegwijs");
        UUID point = ok(api.post(
                        "/api/expertpool/agenda-points",
                        Map.of("sessionId", session, "theme", theme, "text", "Lange citaten")))
                .id();
        String quote = "a@b.nl ".repeat(142) + "x".repeat(6); // 1000 characters, 142 e-mail addresses

        var supported = api.post(
                "/api/expertpool/agenda-points/" + point + "/support", Map.of("expertId", taras, "quote", quote));

        assertThat(supported.status()).as(supported.text()).isEqualTo(200);
        assertThat(supported.json().get("supporters").get(0).get("quote").asString())
                .startsWith("[e-mail] [e-mail]")
                .doesNotContain("a@b.nl")
                .hasSizeGreaterThan(1000);
    }

    @Test
    void textSavedBeforeItWasRedactedLosesItsContactDataOnMigrationButKeepsItsNames() throws Exception {
        String theme = TestData.theme();
        UUID taras = expert("Taras Shevchuk", theme);
        UUID session = pastSession(theme, "Oude notulen", "Wijkcentrum De Pijler, Stationsplein 12, Utrecht");
        UUID point = ok(api.post(
                        "/api/expertpool/agenda-points",
                        Map.of("sessionId", session, "theme", theme, "raisedBy", taras, "text", "Oud agendapunt")))
                .id();
        // as an older version saved them: unredacted
        jdbc.sql("update thematic_session set minutes = :m where id = :id")
                .param("m", "Taras Shevchuk (tel 0612345678) vertelde.")
                .param("id", session)
                .update();
        jdbc.sql("update agenda_point set text = :t, answer_summary = :a where id = :id")
                .param("t", "Mail taras@example.org over BIG-registratie")
                .param("a", "IBAN NL91ABNA0417164300")
                .param("id", point)
                .update();
        jdbc.sql("update agenda_history set note = :n where agenda_point_id = :id")
                .param("n", "BSN 111222333")
                .param("id", point)
                .update();
        jdbc.sql("update agenda_support set quote = :q where agenda_point_id = :id")
                .param("q", "Bel 06-12345678")
                .param("id", point)
                .update();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            V6__RedactStoredFreeText.migrate(connection);
            connection.commit();
        }

        JsonNode s = api.get("/api/expertpool/sessions/" + session).json();
        assertThat(s.get("minutes").asString()).isEqualTo("Taras Shevchuk (tel [phone]) vertelde.");
        assertThat(s.get("location").asString()).isEqualTo("Wijkcentrum De Pijler, Stationsplein 12, Utrecht");
        JsonNode p = api.get("/api/expertpool/agenda-points/" + point).json();
        assertThat(p.get("text").asString()).isEqualTo("Mail [e-mail] over BIG-registratie");
        assertThat(p.get("answerSummary").asString()).isEqualTo("IBAN [IBAN]");
        assertThat(p.get("history").get(0).get("note").asString()).isEqualTo("BSN [BSN]");
        assertThat(p.get("supporters").get(0).get("quote").asString()).isEqualTo("Bel [phone]");
    }
}
