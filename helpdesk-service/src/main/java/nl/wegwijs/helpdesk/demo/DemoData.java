package nl.wegwijs.helpdesk.demo;

import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.helpdesk.cases.CaseService;
import nl.wegwijs.helpdesk.tickets.Actor;
import nl.wegwijs.helpdesk.tickets.Channel;
import nl.wegwijs.helpdesk.tickets.Contact;
import nl.wegwijs.helpdesk.tickets.DemoWorkflow;
import nl.wegwijs.helpdesk.tickets.TicketService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds a dozen questions in uk/ru/nl/en when the helpdesk has none: some answered (so
 * TicketAnswered feeds the knowledge base drafts), one by a superlocal (awaiting review where the
 * organisation requires it), some open or assigned, and one household's case with milestones. Goes through the normal workflow,
 * so every event is emitted as in real use.
 */
@Component
@ConditionalOnProperty(name = "wegwijs.demo-data", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final DemoWorkflow workflow;
    private final CaseService cases;

    DemoData(JdbcClient jdbc, DemoWorkflow workflow, CaseService cases) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.cases = cases;
    }

    private record Question(String text, String language, Channel channel, Contact contact) {}

    private record Answer(String text, String language, String topic) {}

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        long existing =
                jdbc.sql("select count(*) from ticket").query(Long.class).single();
        if (existing > 0) {
            return;
        }
        seedNow();
    }

    void seedNow() {
        Actor publicCaller = Actor.system("public", "PUBLIC");
        Actor agent = Actor.system("agent", "AGENT");
        Actor superlocal = Actor.system("superlocal", "SUPERLOCAL");

        UUID bsn = ask(
                publicCaller,
                new Question(
                        "Добрий день! Де і як можна отримати BSN? Ми приїхали в Утрехт минулого тижня.",
                        "uk",
                        Channel.WEB,
                        new Contact("Олена Коваль", "olena.koval@example.org", null)));
        answer(
                agent,
                bsn,
                new Answer(
                        "Зареєструйтеся в гемеенте (муніципалітеті), де ви живете: запишіться на прийом онлайн або телефоном 14 030 "
                                + "в Утрехті. Візьміть паспорт. BSN ви отримаєте під час реєстрації.",
                        "uk",
                        "municipal-registration-bsn"));

        UUID bsnRu = ask(
                publicCaller,
                new Question("Где получить BSN, если мы живём у волонтёров в Амерсфорте?", "ru", Channel.WEB, null));
        answer(
                agent,
                bsnRu,
                new Answer(
                        "Запишитесь в гемеенте Амерсфорта; проживание у волонтёров тоже считается адресом. "
                                + "BSN выдают при регистрации в BRP.",
                        "ru",
                        "municipal-registration-bsn"));

        UUID allowance = ask(
                agent,
                new Question(
                        "Wanneer wordt het leefgeld voor oktober betaald? Mijn buurvrouw uit Charkiv vraagt het.",
                        "nl",
                        Channel.PHONE,
                        new Contact("Sanne de Vries", null, "06 12345678")));
        answer(
                agent,
                allowance,
                new Answer(
                        "Het leefgeld wordt rond de eerste werkdag van de maand door de gemeente overgemaakt.",
                        "nl",
                        "living-allowance"));

        UUID work = ask(
                publicCaller,
                new Question(
                        "Can I start working before my residence sticker arrives? An employer in Venlo offered me a job.",
                        "en",
                        Channel.WEB,
                        new Contact("Andriy", "andriy@example.org", null)));
        answer(
                agent,
                work,
                new Answer(
                        "Yes. With temporary protection you may work; your employer must notify UWV at least two days "
                                + "before you start (the employer notification).",
                        "en",
                        "work-employer-notification"));

        UUID doctor = ask(
                publicCaller, new Question("Як записатися до сімейного лікаря (huisarts)?", "uk", Channel.WEB, null));
        answer(
                agent,
                doctor,
                new Answer(
                        "Зателефонуйте до практик huisarts поруч з вашою адресою і попросіть записатися як новий пацієнт. "
                                + "Медична допомога для біженців з України покривається через RMO.",
                        "uk",
                        "health-care-insurance"));

        UUID school = ask(
                publicCaller,
                new Question("Моему сыну 9 лет, как записать его в школу в Гааге?", "ru", Channel.WEB, null));
        answer(
                superlocal,
                school,
                new Answer(
                        "В Гааге детей записывают через гемеенте: сначала в класс для новоприбывших (nieuwkomersklas).",
                        "ru",
                        "education-school"));

        UUID bank =
                ask(agent, new Question("How do I open a bank account without a BSN?", "en", Channel.WALK_IN, null));
        workflow.assign(bank, "olena", agent);

        ask(publicCaller, new Question("Чи можна взяти кота в шелтер?", "uk", Channel.WEB, null));
        UUID language = ask(
                publicCaller,
                new Question("Zijn er gratis Nederlandse lessen voor Oekraïners in Zwolle?", "nl", Channel.WEB, null));
        workflow.assign(language, "sanne", agent);
        ask(publicCaller, new Question("de otrymaty dopomohu na ditey?", null, Channel.TELEGRAM, null));
        UUID travel = ask(
                publicCaller,
                new Question(
                        "Можно ли съездить в Украину на две недели и сохранить временную защиту?",
                        "ru",
                        Channel.WHATSAPP,
                        null));
        answer(
                agent,
                travel,
                new Answer(
                        "Короткая поездка возможна, но сообщите гемеенте заранее; при выезде больше чем на 3 месяца статус "
                                + "может прекратиться.",
                        "ru",
                        "travel-ukraine"));
        workflow.close(travel, agent);
        ask(
                publicCaller,
                new Question(
                        "I feel very anxious since we arrived. Is there someone I can talk to in Ukrainian?",
                        "en",
                        Channel.WEB,
                        null));

        UUID household =
                cases.open("Household A (Utrecht, demo)", 4, LocalDate.now().minusDays(60), agent);
        cases.link(household, bsn, agent);
        cases.link(household, doctor, agent);
        cases.reach(household, "MUNICIPAL_REGISTRATION", LocalDate.now().minusDays(52), agent);
        cases.reach(household, "BSN", LocalDate.now().minusDays(45), agent);
        cases.reach(household, "HEALTH_INSURANCE", LocalDate.now().minusDays(30), agent);
        log.info("Demo data: 12 questions and 1 case seeded");
    }

    private UUID ask(Actor actor, Question q) {
        return workflow.ask(
                new TicketService.NewQuestion(q.text(), q.language(), q.channel(), q.contact(), null), actor);
    }

    private void answer(Actor actor, UUID id, Answer a) {
        workflow.answer(id, a.text(), a.language(), a.topic(), actor);
    }
}
