package nl.wegwijs.knowledge.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijs.knowledge.articles.PublicationCheck.Warning;
import nl.wegwijs.knowledge.privacy.PersonalData;
import nl.wegwijs.knowledge.privacy.PersonalData.Kind;
import nl.wegwijs.platform.privacy.Redactor;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PublicationCheckTest {

    private final PublicationCheck check = new PublicationCheck(new PersonalData(new Redactor()));

    private static Map<String, TranslationText> en(String title, String body) {
        return Map.of("en", new TranslationText(title, body, false));
    }

    @Test
    void aBsnThatPassesTheElevenTestIsRefusedNamingTheFieldAndTheKindButNotTheNumber() {
        var refused = catchThrowableOfType(
                InvalidRequestException.class,
                () -> check.requirePublishable(en("Registering", "Write your BSN like this: 111 222 333.")));

        assertThat(refused.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("translations.en.body");
            assertThat(problem.message()).contains("BSN").doesNotContain("111", "222", "333");
        });
        assertThat(refused.getMessage()).doesNotContain("111 222 333");
    }

    @Test
    void aValidIbanInAnyTranslationsTitleOrBodyIsRefusedAndEveryOffendingFieldIsListed() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put("nl", new TranslationText("Betalen", "Maak het over naar NL91 ABNA 0417 1643 00.", false));
        translations.put("uk", new TranslationText("Рахунок NL91ABNA0417164300", "BSN 123456782", false));

        var refused = catchThrowableOfType(InvalidRequestException.class, () -> check.requirePublishable(translations));

        assertThat(refused.errors())
                .extracting(FieldProblem::field)
                .containsExactly("translations.nl.body", "translations.uk.title", "translations.uk.body");
        assertThat(refused.errors().get(0).message()).contains("IBAN").doesNotContain("0417");
        assertThat(refused.errors().get(2).message()).contains("BSN");
    }

    @Test
    void numbersThatFailTheElevenTestOrTheIbanCheckAreNotRefused() {
        assertThatCode(() -> check.requirePublishable(
                        en("Reference 123456789", "Account NL92ABNA0417164300 is not a valid IBAN.")))
                .doesNotThrowAnyException();
    }

    @Test
    void whatRedactionAlreadyReplacedIsNotPersonalData() {
        var text = en("Where do I register?", "Bring [BSN] and [IBAN]; we called [name] on [phone] at [e-mail].");

        assertThat(check.warnings(text)).isEmpty();
        assertThatCode(() -> check.requirePublishable(text)).doesNotThrowAnyException();
    }

    @Test
    void anOrganisationsServiceNumbersAndRoleAddressesAreNoPersonalDataAtAll() {
        var text = en(
                "Questions? Mail info@gemeente.nl",
                "Call 0800-0543 for free, 088 123 45 67, or write to Postbus 2003, 6401 DA Heerlen.");

        assertThat(check.warnings(text)).isEmpty();
    }

    @Test
    void helplinesOfficeAddressesAndEmailAddressesMayBePublishedButAreWarnedAboutByFieldAndKind() {
        var text = en(
                "Questions? Mail spreekuur.oost@gemeente.nl",
                "Call +380 44 123 45 67, or visit Stationsplein 12 in Utrecht.");

        assertThatCode(() -> check.requirePublishable(text)).doesNotThrowAnyException();
        assertThat(check.warnings(text))
                .containsExactlyInAnyOrder(
                        new Warning("translations.en.title", Kind.EMAIL),
                        new Warning("translations.en.body", Kind.PHONE),
                        new Warning("translations.en.body", Kind.ADDRESS));
    }

    @Test
    void aLicencePlateIsWarnedAbout() {
        var text = en("Parking permit", "A car with plate 12-ABC-3 or AA 1234 BB may park here.");

        assertThat(check.warnings(text)).containsExactly(new Warning("translations.en.body", Kind.PLATE));
    }

    @Test
    void namesPeopleIntroduceAreWarnedAboutInDutchEnglishUkrainianAndRussian() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put("en", new TranslationText("Swimming lessons", "My name is Olena Koval and I ask.", false));
        translations.put("nl", new TranslationText("Zwemles", "Ik heet Pieter, wie betaalt?", false));
        translations.put("uk", new TranslationText("Мене звати Оксана", "Плавання", false));
        translations.put("ru", new TranslationText("Плавание", "Меня зовут Ирина, кто платит?", false));

        assertThat(check.warnings(translations))
                .containsExactly(
                        new Warning("translations.en.body", Kind.NAME),
                        new Warning("translations.nl.body", Kind.NAME),
                        new Warning("translations.uk.title", Kind.NAME),
                        new Warning("translations.ru.body", Kind.NAME));
        assertThatCode(() -> check.requirePublishable(translations)).doesNotThrowAnyException();
    }

    @Test
    void namesInASalutationASignOffOrABareIntroductionAreWarnedAboutInEveryTranslationsTitleAndBody() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put(
                "nl",
                new TranslationText(
                        "Mykola Hrytsenko uit Kyiv.",
                        "Beste Mykola, een gehandicaptenparkeerkaart vraagt u aan bij de gemeente.",
                        false));
        translations.put(
                "uk",
                new TranslationText("Паркувальна картка", "Зверніться до гемеенте.\nЗ повагою, Олена Коваль", false));
        translations.put(
                "en", new TranslationText("Svitlana Kravets here.", "Dear Anna,\nApply at the municipality.", false));
        translations.put(
                "ru", new TranslationText("Парковочная карта", "Шановний Олеже, обратитесь в гемеенте.", false));

        assertThat(check.warnings(translations))
                .containsExactly(
                        new Warning("translations.nl.title", Kind.NAME),
                        new Warning("translations.nl.body", Kind.NAME),
                        new Warning("translations.uk.body", Kind.NAME),
                        new Warning("translations.en.title", Kind.NAME),
                        new Warning("translations.en.body", Kind.NAME),
                        new Warning("translations.ru.body", Kind.NAME));
        assertThat(check.notices(translations))
                .extracting(Notice::field, Notice::message)
                .first()
                .satisfies(n -> assertThat(n.toList().get(1).toString())
                        .contains("NAME")
                        .doesNotContain("Mykola"));
    }

    @Test
    void aSalutationWithoutANameIsNoWarning() {
        assertThat(check.warnings(en("Parking card", "Dear Sir or Madam, apply at the municipality.")))
                .isEmpty();
        assertThat(check.warnings(en("Parking card", "Apply at the municipality.\nKind regards, the Wegwijs team")))
                .isEmpty();
    }

    @Test
    void identifiersAreAlsoAmongTheWarnings() {
        assertThat(check.warnings(en("BSN 111222333", "IBAN NL91ABNA0417164300")))
                .containsExactly(
                        new Warning("translations.en.title", Kind.BSN), new Warning("translations.en.body", Kind.IBAN));
    }

    @Test
    void aPassportOrIdDocumentNumberIsRefusedLikeABsnNamingTheFieldButNotTheNumber() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put("en", new TranslationText("Lost passport", "Report passport number FX123456 as lost.", false));
        translations.put("nl", new TranslationText("Paspoort NW92BD4C1 kwijt", "Meld het bij de gemeente.", false));
        translations.put("uk", new TranslationText("Загубила паспорт, що робити?", "Зверніться до гемеенте.", false));

        var refused = catchThrowableOfType(InvalidRequestException.class, () -> check.requirePublishable(translations));

        assertThat(refused.errors())
                .extracting(FieldProblem::field)
                .containsExactly("translations.en.body", "translations.nl.title");
        assertThat(refused.errors())
                .allSatisfy(problem -> assertThat(problem.message())
                        .contains("document number")
                        .doesNotContain("123456", "NW92"));
        assertThat(check.warnings(translations))
                .containsExactly(
                        new Warning("translations.en.body", Kind.DOCUMENT),
                        new Warning("translations.nl.title", Kind.DOCUMENT));
    }

    @Test
    void birthDatesSocialMediaHandlesAndSpelledOutEmailAddressesMayBePublishedButAreWarnedAbout() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put(
                "en",
                new TranslationText(
                        "Child benefit for a child born on 12.03.2009",
                        "Ask @iryna_boiko or write to iryna at gmail dot com.",
                        false));
        translations.put(
                "uk",
                new TranslationText(
                        "Канал у Telegram", "Пишіть нам: t.me/wegwijs_help, народилася 14.05.1987.", false));

        assertThatCode(() -> check.requirePublishable(translations)).doesNotThrowAnyException();
        assertThat(check.warnings(translations))
                .containsExactly(
                        new Warning("translations.en.title", Kind.DATE),
                        new Warning("translations.en.body", Kind.EMAIL),
                        new Warning("translations.en.body", Kind.HANDLE),
                        new Warning("translations.uk.body", Kind.DATE),
                        new Warning("translations.uk.body", Kind.HANDLE));
    }

    @Test
    void deadlinesAndWhatRedactionAlreadyReplacedOfTheNewKindsAreNoWarnings() {
        var text = en(
                "Apply before 1 January 2027",
                "From 01.03.2027 on; we removed [document], [date] and [handle] from the question.");

        assertThat(check.warnings(text)).isEmpty();
    }

    @Test
    void namesIntroducedWithIAmOrThisIsInAnyOfTheFourLanguagesAreWarnedAbout() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put("uk", new TranslationText("Я Ірина Бойко з Харкова", "Де отримати BSN?", false));
        translations.put("ru", new TranslationText("Вопрос", "Это Анна Петрова, где получить BSN?", false));
        translations.put("en", new TranslationText("Question", "Hi, I'm Anna-Maria van der Berg.", false));

        assertThat(check.warnings(translations))
                .containsExactly(
                        new Warning("translations.uk.title", Kind.NAME),
                        new Warning("translations.ru.body", Kind.NAME),
                        new Warning("translations.en.body", Kind.NAME));
    }

    @Test
    void nationalitiesLanguagesAndProfessionsAfterIAmAreNoNames() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put("en", new TranslationText("I am Ukrainian, may I work?", "I'm IT specialist.", false));
        translations.put("nl", new TranslationText("Ik ben Oekraïense", "Ik ben Nederlands aan het leren.", false));

        assertThat(check.warnings(translations)).isEmpty();
    }

    @Test
    void aUkrainianQuestionAsTheTitleOfADutchTranslationIsRefusedNamingTheField() {
        Map<String, TranslationText> translations = Map.of(
                "nl",
                new TranslationText(
                        "Чи можу я орендувати житло самостійно, якщо живу в гемеентному прихистку?",
                        "Ja, dat mag. U kunt zelf een woning huren; meld het aan de gemeente.",
                        false));

        var refused = catchThrowableOfType(InvalidRequestException.class, () -> check.requirePublishable(translations));

        assertThat(refused.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("translations.nl.title");
            assertThat(problem.message()).contains("Cyrillic", "Ukrainian", "Dutch");
        });
    }

    @Test
    void cyrillicInAnEnglishOrDutchBodyIsRefusedOnlyWhenMostOfItIsCyrillic() {
        assertThat(catchThrowableOfType(
                                InvalidRequestException.class,
                                () -> check.requirePublishable(
                                        en("Renting a home", "Так, ви можете орендувати житло самостійно.")))
                        .errors())
                .extracting(FieldProblem::field)
                .containsExactly("translations.en.body");
        assertThatCode(() -> check.requirePublishable(Map.of(
                        "nl",
                        new TranslationText(
                                "Leefgeld van de gemeente (гроші на проживання)",
                                "Het leefgeld (in het Oekraïens: гроші на проживання) komt van de gemeente.",
                                false))))
                .as("a word in Cyrillic within Dutch text")
                .doesNotThrowAnyException();
    }

    @Test
    void latinLettersUnderUkrainianOrRussianAreFineForPeopleTransliterateAndNamesAreLatin() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put("uk", new TranslationText("Yak otrymaty BSN?", "Zareiestruitesia v gemeente.", false));
        translations.put("ru", new TranslationText("DigiD", "Kak poluchit DigiD: podaite zaiavku na digid.nl.", false));

        assertThatCode(() -> check.requirePublishable(translations)).doesNotThrowAnyException();
    }

    @Test
    void aRussianTitleUnderUkrainianAndAUkrainianTitleUnderRussianAreRefused() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put(
                "ru",
                new TranslationText(
                        "Чи можу я орендувати житло самостійно?", "Да, вы можете сами снять жильё.", false));
        translations.put(
                "uk",
                new TranslationText(
                        "Где получить медицинскую страховку, если я уже работаю?",
                        "Оформіть медичне страхування протягом чотирьох місяців.",
                        false));

        var refused = catchThrowableOfType(InvalidRequestException.class, () -> check.requirePublishable(translations));

        assertThat(refused.errors())
                .extracting(FieldProblem::field)
                .containsExactly("translations.ru.title", "translations.uk.title");
    }

    @Test
    void ukrainianOrRussianWithoutAClearClueIsNotCalledTheOther() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put("ru", new TranslationText("BSN", "Номер BSN дают при регистрации.", false));
        translations.put("uk", new TranslationText("Робота в Нідерландах", "Роботодавець повідомляє UWV.", false));

        assertThatCode(() -> check.requirePublishable(translations)).doesNotThrowAnyException();
    }

    @Test
    void everyPublishedTranslationNeedsATitleAndABody() {
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        translations.put("nl", new TranslationText("", "Ja, dat mag.", false));
        translations.put("uk", new TranslationText("Чи можу я працювати?", " ", false));

        var refused = catchThrowableOfType(InvalidRequestException.class, () -> check.requirePublishable(translations));

        assertThat(refused.errors())
                .extracting(FieldProblem::field)
                .containsExactly("translations.nl.title", "translations.uk.body");
    }
}
