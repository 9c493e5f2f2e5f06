package nl.wegwijs.knowledge.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.knowledge.demo.DemoArticlesAccess;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.lexicon.LexiconSeed;
import org.junit.jupiter.api.Test;

/**
 * Questions as real people asked them (uk, ru, nl, en; from an outside audit), grouped with the shipped
 * lexicon and default settings, one at a time as answered tickets arrive.
 */
class GroupingExamplesTest {

    static final TextAnalysis analysis = new TextAnalysis();
    static final Lexicon lexicon = Lexicon.of(LexiconSeed.load(), analysis);
    static final FeatureExtractor extractor = new FeatureExtractor(analysis, () -> lexicon, null);
    static final Grouper grouper = new Grouper(new GroupingScorer(GroupingSettings.DEFAULTS, lexicon));

    record Asked(String question, String language, String answer, String answerLanguage, String topic) {
        QuestionFeatures features() {
            return extractor.features(question, language, answer, answerLanguage, topic);
        }
    }

    /** The six demo articles as grouping sees them: every translation's title (with its body), no questions. */
    static Map<String, List<QuestionFeatures>> demoArticles() {
        Map<String, List<QuestionFeatures>> groups = new LinkedHashMap<>();
        for (var article : DemoArticlesAccess.articles()) {
            article.translations()
                    .forEach((language, t) -> groups.computeIfAbsent(article.topic(), k -> new ArrayList<>())
                            .add(extractor.titleFeatures(t.title(), language, t.body(), article.topic())));
        }
        return groups;
    }

    static Optional<String> groupOf(Asked asked, Map<String, List<QuestionFeatures>> groups) {
        return grouper.bestGroup(asked.features(), groups).map(Grouper.Match::group);
    }

    @Test
    void newQuestionsJoinThePublishedDemoArticleOnTheirTopicThoughItHasNoQuestionsYet() {
        Map<String, List<QuestionFeatures>> demo = demoArticles();
        Map<Asked, String> expected = new LinkedHashMap<>();
        expected.put(
                new Asked(
                        "Як отримати BSN?",
                        "uk",
                        "Зареєструйтеся в гемеенте за місцем проживання, BSN дадуть під час реєстрації.",
                        "uk",
                        "municipal-registration-bsn"),
                "municipal-registration-bsn");
        expected.put(
                new Asked(
                        "Где получить BSN, если мы живём у волонтёров в Амерсфорте?",
                        "ru",
                        "Запишитесь в гемеенте Амерсфорта; BSN выдают при регистрации в BRP.",
                        "ru",
                        null),
                "municipal-registration-bsn");
        expected.put(
                new Asked(
                        "Wanneer wordt het leefgeld voor oktober betaald?",
                        "nl",
                        "Het leefgeld wordt rond de eerste werkdag van de maand door de gemeente overgemaakt.",
                        "nl",
                        "living-allowance"),
                "living-allowance");
        expected.put(
                new Asked(
                        "Коли прийде leefgeld за цей місяць?",
                        "uk",
                        "Гемеенте перераховує leefgeld на початку місяця.",
                        "uk",
                        null),
                "living-allowance");
        expected.put(
                new Asked(
                        "Нужно ли мне оформлять медицинскую страховку, если я начала работать?",
                        "ru",
                        "Да, в течение четырёх месяцев после начала работы нужна базовая страховка (basisverzekering).",
                        "ru",
                        "health-care-insurance"),
                "health-care-insurance");
        expected.put(
                new Asked(
                        "Do I need Dutch health insurance when I start working?",
                        "en",
                        "Yes, take out basic health insurance within four months of starting work.",
                        "en",
                        null),
                "health-care-insurance");
        expected.put(
                new Asked(
                        "Чи можна працювати, поки я навчаюся?",
                        "uk",
                        "Так, з тимчасовим захистом можна працювати; роботодавець повідомляє UWV.",
                        "uk",
                        "work-employer-notification"),
                "work-employer-notification");
        expected.put(
                new Asked(
                        "Can I work while I am studying?",
                        "en",
                        "Yes. With temporary protection you may work next to your studies; your employer notifies UWV.",
                        "en",
                        null),
                "work-employer-notification");
        expected.forEach((asked, topic) ->
                assertThat(groupOf(asked, demo)).as(asked.question()).contains(topic));
    }

    @Test
    void theHelpdesksDemoAnswersJoinTheDemoArticlesTheyAreAbout() {
        Map<String, List<QuestionFeatures>> demo = demoArticles();
        assertThat(groupOf(
                        new Asked(
                                "Добрий день! Де і як можна отримати BSN? Ми приїхали в Утрехт минулого тижня.",
                                "uk",
                                "Зареєструйтеся в гемеенте (муніципалітеті), де ви живете: запишіться на прийом онлайн"
                                        + " або телефоном [phone] в Утрехті. Візьміть паспорт. BSN ви отримаєте під час"
                                        + " реєстрації.",
                                "uk",
                                "municipal-registration-bsn"),
                        demo))
                .contains("municipal-registration-bsn");
        assertThat(groupOf(
                        new Asked(
                                "Can I start working before my residence sticker arrives? An employer in Venlo offered"
                                        + " me a job.",
                                "en",
                                "Yes. With temporary protection you may work; your employer must notify UWV at least"
                                        + " two days before you start (the employer notification).",
                                "en",
                                "work-employer-notification"),
                        demo))
                .contains("work-employer-notification");
        assertThat(groupOf(
                        new Asked(
                                "Моему сыну 9 лет, как записать его в школу в Гааге?",
                                "ru",
                                "В Гааге детей записывают через гемеенте: сначала в класс для новоприбывших"
                                        + " (nieuwkomersklas).",
                                "ru",
                                "education-school"),
                        demo))
                .contains("education-school");
    }

    @Test
    void questionsOnWhatNoDemoArticleAnswersJoinNoneOfThem() {
        Map<String, List<QuestionFeatures>> demo = demoArticles();
        List<Asked> unrelated = List.of(
                new Asked(
                        "Чи можна взяти кота в шелтер?",
                        "uk",
                        "Уточніть у координатора шелтеру, чи дозволені тварини.",
                        "uk",
                        "pets"),
                new Asked(
                        "Як записатися до сімейного лікаря (huisarts)?",
                        "uk",
                        "Зателефонуйте до практик huisarts поруч з вашою адресою. Медична допомога покривається через RMO.",
                        "uk",
                        "health-care-insurance"),
                new Asked(
                        "How do I get a DigiD?",
                        "en",
                        "Apply on digid.nl with your BSN; the activation code comes by post.",
                        "en",
                        null),
                new Asked(
                        "Hoe vraag ik huurtoeslag aan?",
                        "nl",
                        "Huurtoeslag vraagt u aan bij de Belastingdienst met uw DigiD.",
                        "nl",
                        "benefits"),
                new Asked(
                        "Можно ли съездить в Украину на две недели и сохранить временную защиту?",
                        "ru",
                        "Короткая поездка возможна, но сообщите гемеенте заранее.",
                        "ru",
                        "travel-ukraine"),
                new Asked(
                        "I feel very anxious since we arrived. Is there someone I can talk to in Ukrainian?",
                        "en",
                        "Your GP can refer you to a psychologist; some speak Ukrainian.",
                        "en",
                        null));
        for (Asked asked : unrelated) {
            assertThat(groupOf(asked, demo)).as(asked.question()).isEmpty();
        }
    }

    @Test
    void aBankingQuestionThatMentionsHavingNoBsnYetDoesNotJoinTheBsnDraft() {
        Map<String, List<QuestionFeatures>> drafts = new LinkedHashMap<>();
        drafts.put(
                "bsn",
                List.of(new Asked(
                                "Добрий день! Де і як можна отримати BSN? Ми приїхали в Утрехт минулого тижня.",
                                "uk",
                                "Зареєструйтеся в гемеенте (муніципалітеті), де ви живете: запишіться на прийом онлайн"
                                        + " або телефоном. Візьміть паспорт. BSN ви отримаєте під час реєстрації.",
                                "uk",
                                "municipal-registration-bsn")
                        .features()));
        Asked bank = new Asked(
                "Як відкрити рахунок у банку? У мене немає BSN ще",
                "uk",
                "Для рахунку зазвичай потрібен BSN: спочатку зареєструйтеся в гемеенте. Деякі банки відкривають"
                        + " рахунок і без BSN.",
                "uk",
                null);
        Asked bankWithoutBsn = new Asked(
                "How do I open a bank account without a BSN?",
                "en",
                "Most banks need a BSN; register at the municipality first.",
                "en",
                null);

        assertThat(groupOf(bank, drafts)).isEmpty();
        assertThat(groupOf(bankWithoutBsn, drafts)).isEmpty();
        assertThat(extractor.features(bank.question(), "uk", null, null, null).sideConcepts())
                .containsExactly("bsn");
        assertThat(extractor
                        .features(bankWithoutBsn.question(), "en", null, null, null)
                        .sideConcepts())
                .containsExactly("bsn");
        GroupingScorer countingSideConceptsFully =
                new GroupingScorer(new GroupingSettings(null, null, null, 1.0, null, null, null), lexicon);
        assertThat(countingSideConceptsFully
                        .score(bank.features(), drafts.get("bsn").getFirst())
                        .score())
                .as("what the audit saw: the BSN named on the side was enough")
                .isGreaterThanOrEqualTo(GroupingSettings.DEFAULTS.threshold());

        drafts.put(
                "bank-account",
                List.of(new Asked(
                                "Як відкрити банківський рахунок у Нідерландах?",
                                "uk",
                                "Потрібні BSN і паспорт; запишіться в банк.",
                                "uk",
                                "banking")
                        .features()));
        assertThat(groupOf(bank, drafts)).contains("bank-account");
        assertThat(groupOf(bankWithoutBsn, drafts)).contains("bank-account");
        assertThat(groupOf(
                        new Asked(
                                "Де отримати BSN? У мене вже є рахунок у банку.",
                                "uk",
                                "BSN видають під час реєстрації в гемеенте.",
                                "uk",
                                null),
                        drafts))
                .as("a BSN question that mentions the bank on the side")
                .contains("bsn");
    }

    @Test
    void acrossHelpdeskTopicsOneSharedConceptIsNotEnough() {
        Map<String, List<QuestionFeatures>> drafts = Map.of(
                "where to get health insurance",
                List.of(new Asked(
                                "Where can I get health insurance in the Netherlands?",
                                "en",
                                "Take out basic health insurance (zorgverzekering) with a Dutch health insurer within"
                                        + " four months of starting work.",
                                "en",
                                "work-employer-notification")
                        .features()));
        Asked dentist = new Asked(
                "Does my health insurance pay for a filling at the dentist?",
                "en",
                "The basic insurance pays dental care for children only; adults need supplementary dental cover.",
                "en",
                "health-care-insurance");

        GroupingScore why = grouper.scorer()
                .score(dentist.features(), drafts.values().iterator().next().getFirst());

        assertThat(why.sharedConcepts()).containsExactly("health-insurance");
        assertThat(why.score()).isGreaterThanOrEqualTo(GroupingSettings.DEFAULTS.threshold());
        assertThat(why.required())
                .isEqualTo(GroupingSettings.DEFAULTS.threshold() + GroupingSettings.DEFAULTS.differentTopicMargin());
        assertThat(groupOf(dentist, drafts)).isEmpty();
    }

    @Test
    void whatIsNamedAsMissingIsStillAskedWhenNothingElseAsSpecificIsAsked() {
        QuestionFeatures workPermit = extractor.features("Can I work without a work permit?", "en", null, null, null);
        assertThat(workPermit.concepts()).containsKey("work-notification");
        assertThat(workPermit.sideConcepts()).isEmpty();
    }

    @Test
    void theSameDrivingLicenceQuestionInFiveFormsEndsInOneGroupInEveryArrivalOrder() {
        List<Asked> forms = List.of(
                new Asked(
                        "Як обміняти українське посвідчення водія на нідерландське?",
                        "uk",
                        "Обміняти посвідчення можна через гемеенте, після перевірки в CBR.",
                        "uk",
                        "transport-driving-licence"),
                new Asked(
                        "Hoe wissel ik mijn Oekraïense rijbewijs om voor een Nederlands rijbewijs?",
                        "nl",
                        "U vraagt de omwisseling aan bij de gemeente; het CBR beoordeelt eerst uw rijbewijs.",
                        "nl",
                        "transport-driving-licence"),
                new Asked(
                        "How do I exchange my Ukrainian driving licence for a Dutch one?",
                        "en",
                        "Apply at the municipality; the CBR checks your licence first.",
                        "en",
                        null),
                new Asked(
                        "Как поменять украинские права на голландские?",
                        "ru",
                        "Через гемеенте, после проверки в CBR.",
                        "ru",
                        "transport-driving-licence"),
                new Asked(
                        "Yak obminiaty ukrainski prava v Niderlandakh?",
                        "uk",
                        "Через гемеенте; спочатку CBR перевіряє посвідчення.",
                        "uk",
                        null));
        List<QuestionFeatures> features = forms.stream().map(Asked::features).toList();
        assertThat(features)
                .allSatisfy(f ->
                        assertThat(f.concepts()).containsKey("driving-licence").doesNotContainKey("dutch-language"));
        for (List<Integer> order : permutations(List.of(0, 1, 2, 3, 4))) {
            Map<Integer, List<QuestionFeatures>> groups = new LinkedHashMap<>();
            for (int i : order) {
                int group = grouper.bestGroup(features.get(i), groups)
                        .map(Grouper.Match::group)
                        .orElse(groups.size());
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(features.get(i));
            }
            assertThat(groups).as("arrival order " + order).hasSize(1);
        }
    }

    /** How the helpdesk answered "may I work?" in the audit: in Dutch, work allowed, no TWV, UWV notified. */
    static final String MAY_WORK_ANSWER = "Ja. Met tijdelijke bescherming mag u in Nederland werken. U heeft geen"
            + " tewerkstellingsvergunning (TWV) of werkvergunning nodig; uw werkgever doet een melding bij UWV"
            + " voordat u begint.";

    @Test
    void mayIWorkWithTemporaryProtectionJoinsThePublishedWorkArticleInEveryLanguage() {
        Map<String, List<QuestionFeatures>> demo = demoArticles();
        List<Asked> asked = List.of(
                new Asked(
                        "Чи можу я працювати в Нідерландах з тимчасовим захистом?", "uk", MAY_WORK_ANSWER, "nl", null),
                new Asked("Могу ли я работать в Нидерландах с временной защитой?", "ru", MAY_WORK_ANSWER, "nl", null),
                new Asked(
                        "Can I work in the Netherlands with temporary protection?", "en", MAY_WORK_ANSWER, "nl", null),
                new Asked("Mag ik werken met tijdelijke bescherming?", "nl", MAY_WORK_ANSWER, "nl", null),
                new Asked("Чи можу я працювати, якщо я студент?", "uk", MAY_WORK_ANSWER, "nl", null));
        for (Asked a : asked) {
            assertThat(groupOf(a, demo))
                    .as("the audit measured 0.385 and started a second draft: " + a.question())
                    .contains("work-employer-notification");
        }
    }

    @Test
    void lookingForAJobDoesNotJoinMayIWork() {
        Map<String, List<QuestionFeatures>> drafts = new LinkedHashMap<>();
        drafts.put(
                "may I work",
                List.of(new Asked(
                                "Чи можу я працювати в Нідерландах з тимчасовим захистом?",
                                "uk",
                                MAY_WORK_ANSWER,
                                "nl",
                                null)
                        .features()));
        List<Asked> jobSearch = List.of(
                new Asked(
                        "Де знайти роботу медсестрою в Нідерландах?",
                        "uk",
                        "Vacatures vindt u op werk.nl en bij uitzendbureaus. Als verpleegkundige heeft u ook een"
                                + " BIG-registratie nodig.",
                        "nl",
                        null),
                new Asked(
                        "Where can a student find a part-time job?",
                        "en",
                        "Look at job sites and employment agencies; many shops and restaurants hire students.",
                        "en",
                        null),
                new Asked(
                        "Как найти работу без знания голландского языка?",
                        "ru",
                        "Ищите вакансии на werk.nl и через агентства; на складах и в теплицах часто хватает английского.",
                        "ru",
                        null));
        for (Asked a : jobSearch) {
            assertThat(groupOf(a, drafts)).as(a.question()).isEmpty();
            assertThat(groupOf(a, demoArticles())).as(a.question()).isEmpty();
        }
    }

    @Test
    void oneSharedGenericConceptIsNotEnoughOnItsOwn() {
        // the lexicon as the audit's two questions met it: nothing but the generic concept work named in either
        Lexicon onlyWork = Lexicon.of(
                LexiconSeed.load().stream().filter(c -> c.id().equals("work")).toList(), analysis);
        FeatureExtractor seeingOnlyWork = new FeatureExtractor(analysis, () -> onlyWork, null);
        QuestionFeatures mayWork = seeingOnlyWork.features(
                "Чи можу я працювати в Нідерландах з тимчасовим захистом?", "uk", MAY_WORK_ANSWER, "nl", null);
        QuestionFeatures nurse = seeingOnlyWork.features(
                "Де знайти роботу медсестрою в Нідерландах?",
                "uk",
                "Kijk naar vacatures bij ziekenhuizen en uitzendbureaus; u heeft een BIG-registratie nodig.",
                "nl",
                null);
        assertThat(mayWork.concepts()).containsOnlyKeys("work");
        assertThat(nurse.concepts()).containsOnlyKeys("work");

        GroupingScore before = new GroupingScorer(
                        new GroupingSettings(null, null, null, null, null, 1.0, null), onlyWork)
                .score(nurse, mayWork);
        GroupingScore now = new GroupingScorer(GroupingSettings.DEFAULTS, onlyWork).score(nurse, mayWork);

        assertThat(before.concepts())
                .as("what the audit saw: concepts 1.0 on work alone")
                .isEqualTo(1.0);
        assertThat(before.groups()).isTrue();
        assertThat(now.sharedConcepts()).containsExactly("work");
        assertThat(now.concepts()).isEqualTo(0.5);
        assertThat(now.groups()).isFalse();
    }

    @Test
    void aQuestionNamingOnlyAGenericConceptIsReadWithItsAnswersSpecificOnesButAnUnknownQuestionIsNot() {
        Asked student = new Asked("Чи можу я працювати, якщо я студент?", "uk", MAY_WORK_ANSWER, "nl", null);
        assertThat(student.features().concepts()).containsOnlyKeys("work");
        GroupingScore why = grouper.scorer()
                .score(
                        student.features(),
                        new Asked("Do I need a work permit to start a job?", "en", MAY_WORK_ANSWER, "nl", null)
                                .features());
        assertThat(why.sharedConcepts()).contains("work-notification");
        assertThat(why.groups()).isTrue();

        Map<String, List<QuestionFeatures>> drafts = Map.of(
                "school",
                List.of(new Asked(
                                "How do I enrol my daughter in a school?",
                                "en",
                                "Enrol your child at a nearby primary school.",
                                "en",
                                null)
                        .features()));
        Asked tuba = new Asked(
                "Where can I practise the tuba without disturbing neighbours?",
                "en",
                "Music schools rent practice rooms.",
                "en",
                null);
        assertThat(tuba.features().concepts()).isEmpty();
        assertThat(groupOf(tuba, drafts))
                .as("\"music schools\" in the answer is no school question")
                .isEmpty();
    }

    @Test
    void recognisingAUkrainianDiplomaIsOneQuestionInUkrainianRussianDutchAndEnglish() {
        String answer = "Laat uw diploma waarderen door IDW (Internationale Diplomawaardering) van Nuffic.";
        List<QuestionFeatures> forms = List.of(
                new Asked("Як підтвердити мій український диплом у Нідерландах?", "uk", answer, "nl", null).features(),
                new Asked("Как признать мой диплом в Нидерландах?", "ru", answer, "nl", null).features(),
                new Asked("Hoe laat ik mijn Oekraïense diploma erkennen?", "nl", answer, "nl", null).features(),
                new Asked("How do I get my Ukrainian university degree recognised?", "en", answer, "nl", null)
                        .features());
        assertThat(forms).allSatisfy(f -> assertThat(f.concepts()).containsKey("diploma-recognition"));
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                assertThat(grouper.scorer().score(forms.get(i), forms.get(j)).groups())
                        .as("forms " + i + " and " + j)
                        .isTrue();
            }
        }
        assertThat(grouper.scorer()
                        .score(
                                forms.getFirst(),
                                new Asked(
                                                "Де знайти роботу медсестрою в Нідерландах?",
                                                "uk",
                                                "Vacatures vindt u op werk.nl en bij uitzendbureaus.",
                                                "nl",
                                                null)
                                        .features())
                        .groups())
                .as("a nurse's diploma is not a nurse's job search")
                .isFalse();
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> out = new ArrayList<>();
        for (Integer first : items) {
            List<Integer> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> p = new ArrayList<>();
                p.add(first);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }
}
