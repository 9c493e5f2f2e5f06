package nl.wegwijs.helpdesk.privacy;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Questions full of personal data go through intake and answer; neither TicketAnswered, nor the
 * analytics stream, nor the logs contain any of it, and superlocals (no contact data) read the
 * question, answers and notes redacted. Names the person introduced in the question count as much as
 * the contact name, and the public tracking lookup shows the answer redacted.
 */
@ServiceIT
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataIT {

    @LocalServerPort
    int port;

    record Case(String text, String name, String email, String phone, String answer, List<String> secrets) {}

    static final List<Case> CASES = List.of(
            new Case(
                    "Мене звати Олена Коваленко, мій BSN 111222333, телефон +380 67 123 45 67, пошта olena.kovalenko@gmail.com. "
                            + "Де отримати допомогу для Олени?",
                    "Олена Коваленко",
                    "olena.kovalenko@gmail.com",
                    "+380 67 123 45 67",
                    "Олено, зателефонуйте 0800 і назвіть BSN 111222333.",
                    List.of(
                            "Олена",
                            "Коваленко",
                            "Олени",
                            "Олено",
                            "111222333",
                            "123 45 67",
                            "1234567",
                            "olena.kovalenko")),
            new Case(
                    "Меня зовут Дмитрий Петренко, IBAN NL91ABNA0417164300 пожалуйста, номер 06-12345678.",
                    "Дмитрий Петренко",
                    null,
                    "06-12345678",
                    "Дмитрий, мы переведём на NL91 ABNA 0417 1643 00.",
                    List.of("Дмитрий", "Петренко", "NL91ABNA0417164300", "0417164300", "0417 1643 00", "12345678")),
            new Case(
                    "Hi, I am Iryna Shevchuk (iryna.shevchuk@ukr.net), BSN 123456782, IBAN UA213223130000026007233566001 graag, "
                            + "postcode 3511 AB 12, bel 0031 6 98765432.",
                    "Iryna Shevchuk",
                    "iryna.shevchuk@ukr.net",
                    "0031 6 98765432",
                    "Dear Iryna, your bank NL02 ABNA 0123 4567 89 is fine.",
                    List.of(
                            "Iryna",
                            "Shevchuk",
                            "123456782",
                            "UA213223130000026007233566001",
                            "3511 AB",
                            "98765432",
                            "0123456789",
                            "iryna.shevchuk")),
            new Case(
                    "Mijn naam is Sanne de Vries, bel me op 020-1234567 of mail s.devries@example.nl. BSN: 1112.22.333",
                    "Sanne de Vries",
                    "s.devries@example.nl",
                    "020-1234567",
                    "Beste Sanne, uw BSN 111222333 staat goed.",
                    List.of("Sanne", "Vries", "1234567", "s.devries", "111222333", "1112.22.333")));

    @Test
    void nothingPersonalReachesTicketAnsweredAnalyticsOrTheLogs(CapturedOutput output) {
        Api api = new Api(port);
        List<String> ids = new ArrayList<>();
        for (Case c : CASES) {
            var created = api.post(
                    "/api/public/questions",
                    Roles.publicCaller(),
                    map("text", c.text(), "name", c.name(), "email", c.email(), "phone", c.phone()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.text("ticketId");
            ids.add(id);
            var answered = api.post(
                    "/api/helpdesk/tickets/" + id + "/answer",
                    Roles.agent(),
                    map("text", c.answer(), "language", "uk"));
            assertThat(answered.status()).isEqualTo(200);
            api.get("/api/helpdesk/tickets/" + id + "/suggestions", Roles.agent());
            api.post("/api/helpdesk/tickets/" + id + "/close", Roles.agent(), null);
        }

        List<String> answeredEvents = new ArrayList<>();
        for (String id : ids) {
            answeredEvents.add(TopicProbe.await(
                            "helpdesk.ticket.v1",
                            r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketAnswered".equals(r.header("ce_type")))
                    .value());
        }
        TopicProbe.await("analytics.helpdesk.v1", r -> r.header("ce_type").endsWith("TicketClosed"));
        String analytics = String.join(
                "\n",
                TopicProbe.all("analytics.helpdesk.v1").stream()
                        .map(r -> r.key() + " " + r.value())
                        .toList());
        String events = String.join("\n", answeredEvents);
        String logs = output.getAll();

        for (Case c : CASES) {
            for (String secret : c.secrets()) {
                assertThat(events).as("TicketAnswered").doesNotContainIgnoringCase(secret);
                assertThat(analytics).as("analytics.helpdesk.v1").doesNotContainIgnoringCase(secret);
                assertThat(logs).as("logs").doesNotContainIgnoringCase(secret);
            }
        }
        assertThat(events).contains("[BSN]", "[phone]", "[e-mail]", "[IBAN]", "[name]");
        assertThat(logs).contains("answered");
    }

    static final String QUESTION = "Ik ben Olena Koval, bel 06-12345678 of mail olena.koval@example.org. "
            + "Mijn IBAN is NL91ABNA0417164300. Wanneer krijg ik leefgeld?";
    static final List<String> QUESTION_SECRETS =
            List.of("Olena", "Koval", "12345678", "olena.koval@example.org", "NL91ABNA0417164300", "0417164300");

    @Test
    void superlocalsReadTheQuestionRedactedInTheTicketAndTheInboxWhileAgentsReadItAsWritten() {
        Api api = new Api(port);
        String id = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", QUESTION, "name", "Olena Koval", "email", "olena.koval@example.org"))
                .text("ticketId");
        String ticket = "/api/helpdesk/tickets/" + id;

        var detailForSuperlocal = api.get(ticket, Roles.superlocal());
        var previewForSuperlocal = preview(api, id, Roles.superlocal());
        var historyForSuperlocal = api.get(ticket + "/history", Roles.superlocal());
        var answeredBySuperlocal = api.post(
                ticket + "/answer", Roles.superlocal(), map("text", "Het leefgeld komt elke maand.", "language", "nl"));

        assertThat(detailForSuperlocal.status()).isEqualTo(200);
        assertThat(detailForSuperlocal.text("question"))
                .contains("[phone]", "[e-mail]", "[IBAN]", "Wanneer krijg ik leefgeld?");
        assertThat(previewForSuperlocal).contains("[phone]", "[e-mail]", "[IBAN]", "Wanneer krijg ik leefgeld?");
        assertThat(answeredBySuperlocal.status()).isEqualTo(200);
        for (String secret : QUESTION_SECRETS) {
            assertThat(detailForSuperlocal.body()).as("ticket for a superlocal").doesNotContain(secret);
            assertThat(previewForSuperlocal)
                    .as("inbox preview for a superlocal")
                    .doesNotContain(secret);
            assertThat(historyForSuperlocal.body())
                    .as("history for a superlocal")
                    .doesNotContain(secret);
            assertThat(answeredBySuperlocal.body())
                    .as("the superlocal's answer response")
                    .doesNotContain(secret);
        }

        var detailForAgent = api.get(ticket, Roles.agent());
        assertThat(detailForAgent.text("question")).isEqualTo(QUESTION);
        assertThat(detailForAgent.json().get("contact").get("email").asString()).isEqualTo("olena.koval@example.org");
        assertThat(preview(api, id, Roles.agent())).isEqualTo(QUESTION);
    }

    @Test
    void superlocalsReadStaffAnswersAndNotesRedactedWhileAgentsReadThemAsWritten() {
        Api api = new Api(port);
        String id = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", QUESTION, "name", "Olena Koval", "email", "olena.koval@example.org"))
                .text("ticketId");
        String ticket = "/api/helpdesk/tickets/" + id;
        String answer = "Beste Olena, het leefgeld komt elke maand op NL91ABNA0417164300.";
        String agentsNote = "Olena Koval belde terug vanaf 06-87654321, spreekt ook Engels.";
        String superlocalsNote = "Mevrouw Koval wil teruggebeld worden op 06-87654321.";
        api.post(ticket + "/answer", Roles.agent(), map("text", answer, "language", "nl"));
        api.post(ticket + "/notes", Roles.agent(), map("text", agentsNote));

        var noteBySuperlocal = api.post(ticket + "/notes", Roles.superlocal(), map("text", superlocalsNote));
        var detailForSuperlocal = api.get(ticket, Roles.superlocal());
        var notesForSuperlocal = api.get(ticket + "/notes", Roles.superlocal());

        assertThat(noteBySuperlocal.status()).isEqualTo(201);
        assertThat(detailForSuperlocal.text("answer"))
                .isEqualTo("Beste [name], het leefgeld komt elke maand op [IBAN].");
        assertThat(notesForSuperlocal
                        .json()
                        .get("items")
                        .valueStream()
                        .map(note -> note.get("text").asString()))
                .containsExactly(
                        "[name] [name] belde terug vanaf [phone], spreekt ook Engels.",
                        "Mevrouw [name] wil teruggebeld worden op [phone].");
        assertThat(detailForSuperlocal.json().get("notes"))
                .isEqualTo(notesForSuperlocal.json().get("items"));
        for (String secret : List.of("Olena", "Koval", "87654321", "NL91ABNA0417164300", "0417164300")) {
            assertThat(detailForSuperlocal.body()).as("ticket for a superlocal").doesNotContain(secret);
            assertThat(notesForSuperlocal.body()).as("notes for a superlocal").doesNotContain(secret);
            assertThat(noteBySuperlocal.body())
                    .as("the superlocal's own note as answered")
                    .doesNotContain(secret);
        }

        var detailForAgent = api.get(ticket, Roles.agent());
        assertThat(detailForAgent.text("answer")).isEqualTo(answer);
        assertThat(api.get(ticket + "/notes", Roles.agent())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(note -> note.get("text").asString()))
                .containsExactly(agentsNote, superlocalsNote);
        assertThat(detailForAgent
                        .json()
                        .get("notes")
                        .valueStream()
                        .map(note -> note.get("text").asString()))
                .containsExactly(agentsNote, superlocalsNote);
    }

    record Introduced(String question, String answer, String language, String note, List<String> nameForms) {}

    static final List<Introduced> INTRODUCED = List.of(
            new Introduced(
                    "Добрий день. Мене звати Марія Іваненко, де отримати BSN?",
                    "Шановна Маріє Іваненко! Зареєструйтеся в гемеенте, Марію там чекають.",
                    "uk",
                    "Марія Іваненко просила передзвонити на 06-87654321.",
                    List.of("Марія", "Маріє", "Марію", "Іваненко", "87654321")),
            new Introduced(
                    "Здравствуйте, меня зовут Анна Петрова, помогите с жильём.",
                    "Уважаемая Анна Петрова, Анну ждут в гемеенте в понедельник.",
                    "ru",
                    "Анна Петрова перезвонит завтра.",
                    List.of("Анна", "Анну", "Петрова")),
            new Introduced(
                    "Goedemiddag, mijn naam is Sanne de Vries. Wanneer krijg ik leefgeld?",
                    "Beste mevrouw De Vries, beste Sanne, het leefgeld komt elke maand.",
                    "nl",
                    "Sanne de Vries belt morgen terug.",
                    List.of("Sanne", "Vries")));

    @Test
    void aNameIntroducedInTheQuestionLeavesTheAnswerAndNotesLikeTheContactName() {
        Api api = new Api(port);
        for (Introduced c : INTRODUCED) {
            String id = api.post("/api/public/questions", Roles.publicCaller(), map("text", c.question()))
                    .text("ticketId");
            String ticket = "/api/helpdesk/tickets/" + id;
            String code = api.get(ticket, Roles.agent()).text("trackingCode");
            api.post(ticket + "/answer", Roles.agent(), map("text", c.answer(), "language", c.language()));
            api.post(ticket + "/notes", Roles.agent(), map("text", c.note()));

            String answered = TopicProbe.await(
                            "helpdesk.ticket.v1",
                            r -> id.equals(r.key()) && "nl.wegwijs.helpdesk.TicketAnswered".equals(r.header("ce_type")))
                    .value();
            var forSuperlocal = api.get(ticket, Roles.superlocal());
            var tracked = api.get("/api/public/questions/" + code, Roles.publicCaller());

            assertThat(Api.JSON.readTree(answered).get("answer").asString()).contains("[name]");
            assertThat(forSuperlocal.text("answer")).contains("[name]");
            assertThat(tracked.text("answer")).contains("[name]");
            for (String form : c.nameForms()) {
                assertThat(answered).as("TicketAnswered (drafts, articles)").doesNotContain(form);
                assertThat(forSuperlocal.body())
                        .as("the ticket, its answer and notes for a superlocal")
                        .doesNotContain(form);
                assertThat(tracked.body()).as("the public tracking lookup").doesNotContain(form);
            }
            assertThat(api.get(ticket, Roles.agent()).text("answer"))
                    .as("agents read the answer as written")
                    .isEqualTo(c.answer());
        }
    }

    @Test
    void thePublicTrackingLookupShowsTheAnswerWithoutPersonalData() {
        Api api = new Api(port);
        String id = api.post(
                        "/api/public/questions",
                        Roles.publicCaller(),
                        map("text", QUESTION, "name", "Olena Koval", "email", "olena.koval@example.org"))
                .text("ticketId");
        String ticket = "/api/helpdesk/tickets/" + id;
        String code = api.get(ticket, Roles.agent()).text("trackingCode");
        String answer = "Beste Olena, het leefgeld wordt vóór 1 januari 2027 op uw rekening NL91 ABNA 0417 1643 00 "
                + "gestort. Vragen? Bel 06-12345678 of mail olena.koval@example.org.";
        api.post(ticket + "/answer", Roles.agent(), map("text", answer, "language", "nl"));

        var tracked = api.get("/api/public/questions/" + code, Roles.publicCaller());

        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.text("status")).isEqualTo("ANSWERED");
        assertThat(tracked.text("answerLanguage")).isEqualTo("nl");
        assertThat(tracked.text("answer"))
                .isEqualTo("Beste [name], het leefgeld wordt vóór 1 januari 2027 op uw rekening [IBAN] gestort. "
                        + "Vragen? Bel [phone] of mail [e-mail].");
        assertThat(api.get(ticket, Roles.agent()).text("answer")).isEqualTo(answer);
    }

    /** The inbox line of one ticket as the caller sees it (the newest tickets come first). */
    private static String preview(Api api, String id, String caller) {
        var inbox = api.get("/api/helpdesk/tickets?size=100", caller);
        assertThat(inbox.status()).isEqualTo(200);
        return inbox.json()
                .get("items")
                .valueStream()
                .filter(item -> id.equals(item.get("id").asString()))
                .findFirst()
                .orElseThrow()
                .get("preview")
                .asString();
    }
}
