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
        GroupingScorer asBeforeTheAudits =
                new GroupingScorer(new GroupingSettings(null, null, null, 1.0, null, null, null, 1.0, 0.0), lexicon);
        assertThat(asBeforeTheAudits
                        .score(bank.features(), drafts.get("bsn").getFirst())
                        .score())
                .as("what the audit saw: the BSN named on the side was enough")
                .isGreaterThanOrEqualTo(GroupingSettings.DEFAULTS.threshold());
        GroupingScorer countingSideConceptsFully =
                new GroupingScorer(new GroupingSettings(null, null, null, 1.0, null, null, null, null, null), lexicon);
        assertThat(countingSideConceptsFully
                        .score(bank.features(), drafts.get("bsn").getFirst())
                        .differentContent())
                .as("counted fully, the bank account is what it asks besides the BSN, and the BSN answer never says it")
                .containsExactly("bank-account");

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

        GroupingScore why = new GroupingScorer(
                        new GroupingSettings(null, null, null, null, null, null, null, 1.0, null), lexicon)
                .score(dentist.features(), drafts.values().iterator().next().getFirst());

        assertThat(why.sharedConcepts()).containsExactly("health-insurance");
        assertThat(why.score()).isGreaterThanOrEqualTo(GroupingSettings.DEFAULTS.threshold());
        assertThat(why.required())
                .isEqualTo(GroupingSettings.DEFAULTS.threshold() + GroupingSettings.DEFAULTS.differentTopicMargin());
        assertThat(groupOf(dentist, drafts)).isEmpty();
        assertThat(grouper.scorer()
                        .score(
                                dentist.features(),
                                drafts.values().iterator().next().getFirst())
                        .differentContent())
                .as("and the dentist is what it asks besides the health insurance, which the other never names")
                .containsExactly("dentist");
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
                        new GroupingSettings(null, null, null, null, null, 1.0, null, null, 0.0), onlyWork)
                .score(nurse, mayWork);
        GroupingScore now = new GroupingScorer(GroupingSettings.DEFAULTS, onlyWork).score(nurse, mayWork);

        assertThat(before.concepts())
                .as("what the audit saw: concepts 1.0 on work alone")
                .isEqualTo(1.0);
        assertThat(before.groups()).isTrue();
        GroupingScore halfEvidence = new GroupingScorer(
                        new GroupingSettings(null, null, null, null, null, null, null, null, 0.0), onlyWork)
                .score(nurse, mayWork);
        assertThat(halfEvidence.concepts())
                .as("one generic concept counts half unless the answers agree")
                .isEqualTo(0.5);
        assertThat(halfEvidence.groups()).isFalse();
        assertThat(now.sharedConcepts()).containsExactly("work");
        assertThat(now.concepts())
                .as("and as much as the answers agree when they say other things (0.048)")
                .isEqualTo(now.answers());
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

    private static final String PETS_ANSWER =
            "Чи можна тримати тварину, написано в договорі оренди або в правилах житлової корпорації; кота"
                    + " зазвичай дозволяють, про собаку спитайте орендодавця.";
    private static final String ARREARS_ANSWER = "Виселити вас можна лише за рішенням суду. Зверніться до"
            + " орендодавця і попросіть гемеенте про допомогу з боргами (schuldhulp).";

    @Test
    void aRentArrearsQuestionDoesNotJoinAPetQuestionThroughHousingAlone() {
        Map<String, List<QuestionFeatures>> drafts = new LinkedHashMap<>();
        drafts.put(
                "dog in social housing",
                List.of(new Asked("Чи можна взяти собаку в соціальне житло?", "uk", PETS_ANSWER, "uk", null)
                        .features()));
        List<Asked> arrears = List.of(
                new Asked("У мене борг за оренду, мене виселять?", "uk", ARREARS_ANSWER, "uk", null),
                new Asked("У меня долг за аренду квартиры, могут ли меня выселить?", "ru", ARREARS_ANSWER, "uk", null),
                new Asked(
                        "Ik heb een huurachterstand, kan de verhuurder mij uit huis zetten?",
                        "nl",
                        "Uit huis zetten mag alleen na een uitspraak van de rechter; vraag de gemeente om schuldhulp.",
                        "nl",
                        null),
                new Asked("Maiu borh za orendu kvartyry, chy mozhut mene vyselyty?", "uk", ARREARS_ANSWER, "uk", null));
        for (Asked a : arrears) {
            assertThat(groupOf(a, drafts))
                    .as("the audit measured 0.469 on housing alone: " + a.question())
                    .isEmpty();
        }
        for (int i = 1; i < arrears.size(); i++) {
            assertThat(grouper.scorer()
                            .score(arrears.getFirst().features(), arrears.get(i).features())
                            .groups())
                    .as(arrears.get(i).question())
                    .isTrue();
        }
        Lexicon beforeTheAudit = Lexicon.of(
                LexiconSeed.load().stream()
                        .filter(c -> !List.of(
                                        "rent-arrears",
                                        "pets",
                                        "social-housing",
                                        "repayment",
                                        "rent-increase",
                                        "lease-termination")
                                .contains(c.id()))
                        .toList(),
                analysis);
        FeatureExtractor before = new FeatureExtractor(analysis, () -> beforeTheAudit, null);
        QuestionFeatures arrearsThen =
                before.features("У мене борг за оренду, мене виселять?", "uk", ARREARS_ANSWER, "uk", null);
        QuestionFeatures petsThen =
                before.features("Чи можна взяти собаку в соціальне житло?", "uk", PETS_ANSWER, "uk", null);
        GroupingScore then = new GroupingScorer(
                        new GroupingSettings(null, null, null, null, null, null, null, null, 0.0), beforeTheAudit)
                .score(arrearsThen, petsThen);
        assertThat(then.sharedConcepts()).as("what the audit saw").containsExactly("housing");
        assertThat(then.groups()).isTrue();
    }

    @Test
    void writingACvDoesNotJoinLookingForAJobAsATruckDriver() {
        Map<String, List<QuestionFeatures>> drafts = new LinkedHashMap<>();
        drafts.put(
                "truck driver",
                List.of(new Asked(
                                "Як знайти роботу водієм вантажівки?",
                                "uk",
                                "Vacatures voor vrachtwagenchauffeurs vindt u op werk.nl en bij uitzendbureaus; u heeft"
                                        + " rijbewijs C en code 95 nodig. Maak ook een Nederlands cv.",
                                "nl",
                                "work-employer-notification")
                        .features()));
        String cvAnswer = "Een Nederlands cv is kort (een tot twee pagina's) met werkervaring, opleiding en talen;"
                + " schrijf bij elke vacature een korte motivatiebrief.";
        List<Asked> cv = List.of(
                new Asked("Hoe schrijf ik een goed Nederlands cv?", "nl", cvAnswer, "nl", null),
                new Asked("Як написати резюме для голландського роботодавця?", "uk", cvAnswer, "nl", null),
                new Asked("Как составить резюме для работы в Нидерландах?", "ru", cvAnswer, "nl", null),
                new Asked("How do I write a CV for Dutch employers?", "en", cvAnswer, "nl", null),
                new Asked("Yak pravylno napysaty rezyume i motyvatsiinyi lyst?", "uk", cvAnswer, "nl", null));
        for (Asked a : cv) {
            assertThat(a.features().concepts()).as(a.question()).containsKey("cv-application");
            assertThat(groupOf(a, drafts))
                    .as("the audit measured 0.55-0.615 on job-search: " + a.question())
                    .isEmpty();
        }
        for (int i = 1; i < cv.size(); i++) {
            assertThat(grouper.scorer()
                            .score(cv.getFirst().features(), cv.get(i).features())
                            .groups())
                    .as(cv.get(i).question())
                    .isTrue();
        }
    }

    @Test
    void aPhotoOnMyResumeJoinsTheCvQuestionsAndResumingWorkDoesNot() {
        String cvAnswer = "A Dutch CV is short (one or two pages) with your work experience, education and languages;"
                + " a photo is not needed. Job centres and libraries help with your CV for free.";
        Map<String, List<QuestionFeatures>> drafts = new LinkedHashMap<>();
        drafts.put(
                "cv",
                List.of(
                        new Asked("How do I write a CV for Dutch employers?", "en", cvAnswer, "en", null).features(),
                        new Asked("Hoe schrijf ik een goed Nederlands cv?", "nl", cvAnswer, "en", null).features()));
        for (Asked noun : List.of(
                new Asked("Shoud I put a photo on my resume?", "en", cvAnswer, "en", null),
                new Asked("Is there a resume template for Dutch employers?", "en", cvAnswer, "en", null),
                new Asked("Should my résumé be in Dutch?", "en", cvAnswer, "en", null))) {
            assertThat(noun.features().concepts()).as(noun.question()).containsKey("cv-application");
            assertThat(groupOf(noun, drafts))
                    .as("shared nothing the lexicon knows before: " + noun.question())
                    .contains("cv");
        }
        Asked verb = new Asked(
                "When can I resume work after my illness?",
                "en",
                "Your company doctor decides when you can go back to work; your employer plans your return.",
                "en",
                null);
        assertThat(verb.features().concepts()).doesNotContainKey("cv-application");
        assertThat(groupOf(verb, drafts)).isEmpty();
    }

    @Test
    void aForgottenDigidPasswordDoesNotJoinTheDigidArticleButEveryWayOfAskingForDigidDoes() {
        Map<String, List<QuestionFeatures>> articles = new LinkedHashMap<>();
        articles.put(
                "how to get DigiD",
                List.of(
                        extractor.titleFeatures(
                                "Як отримати DigiD?",
                                "uk",
                                "DigiD замовляють на digid.nl з вашим BSN і адресою. Код активації прийде листом.",
                                "documents"),
                        extractor.titleFeatures(
                                "Applying for DigiD",
                                "en",
                                "Apply for DigiD on digid.nl with your BSN and address. You receive an activation"
                                        + " code by post; then you log in to the tax office and your health insurer.",
                                "documents")));
        String recovery = "Vraag op digid.nl via 'Wachtwoord vergeten' een nieuw wachtwoord aan; u krijgt een"
                + " herstelcode per sms of per brief.";
        List<Asked> forgotten = List.of(
                new Asked("Я забув пароль від DigiD, що робити?", "uk", recovery, "nl", "documents"),
                new Asked("Забыла пароль от ДигиД, как восстановить?", "ru", recovery, "nl", null),
                new Asked("Ik ben mijn DigiD wachtwoord vergeten, wat nu?", "nl", recovery, "nl", "documents"),
                new Asked("I forgot my DigiD password, how do I reset it?", "en", recovery, "nl", null),
                new Asked("Zabula parol vid DigiD, yak vidnovyty?", "uk", recovery, "nl", null));
        for (Asked a : forgotten) {
            assertThat(groupOf(a, articles))
                    .as("the audit measured 0.717 on digid: " + a.question())
                    .isEmpty();
        }
        String apply = "Vraag DigiD aan op digid.nl met uw BSN en adres; de activeringscode komt per brief.";
        List<Asked> digid = List.of(
                new Asked("Як отримати DigiD?", "uk", apply, "nl", "documents"),
                new Asked("Как оформить ДигиД?", "ru", apply, "nl", null),
                new Asked("Hoe vraag ik een DigiD aan?", "nl", apply, "nl", "documents"),
                new Asked("How do I apply for a DigiD?", "en", apply, "nl", null),
                new Asked("Yak otrymaty DigiD v Niderlandakh?", "uk", apply, "nl", null),
                new Asked("Hoe vraag ik een DigiID aan voor de belastingdienst?", "nl", apply, "nl", null));
        for (Asked a : digid) {
            assertThat(groupOf(a, articles)).as(a.question()).contains("how to get DigiD");
        }
        // a long question naming six concepts scores 0.36 against a title alone (its concepts dilute the Dice, as
        // before the audit), and joins once the group holds a question answered alike
        Asked longOne = new Asked(
                "Hello, we arrived in Tilburg two months ago and registered at the municipality, we have a BSN now and"
                        + " my husband says we need DigiD for the tax office and the health insurer, how do we apply"
                        + " for it and how long does it take?",
                "en",
                apply,
                "nl",
                null);
        Map<String, List<QuestionFeatures>> draft = Map.of(
                "DigiD draft",
                List.of(digid.getFirst().features(), digid.get(3).features()),
                "forgotten password draft",
                List.of(forgotten.getFirst().features()));
        assertThat(groupOf(longOne, draft)).contains("DigiD draft");
        assertThat(groupOf(forgotten.get(3), draft)).contains("forgotten password draft");
    }

    /** The lexicon as it was before the third audit: without the concepts it added. */
    private static Lexicon withoutTheThirdAuditsConcepts() {
        return Lexicon.of(
                LexiconSeed.load().stream()
                        .filter(c -> !List.of("repayment", "rent-increase", "lease-termination")
                                .contains(c.id()))
                        .toList(),
                analysis);
    }

    private static final String ROOM_TITLE =
            "Чи можна отримати huurtoeslag (допомогу на оренду), якщо я орендую кімнату?";
    private static final String ROOM_BODY = "Так, якщо у вас є власний договір оренди кімнати з окремою адресою в BRP і"
            + " ваш дохід невисокий. Huurtoeslag подають через Belastingdienst (Dienst Toeslagen) з DigiD.";
    private static final String REPAY_ANSWER = "Можно договориться о рассрочке (betalingsregeling) с Dienst Toeslagen:"
            + " позвоните им или подайте заявку через Mijn toeslagen. Если вы не согласны с суммой, подайте возражение"
            + " (bezwaar) в течение шести недель.";
    private static final String REPAY_ANSWER_NL = "Vraag bij Dienst Toeslagen een betalingsregeling aan, dan betaalt u"
            + " in termijnen. Bent u het niet eens met de terugvordering, maak dan binnen zes weken bezwaar.";

    /** The published article the audit's repayment question joined: its uk title and body, and its own question. */
    private static Map<String, List<QuestionFeatures>> roomArticle(FeatureExtractor extractor) {
        return Map.of(
                "huurtoeslag for a room",
                List.of(
                        extractor.titleFeatures(ROOM_TITLE, "uk", ROOM_BODY, "benefits"),
                        extractor.features(ROOM_TITLE, "uk", ROOM_BODY, "uk", "benefits")));
    }

    @Test
    void havingToPayBackRentAllowanceDoesNotJoinTheArticleOnWhoMayGetIt() {
        Map<String, List<QuestionFeatures>> article = roomArticle(extractor);
        Asked audit = new Asked(
                "Я получил письмо: нужно вернуть huurtoeslag за 2025 год, 800 евро. Что делать?",
                "ru",
                REPAY_ANSWER,
                "ru",
                "benefits");
        List<Asked> repay = List.of(
                audit,
                new Asked(
                        "Мені прийшов лист, що треба повернути huurtoeslag за минулий рік. Що робити?",
                        "uk",
                        REPAY_ANSWER_NL,
                        "nl",
                        null),
                new Asked(
                        "Ik moet 800 euro huurtoeslag terugbetalen, wat kan ik doen?",
                        "nl",
                        REPAY_ANSWER_NL,
                        "nl",
                        null),
                new Asked(
                        "The tax office says I must pay back my rent allowance. Can I pay in instalments?",
                        "en",
                        REPAY_ANSWER_NL,
                        "nl",
                        "benefits"),
                new Asked(
                        "Treba povernuty huurtoeslag za mynulyi rik, yak tse zrobyty?", "uk", REPAY_ANSWER, "ru", null),
                new Asked(
                        "I owe the Belastingdienst 800 euros of huurtoeslag, what now?",
                        "en",
                        REPAY_ANSWER_NL,
                        "nl",
                        null));
        for (Asked a : repay) {
            assertThat(a.features().concepts()).as(a.question()).containsKeys("repayment", "rent-allowance");
            assertThat(groupOf(a, article))
                    .as("the audit measured 0.588 on rent-allowance: " + a.question())
                    .isEmpty();
        }
        assertThat(grouper.scorer()
                        .score(
                                audit.features(),
                                article.get("huurtoeslag for a room").getFirst())
                        .differentContent())
                .containsExactly("repayment");
        for (int i = 1; i < repay.size(); i++) {
            assertThat(grouper.scorer()
                            .score(repay.getFirst().features(), repay.get(i).features())
                            .groups())
                    .as("the same question: " + repay.get(i).question())
                    .isTrue();
        }
        String who = "Huurtoeslag krijgt u als u zelf een woning of kamer met eigen adres huurt en uw inkomen laag is;"
                + " vraag het aan bij Dienst Toeslagen.";
        for (Asked eligible : List.of(
                new Asked("Kan ik huurtoeslag krijgen als ik een kamer huur?", "nl", who, "nl", null),
                new Asked("Можно ли получить huurtoeslag, если я снимаю комнату?", "ru", who, "nl", "benefits"),
                new Asked("Can I get rent allowance if I rent a room?", "en", who, "nl", null))) {
            assertThat(groupOf(eligible, article)).as(eligible.question()).contains("huurtoeslag for a room");
        }

        Lexicon before = withoutTheThirdAuditsConcepts();
        FeatureExtractor seeingBefore = new FeatureExtractor(analysis, () -> before, null);
        GroupingScore then = new GroupingScorer(GroupingSettings.DEFAULTS, before)
                .score(
                        seeingBefore.features(audit.question(), "ru", REPAY_ANSWER, "ru", "benefits"),
                        roomArticle(seeingBefore).get("huurtoeslag for a room").getFirst());
        assertThat(then.sharedConcepts()).as("what the audit saw").containsExactly("rent-allowance");
        assertThat(then.groups()).isTrue();
    }

    private static final String LEASE_ANSWER =
            "Договір можна розірвати письмово, попередивши власника за місяць (opzegtermijn).";
    private static final String INCREASE_ANSWER =
            "Dat mag alleen tot het wettelijke maximum per jaar; anders maakt u bezwaar bij de Huurcommissie.";

    @Test
    void aRentIncreaseDoesNotJoinEndingALeaseThroughHousingAlone() {
        Map<String, List<QuestionFeatures>> draft = Map.of(
                "ending a lease",
                List.of(new Asked("Як розірвати договір оренди квартири?", "uk", LEASE_ANSWER, "uk", null).features()));
        Asked audit =
                new Asked("Мій орендодавець підняв оренду на 20%. Чи це законно?", "uk", INCREASE_ANSWER, "nl", null);
        List<Asked> increase = List.of(
                audit,
                new Asked("Хозяин квартиры поднял аренду на 150 евро, это законно?", "ru", INCREASE_ANSWER, "nl", null),
                new Asked("Mijn huur wordt met 15% verhoogd, mag dat?", "nl", INCREASE_ANSWER, "nl", null),
                new Asked(
                        "My landlord raised the rent by 20 percent, is that allowed?",
                        "en",
                        "Only up to the legal maximum once a year; object at the Huurcommissie otherwise.",
                        "en",
                        null));
        for (Asked a : increase) {
            assertThat(a.features().concepts()).as(a.question()).containsKey("rent-increase");
            assertThat(groupOf(a, draft))
                    .as("the audit measured 0.419 on housing alone: " + a.question())
                    .isEmpty();
        }
        assertThat(increase.getLast().features().concepts())
                .as("\"is that allowed?\" is no rent allowance")
                .doesNotContainKey("rent-allowance");
        for (int i = 1; i < increase.size(); i++) {
            assertThat(grouper.scorer()
                            .score(
                                    increase.getFirst().features(),
                                    increase.get(i).features())
                            .groups())
                    .as("the same question: " + increase.get(i).question())
                    .isTrue();
        }
        for (Asked lease : List.of(
                new Asked("Как расторгнуть договор аренды квартиры?", "ru", LEASE_ANSWER, "uk", null),
                new Asked("Hoe zeg ik mijn huurcontract op?", "nl", LEASE_ANSWER, "uk", null),
                new Asked("How do I end my rental contract?", "en", LEASE_ANSWER, "uk", null),
                new Asked(
                        "Wij gaan verhuizen, hoe lang van tevoren moet ik de huur opzeggen?",
                        "nl",
                        LEASE_ANSWER,
                        "uk",
                        null))) {
            assertThat(lease.features().concepts()).as(lease.question()).containsKey("lease-termination");
            assertThat(lease.features().concepts())
                    .as("moving house (verhuizen) is no rent increase (verhogen): " + lease.question())
                    .doesNotContainKey("rent-increase");
            assertThat(groupOf(lease, draft)).as(lease.question()).contains("ending a lease");
        }
    }

    @Test
    void questionsSharingOnlyABroadConceptWhoseAnswersSayOtherThingsDoNotGroup() {
        // the lexicon as the audit's two questions met it: housing is all either names
        Lexicon before = withoutTheThirdAuditsConcepts();
        FeatureExtractor seeingBefore = new FeatureExtractor(analysis, () -> before, null);
        QuestionFeatures lease =
                seeingBefore.features("Як розірвати договір оренди квартири?", "uk", LEASE_ANSWER, "uk", null);
        QuestionFeatures increase = seeingBefore.features(
                "Мій орендодавець підняв оренду на 20%. Чи це законно?", "uk", INCREASE_ANSWER, "nl", null);
        assertThat(lease.concepts()).containsOnlyKeys("housing");
        assertThat(increase.concepts()).containsOnlyKeys("housing");

        GroupingScore then = new GroupingScorer(
                        new GroupingSettings(null, null, null, null, null, null, null, null, 0.0), before)
                .score(increase, lease);
        GroupingScore now = new GroupingScorer(GroupingSettings.DEFAULTS, before).score(increase, lease);

        assertThat(then.score()).as("what the audit saw").isEqualTo(0.419);
        assertThat(then.answers()).isZero();
        assertThat(then.groups()).isTrue();
        assertThat(now.sharedConcepts()).containsExactly("housing");
        assertThat(now.concepts())
                .as("housing counts as much as the answers agree: not at all")
                .isZero();
        assertThat(now.groups()).isFalse();

        // the same broad concept, answers that say the same: still one question
        QuestionFeatures sameAnswer = seeingBefore.features(
                "Мій орендодавець хоче більше грошей за квартиру, це законно?", "uk", INCREASE_ANSWER, "nl", null);
        assertThat(new GroupingScorer(GroupingSettings.DEFAULTS, before)
                        .score(increase, sameAnswer)
                        .groups())
                .isTrue();
    }

    @Test
    void comingBackToUkraineIsNoPayingBack() {
        String answer = "Meld uw vertrek bij de gemeente, dan wordt u uitgeschreven uit de BRP.";
        Map<String, List<QuestionFeatures>> drafts = new LinkedHashMap<>();
        drafts.put(
                "deregistration",
                List.of(new Asked("Як виписатися з гемеенте, якщо я повертаюся в Україну?", "uk", answer, "nl", null)
                        .features()));
        drafts.put(
                "repayment",
                List.of(new Asked(
                                "Я получил письмо: нужно вернуть huurtoeslag за 2025 год, 800 евро. Что делать?",
                                "ru",
                                REPAY_ANSWER,
                                "ru",
                                null)
                        .features()));
        for (Asked a : List.of(
                new Asked("Мы хотим вернуться в Украину, как выписаться из муниципалитета?", "ru", answer, "nl", null),
                new Asked("Когда я вернусь в Украину, нужно ли сняться с учета?", "ru", answer, "nl", null),
                new Asked("Ми повертаємося в Україну назавжди, як виписатися з гемеенте?", "uk", answer, "nl", null),
                new Asked("My vernemsia v Ukrainu, kak vypisatsya?", "ru", answer, "nl", null))) {
            assertThat(a.features().concepts()).as(a.question()).containsKey("deregistration");
            assertThat(a.features().concepts()).as(a.question()).doesNotContainKey("repayment");
            assertThat(groupOf(a, drafts)).as(a.question()).contains("deregistration");
        }
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
