package nl.wegwijs.helpdesk.tickets;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIT
class TicketApiIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    Api.Response ask(String text) {
        return api.post("/api/public/questions", Roles.publicCaller(), map("text", text));
    }

    String staffTicket(String text, String channel) {
        var created = api.post(
                "/api/helpdesk/tickets",
                Roles.agent(),
                map("text", text, "channel", channel, "name", "Olena Koval", "phone", "+380 67 123 45 67"));
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void aPublicQuestionGetsATicketAndAnUnguessableTrackingCode() {
        var created = ask("Де можна отримати BSN у Гаазі?");

        assertThat(created.status()).isEqualTo(201);
        assertThat(UUID.fromString(created.text("ticketId"))).isNotNull();
        assertThat(created.text("trackingCode")).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}");

        var tracked = api.get("/api/public/questions/" + created.text("trackingCode"), Roles.publicCaller());
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.text("status")).isEqualTo("OPEN");
        assertThat(tracked.text("language")).isEqualTo("uk");
        assertThat(tracked.json().has("answer")).isFalse();
        assertThat(tracked.body()).doesNotContain("BSN у Гаазі");
    }

    @Test
    void trackingCodesAreReadInAnyCaseAndWithDashes() {
        String code = ask("Where can I learn Dutch?").text("trackingCode");
        String typed = (code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8)).toLowerCase();

        assertThat(api.get("/api/public/questions/" + typed, Roles.publicCaller())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anyCallerWithTheGatewaysTokenMayAskButNobodyWithoutIt() {
        assertThat(api.post("/api/public/questions", null, map("text", "Hello?"))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/public/questions", TestTokens.forged("x", "PUBLIC"), map("text", "Hello?"))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/public/questions", Roles.agent(), map("text", "Hoe vind ik een huisarts?"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aQuestionWithoutTextIsA400ProblemNamingTheField() {
        var response = api.post("/api/public/questions", Roles.publicCaller(), map("language", "uk"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    }

    @Test
    void aQuestionLongerThanTheLimitIsA400Problem() {
        var response = ask("я".repeat(5001));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(response.body()).doesNotContain("яяяя");
    }

    @Test
    void theLimitCountsCharactersNotUtf16UnitsSoEmojiCountOnceEach() {
        String emoji = "🙏".repeat(2600);
        assertThat(emoji.length()).isEqualTo(5200);

        var accepted = ask(emoji);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(api.get("/api/helpdesk/tickets/" + accepted.text("ticketId"), Roles.agent())
                        .text("question"))
                .isEqualTo(emoji);

        var refused = ask(emoji + "я".repeat(2401));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("text");
        assertThat(error.get("message").asString()).isEqualTo("must be at most 5000 characters");
    }

    @Test
    void keepsAnyUnicodeIncludingEmoji() {
        String text = "Дякую 🙏 за допомогу! Чи можна з котиком 🐈 у притулок?";
        String id = ask(text).text("ticketId");

        assertThat(api.get("/api/helpdesk/tickets/" + id, Roles.agent()).text("question"))
                .isEqualTo(text);
    }

    @Test
    void malformedJsonWrongTypesAndBadFieldsAre400Problems() {
        var malformed = api.post("/api/public/questions", Roles.publicCaller(), "{\"text\": \"unterminated");
        var wrongType = api.post("/api/public/questions", Roles.publicCaller(), "{\"text\": {\"nested\": 1}}");
        var badEmail = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Hi", "email", "not-mail"));
        var badLanguage =
                api.post("/api/public/questions", Roles.publicCaller(), map("text", "Hi", "language", "Ukrainian"));
        var unknownChannel = api.post(
                "/api/helpdesk/tickets", Roles.agent(), map("text", "Hoe werkt het?", "channel", "CARRIER_PIGEON"));
        var missingChannel = api.post("/api/helpdesk/tickets", Roles.agent(), map("text", "Hoe werkt het?"));

        for (var response :
                java.util.List.of(malformed, wrongType, badEmail, badLanguage, unknownChannel, missingChannel)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body()).doesNotContain("Exception", "at nl.");
        }
        assertThat(unknownChannel.body()).contains("channel");
        assertThat(missingChannel.json().get("errors").get(0).get("field").asString())
                .isEqualTo("channel");
        assertThat(badEmail.body()).doesNotContain("not-mail");
    }

    @Test
    void staffLogAQuestionWithItsChannelAndSeeTheContactData() {
        var created = api.post(
                "/api/helpdesk/tickets",
                Roles.agent(),
                map(
                        "text",
                        "Waar kan ik mijn kind inschrijven voor school?",
                        "channel",
                        "PHONE",
                        "name",
                        "Iryna",
                        "email",
                        "iryna@example.org"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode ticket = created.json();
        assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
        assertThat(ticket.get("channel").asString()).isEqualTo("PHONE");
        assertThat(ticket.get("language").asString()).isEqualTo("nl");
        assertThat(ticket.get("contact").get("name").asString()).isEqualTo("Iryna");
        assertThat(ticket.get("contact").get("email").asString()).isEqualTo("iryna@example.org");
        assertThat(ticket.get("createdAt").asString()).isNotBlank();
        assertThat(ticket.get("suggestedTopic").asString()).isEqualTo("education-school");
    }

    @Test
    void superlocalsSeeTicketsButNeverContactData() {
        String id = staffTicket("Як відкрити рахунок у банку?", "WHATSAPP");

        var asSuperlocal = api.get("/api/helpdesk/tickets/" + id, Roles.superlocal());
        assertThat(asSuperlocal.status()).isEqualTo(200);
        assertThat(asSuperlocal.json().has("contact")).isFalse();
        assertThat(asSuperlocal.json().has("trackingCode")).isFalse();
        assertThat(asSuperlocal.body()).doesNotContain("Olena", "Koval", "123 45 67");
        assertThat(api.get("/api/helpdesk/tickets/" + id + "/contact", Roles.superlocal())
                        .status())
                .isEqualTo(403);
        var contact = api.get("/api/helpdesk/tickets/" + id + "/contact", Roles.agent());
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.text("name")).isEqualTo("Olena Koval");
    }

    @Test
    void rolesWithoutHelpdeskWorkGet403() {
        String id = staffTicket("How do I open a bank account?", "EMAIL");

        assertThat(api.get("/api/helpdesk/tickets", Roles.editor()).status()).isEqualTo(403);
        assertThat(api.get("/api/helpdesk/tickets/" + id, Roles.publicCaller()).status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/helpdesk/tickets/" + id + "/answer",
                                Roles.editor(),
                                map("text", "x", "language", "en"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/helpdesk/tickets", Roles.superlocal(), map("text", "x", "channel", "PHONE"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/helpdesk/tickets", null).status()).isEqualTo(401);
    }

    @Test
    void aRoleWithoutHelpdeskWorkGets403BeforeItsBodyIsReadOrValidated() {
        var empty = api.post("/api/helpdesk/tickets", Roles.analyst(), "{}");
        assertThat(empty.status()).as(empty.body()).isEqualTo(403);
        assertThat(empty.isProblem()).isTrue();
        assertThat(empty.json().has("errors")).isFalse();
        assertThat(api.post("/api/helpdesk/tickets", Roles.analyst(), "{\"text\": ")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/helpdesk/tickets", Roles.agent(), "{}").status())
                .isEqualTo(400);
    }

    @Test
    void unknownTicketsAndTrackingCodesAre404AndMalformedIds400() {
        String unknown = "/api/helpdesk/tickets/" + UUID.randomUUID();
        assertThat(api.get(unknown, Roles.agent()).status()).isEqualTo(404);
        assertThat(api.post(unknown + "/assign", Roles.agent(), map("assignee", "agent"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post(unknown + "/answer", Roles.agent(), map("text", "x", "language", "en"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post(unknown + "/close", Roles.agent(), null).status()).isEqualTo(404);
        assertThat(api.post(unknown + "/reopen", Roles.agent(), null).status()).isEqualTo(404);
        assertThat(api.get("/api/public/questions/ZZZZZZZZZZZZ", Roles.publicCaller())
                        .status())
                .isEqualTo(404);
        var malformed = api.get("/api/helpdesk/tickets/not-a-uuid", Roles.agent());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
    }

    @Test
    void theWholeWorkflowAssignAnswerCloseReopenWithHistory() {
        String id = staffTicket("Де можна отримати BSN? Мене звати Олена Коваль, телефон +380 67 123 45 67", "PHONE");

        var assigned = api.post("/api/helpdesk/tickets/" + id + "/assign", Roles.agent(), map("assignee", "olena"));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.text("status")).isEqualTo("ASSIGNED");
        assertThat(assigned.text("assignee")).isEqualTo("olena");

        var answered = api.post(
                "/api/helpdesk/tickets/" + id + "/answer",
                Roles.agent(),
                map(
                        "text",
                        "Олено, зареєструйтеся в гемеенте, там видадуть BSN.",
                        "language",
                        "uk",
                        "topic",
                        "municipal-registration-bsn"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.text("status")).isEqualTo("ANSWERED");
        assertThat(answered.text("topic")).isEqualTo("municipal-registration-bsn");
        assertThat(answered.json().get("secondsToFirstAnswer").asLong()).isGreaterThanOrEqualTo(0);

        var event = TopicProbe.await(
                "helpdesk.ticket.v1",
                r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketAnswered".equals(r.header("ce_type")));
        EventSchemas.assertConforms(event);
        JsonNode data = Api.JSON.readTree(event.value());
        assertThat(data.get("ticketId").asString()).isEqualTo(id);
        assertThat(data.get("questionLanguage").asString()).isEqualTo("uk");
        assertThat(data.get("answerLanguage").asString()).isEqualTo("uk");
        assertThat(data.get("channel").asString()).isEqualTo("PHONE");
        assertThat(data.get("topic").asString()).isEqualTo("municipal-registration-bsn");
        assertThat(data.get("question").asString()).contains("BSN").doesNotContain("Олена", "Коваль", "123 45 67");
        assertThat(data.get("answer").asString()).contains("гемеенте").doesNotContain("Олено");

        var closed = api.post("/api/helpdesk/tickets/" + id + "/close", Roles.agent(), null);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        var closedAgain = api.post("/api/helpdesk/tickets/" + id + "/close", Roles.agent(), null);
        assertThat(closedAgain.status()).isEqualTo(409);
        assertThat(closedAgain.isProblem()).isTrue();
        assertThat(closedAgain.json().get("allowed").get(0).asString()).isEqualTo("reopen");
        assertThat(closedAgain.text("detail")).contains("allowed: reopen");

        var reopened = api.post("/api/helpdesk/tickets/" + id + "/reopen", Roles.agent(), null);
        assertThat(reopened.text("status")).isEqualTo("ASSIGNED");
        assertThat(api.post("/api/helpdesk/tickets/" + id + "/reopen", Roles.agent(), null)
                        .status())
                .isEqualTo(409);

        var history = api.get("/api/helpdesk/tickets/" + id + "/history", Roles.agent())
                .json()
                .get("items");
        assertThat(history.valueStream().map(h -> h.get("action").asString()).toList())
                .containsExactly("CREATED", "ASSIGNED", "ANSWERED", "CLOSED", "REOPENED");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("agent");
        assertThat(history.get(1).get("at").asString()).isNotBlank();
    }

    @Test
    void thePublicSeesTheAnswerWithTheTrackingCode() {
        var created = ask("How long does temporary protection last?");
        String id = created.text("ticketId");
        api.post(
                "/api/helpdesk/tickets/" + id + "/answer",
                Roles.agent(),
                map("text", "Until 4 March 2027.", "language", "en"));

        var tracked = api.get("/api/public/questions/" + created.text("trackingCode"), Roles.publicCaller());
        assertThat(tracked.text("status")).isEqualTo("ANSWERED");
        assertThat(tracked.text("answer")).isEqualTo("Until 4 March 2027.");
    }

    @Test
    void theInboxFiltersByStatusLanguageTopicAndAssigneeAndPages() {
        String nl = staffTicket("Hoe vraag ik leefgeld aan voor mijn gezin?", "WALK_IN");
        api.post("/api/helpdesk/tickets/" + nl + "/assign", Roles.agent(), map("assignee", "sanne"));
        api.patch("/api/helpdesk/tickets/" + nl, Roles.agent(), map("topic", "living-allowance"));

        var page = api.get(
                        "/api/helpdesk/tickets?status=ASSIGNED&language=nl&topic=living-allowance&assignee=sanne&size=5",
                        Roles.agent())
                .json();
        assertThat(page.get("items").valueStream().map(i -> i.get("id").asString()))
                .contains(nl);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);

        var capped = api.get("/api/helpdesk/tickets?size=1000", Roles.agent()).json();
        assertThat(capped.get("size").asInt()).isEqualTo(100);
        assertThat(api.get("/api/helpdesk/tickets?status=SLEEPING", Roles.agent())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/helpdesk/tickets?page=-1", Roles.agent()).status())
                .isEqualTo(400);
        assertThat(api.get(
                                "/api/helpdesk/tickets?status=CLOSED&language=nl&topic=living-allowance&assignee=sanne",
                                Roles.superlocal())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asString()))
                .doesNotContain(nl);
    }

    @Test
    void staffCorrectTheLanguageAndTheChangeIsInTheHistory() {
        String id = staffTicket("Добрий день", "TELEGRAM");

        var corrected = api.patch("/api/helpdesk/tickets/" + id, Roles.agent(), map("language", "ru"));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.text("language")).isEqualTo("ru");
        assertThat(corrected.body()).contains("LANGUAGE_CHANGED");
        assertThat(api.patch("/api/helpdesk/tickets/" + id, Roles.agent(), map("topic", "no-such-topic"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aLanguageThatIsNoIso639_1CodeIsA400ProblemNamingTheFieldAndChangesNothing() {
        String id = staffTicket("Waar vind ik een huisarts?", "PHONE");
        String ticket = "/api/helpdesk/tickets/" + id;

        var responses = java.util.List.of(
                api.post(
                        "/api/public/questions", Roles.publicCaller(), map("text", "Where is a GP?", "language", "xx")),
                api.post(
                        "/api/helpdesk/tickets",
                        Roles.agent(),
                        map("text", "Waar is een huisarts?", "language", "zz", "channel", "PHONE")),
                api.patch(ticket, Roles.agent(), map("language", "xx")),
                api.post(ticket + "/answer", Roles.agent(), map("text", "Bij de gemeente.", "language", "qq")));

        for (var response : responses) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            JsonNode error = response.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("language");
            assertThat(error.get("message").asString()).contains("ISO 639-1");
        }
        var unchanged = api.get(ticket, Roles.agent());
        assertThat(unchanged.text("language")).isEqualTo("nl");
        assertThat(unchanged.text("status")).isEqualTo("OPEN");
        assertThat(api.get("/api/helpdesk/stats/questions-per-week?weeks=1", Roles.analyst())
                        .body())
                .doesNotContain("\"xx\"", "\"zz\"");
    }

    @Test
    void anyRealIso639_1CodeOrUndIsAccepted() {
        String id = staffTicket("Wo finde ich einen Hausarzt?", "WALK_IN");

        for (String language : java.util.List.of("de", "pl", "ar", "und", "uk")) {
            var corrected = api.patch("/api/helpdesk/tickets/" + id, Roles.agent(), map("language", language));
            assertThat(corrected.status()).as(language).isEqualTo(200);
            assertThat(corrected.text("language")).isEqualTo(language);
        }
        assertThat(api.post(
                                "/api/public/questions",
                                Roles.publicCaller(),
                                map("text", "مرحبا، أين أجد طبيبا؟", "language", "ar"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void assigningToSomeoneTheHelpdeskDoesNotKnowIsA400NamingAssigneeAndChangesNothing() {
        String id = staffTicket("Hoe vraag ik een DigiD aan?", "PHONE");
        String ticket = "/api/helpdesk/tickets/" + id;

        var refused = api.post(ticket + "/assign", Roles.agent(), map("assignee", "nobody-here"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("assignee");
        var unchanged = api.get(ticket, Roles.agent());
        assertThat(unchanged.text("status")).isEqualTo("OPEN");
        assertThat(unchanged.text("assignee")).isNull();
        assertThat(unchanged.body()).doesNotContain("nobody-here");
    }

    @Test
    void ticketsAreAssignedToStaffInTheDirectoryInAnyCaseOrToTheCallerThemselves() {
        String id = staffTicket("Where can I learn Dutch?", "EMAIL");
        String ticket = "/api/helpdesk/tickets/" + id;

        var toOlena = api.post(ticket + "/assign", Roles.agent(), map("assignee", "Olena"));
        assertThat(toOlena.status()).as(toOlena.body()).isEqualTo(200);
        assertThat(toOlena.text("assignee")).isEqualTo("olena");

        // signed in (the gateway's token says so), not yet in wegwijs.staff.languages: may take the ticket themselves
        String newcomer = TestTokens.bearer("marta.new", "AGENT");
        var toSelf = api.post(ticket + "/assign", newcomer, map("assignee", "marta.new"));
        assertThat(toSelf.status()).as(toSelf.body()).isEqualTo(200);
        assertThat(toSelf.text("assignee")).isEqualTo("marta.new");
        assertThat(api.post(ticket + "/assign", Roles.agent(), map("assignee", "marta.neww"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void inboxFiltersNoTicketCanMatchAre400ProblemsNamingEachParameter() {
        for (String filter : java.util.List.of("language=xx", "topic=no-such-topic", "assignee=nobody-here")) {
            var response = api.get("/api/helpdesk/tickets?" + filter, Roles.agent());
            assertThat(response.status()).as(filter).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(filter.substring(0, filter.indexOf('=')));
        }
        var all = api.get("/api/helpdesk/tickets?language=xx&topic=no-such-topic&assignee=nobody-here", Roles.agent());
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("language", "topic", "assignee");
    }

    @Test
    void inboxFiltersTicketsCanMatchAreAcceptedEvenWhenNoneDoes() {
        for (String filter : java.util.List.of(
                "language=und",
                "language=UK",
                "language=ar",
                "topic=none",
                "topic=pets",
                "assignee=none",
                "assignee=dmytro",
                "assignee=agent")) {
            var response = api.get("/api/helpdesk/tickets?" + filter, Roles.agent());
            assertThat(response.status()).as(filter + ": " + response.body()).isEqualTo(200);
        }
        assertThat(api.get("/api/helpdesk/tickets?assignee=marta.mine", TestTokens.bearer("marta.mine", "AGENT"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void contactDataLosesSurroundingWhitespaceBeforeItIsValidatedAndStored() {
        var asked = api.post(
                "/api/public/questions",
                Roles.publicCaller(),
                map(
                        "text",
                        "Як отримати DigiD?",
                        "name",
                        " Оксана ",
                        "email",
                        "oksana@ukr.net ",
                        "phone",
                        "\t+31 6 1234 5678 "));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        var contact = api.get("/api/helpdesk/tickets/" + asked.text("ticketId") + "/contact", Roles.agent());
        assertThat(contact.text("name")).isEqualTo("Оксана");
        assertThat(contact.text("email")).isEqualTo("oksana@ukr.net");
        assertThat(contact.text("phone")).isEqualTo("+31 6 1234 5678");

        var logged = api.post(
                "/api/helpdesk/tickets",
                Roles.agent(),
                map(
                        "text",
                        "Waar vind ik een huisarts?",
                        "channel",
                        "PHONE",
                        "email",
                        "\u00a0iryna@example.org\n",
                        "phone",
                        " "));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(logged.json().get("contact").get("email").asString()).isEqualTo("iryna@example.org");
        JsonNode phone = logged.json().get("contact").get("phone");
        assertThat(phone == null || phone.isNull()).isTrue();

        var stillBad = api.post(
                "/api/public/questions", Roles.publicCaller(), map("text", "Hi", "email", " oksana at ukr.net "));
        assertThat(stillBad.status()).isEqualTo(400);
        assertThat(stillBad.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void englishWithContactDataOrDutchTermsIsDetectedAsEnglish() {
        for (String text : java.util.List.of(
                "How can I apply for a DigiD? Reach me at serhiy.melnyk@proton.me",
                "How do I get a BSN? Email olena@example.org",
                "Can I get zorgtoeslag if I live in a gastgezin?",
                "Hi, I'm Serhiy Melnyk, passport number EK 123456, born 1992-04-30. How can I apply for a DigiD? Reach "
                        + "me at serhiy.melnyk(at)proton.me or +380 (50) 123-45-67, my IBAN UA21 3223 1300 0002 6007 "
                        + "2335 6600 1.")) {
            var ticket = api.get("/api/helpdesk/tickets/" + ask(text).text("ticketId"), Roles.agent());
            assertThat(ticket.text("language")).as(text).isEqualTo("en");
            assertThat(ticket.text("detectedLanguage")).as(text).isEqualTo("en");
            assertThat(ticket.json().get("transliterated").asBoolean()).as(text).isFalse();
        }
    }

    @Test
    void theTrackingPageShowsAnUndeterminedLanguageAsNullWhileStaffSeeUnd() {
        // "Стоматолог" alone is as much Ukrainian as Russian: the person's form says so
        var created =
                api.post("/api/public/questions", Roles.publicCaller(), map("text", "Стоматолог?", "language", "und"));
        assertThat(created.status()).isEqualTo(201);
        String code = created.text("trackingCode");
        String ticket = "/api/helpdesk/tickets/" + created.text("ticketId");
        assertThat(api.get(ticket, Roles.agent()).text("language")).isEqualTo("und");

        JsonNode open =
                api.get("/api/public/questions/" + code, Roles.publicCaller()).json();
        assertThat(open.has("language")).as(open.toString()).isTrue();
        assertThat(open.get("language").isNull()).as(open.toString()).isTrue();
        assertThat(open.has("answer")).isFalse();
        assertThat(open.has("answerLanguage")).isFalse();

        var answered = api.post(ticket + "/answer", Roles.agent(), map("text", "Bel de tandarts.", "language", "und"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.text("answerLanguage")).isEqualTo("und");

        JsonNode done =
                api.get("/api/public/questions/" + code, Roles.publicCaller()).json();
        assertThat(done.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(done.get("language").isNull()).as(done.toString()).isTrue();
        assertThat(done.get("answer").asString()).isNotBlank();
        assertThat(done.has("answerLanguage")).as(done.toString()).isTrue();
        assertThat(done.get("answerLanguage").isNull()).as(done.toString()).isTrue();
        assertThat(done.toString()).doesNotContain("und");

        var corrected = api.patch(ticket, Roles.agent(), map("language", "uk"));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(api.get("/api/public/questions/" + code, Roles.publicCaller())
                        .text("language"))
                .isEqualTo("uk");
    }
}
