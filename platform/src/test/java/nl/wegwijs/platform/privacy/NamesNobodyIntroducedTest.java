package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second outside audit, word for word: names nobody introduced ("my name is ...") that reached superlocal
 * views, Kafka events, drafts and published articles. Each of these came through {@code redact(text, names)}
 * unchanged before the gazetteer of given names and the name contexts ({@link PersonNames}).
 */
class NamesNobodyIntroducedTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ik zoek een tolk voor mijn buurvrouw Iryna Bondarenko, ze spreekt geen Nederlands. | Ik zoek een tolk voor mijn buurvrouw [name] [name], ze spreekt geen Nederlands.
            Моя дочка Софія Петренко ходить до школи в Утрехті.                                  | Моя дочка [name] [name] ходить до школи в Утрехті.
            Can my wife Oksana also get a BSN?                                                     | Can my wife [name] also get a BSN?
            мой сын Артём учится в школе, как получить DigiD?                                      | мой сын [name] учится в школе, как получить DigiD?
            mijn man Taras werkt bij een distributiecentrum                                        | mijn man [name] werkt bij een distributiecentrum
            My son Will is 8 years old.                                                            | My son [name] is 8 years old.
            my wife oksana needs a doctor                                                          | my wife [name] needs a doctor
            Мій чоловік Іван і син Павло шукають роботу.                                           | Мій чоловік [name] і син [name] шукають роботу.
            Прошу допомогти моїй мамі, Галині Петрівні.                                            | Прошу допомогти моїй мамі, [name] [name].
            """)
    void redactsTheNameAfterARelationWord(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Максим (8 років) і Дарина (5 років) потребують школу. | [name] (8 років) і [name] (5 років) потребують школу.
            Sofia (7) en Max (4) gaan naar school.               | [name] (7) en [name] (4) gaan naar school.
            Діти: Назарій 12 років, Устина 9 років.              | Діти: [name] 12 років, [name] 9 років.
            Наші діти Ладислава 10 років і Богуслава 9 років.    | Наші діти [name] 10 років і [name] 9 років.
            """)
    void redactsChildrenWithTheirAges(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Де взяти страховку для дітей? Дякую, Олег Бондар       | Де взяти страховку для дітей? Дякую, [name] [name]
            Wanneer komt het leefgeld? Groetjes, Pieter de Graaf   | Wanneer komt het leefgeld? Groetjes, [name] de [name]
            Как получить BSN? С уважением, Наталья Иванова         | Как получить BSN? С уважением, [name] [name]
            Hoe vraag ik huurtoeslag aan? Met vriendelijke groet, Marieke Jansen | Hoe vraag ik huurtoeslag aan? Met vriendelijke groet, [name] [name]
            How do I register? Kind regards, Anna Smith            | How do I register? Kind regards, [name] [name]
            Як отримати DigiD? З повагою, Ірина Коваленко          | Як отримати DigiD? З повагою, [name] [name]
            Где найти работу? Спасибо, Сергей Петров               | Где найти работу? Спасибо, [name] [name]
            Waar is het loket? Groetjes van Bohdanna               | Waar is het loket? Groetjes van [name]
            """)
    void redactsTheNameInASignOff(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @Test
    void redactsASignOffOnLinesOfItsOwn() {
        assertThat(redactor.redact("Hoe vraag ik huurtoeslag aan?\nMet vriendelijke groet,\nMarieke Jansen", List.of()))
                .isEqualTo("Hoe vraag ik huurtoeslag aan?\nMet vriendelijke groet,\n[name] [name]");
        assertThat(redactor.redact("Чи можна працювати?\nДякую!\n— Богданна Кравець", List.of()))
                .isEqualTo("Чи можна працювати?\nДякую!\n— [name] [name]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Beste Mykola, u kunt langskomen bij de gemeente.  | Beste [name], u kunt langskomen bij de gemeente.
            Шановний Олеже, зверніться до гемеенте.           | Шановний [name], зверніться до гемеенте.
            Dear Anna, the municipality will call you.        | Dear [name], the municipality will call you.
            Уважаемая Ольга, обратитесь в гемеенте.           | Уважаемая [name], обратитесь в гемеенте.
            Hallo Petro, je kunt DigiD aanvragen.             | Hallo [name], je kunt DigiD aanvragen.
            Шановна Наталю, дякуємо. Ірино, Сергію, Олеже!    | Шановна [name], дякуємо. [name], [name], [name]!
            Шановна пані Олено, дякуємо.                      | Шановна пані [name], дякуємо.
            Dear Mrs Kovalenko, your appointment is on Monday. | Dear Mrs [name], your appointment is on Monday.
            Beste mevrouw van der Berg, u krijgt post.        | Beste mevrouw van der [name], u krijgt post.
            Hallo Ben, waar is het loket?                     | Hallo [name], waar is het loket?
            """)
    void redactsTheNameInAGreetingAlsoInTheVocative(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Mykola Hrytsenko uit Kyiv. Hoe krijg ik een BSN?      | [name] [name] uit Kyiv. Hoe krijg ik een BSN?
            Svitlana Kravets here. I need help with housing.      | [name] [name] here. I need help with housing.
            Pryvit, mene zvaty Natalia Koval, de otrymaty BSN?    | Pryvit, mene zvaty [name], de otrymaty BSN?
            Bohdanna Hrytsenko, Kharkiv. Waar vind ik werk?       | [name] [name], Kharkiv. Waar vind ik werk?
            Бондаренко Ірина, шукаю роботу                        | [name] [name], шукаю роботу
            Taras zegt dat hij geen brief kreeg.                  | [name] zegt dat hij geen brief kreeg.
            OLENA KOVAL, vraag over huurtoeslag                   | [name] [name], vraag over huurtoeslag
            """)
    void redactsANameAtTheStartOfTheTextOrAGivenNameAnywhere(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @Test
    void redactsADoubleBarrelledDutchSurnameWithItsParticlesWhole() {
        String text = "ik ben Marieke van den Heuvel-Jansen en ik zoek werk";

        assertThat(redactor.redact(text, List.of())).isEqualTo("ik ben [name] en ik zoek werk");
        assertThat(redactor.namesIntroducedIn(text)).containsExactly("Marieke van den Heuvel-Jansen");
        assertThat(redactor.redact("Beste Marieke, Heuvel-Jansen staat op de lijst.", redactor.namesIntroducedIn(text)))
                .isEqualTo("Beste [name], [name]-[name] staat op de lijst.");
    }

    @Test
    void redactsADiminutiveOfTheGivenNameInEitherScript() {
        List<String> contact = List.of("Наталья Иванова");

        assertThat(redactor.redact("Natasha vraagt of ze mag werken. Наташа питає, Наташу чекають.", contact))
                .isEqualTo("[name] vraagt of ze mag werken. [name] питає, [name] чекають.");
        assertThat(redactor.redact("Люба прийде завтра.", List.of("Любов Коваль")))
                .as("a diminutive that is also an ordinary word goes too when it is the given name's")
                .isEqualTo("[name] прийде завтра.");
        assertThat(redactor.redact("Рома прийде, Roman Shevchenko теж.", List.of("Roman Shevchenko")))
                .isEqualTo("[name] прийде, [name] [name] теж.");
    }

    @Test
    void givesTheNamesItFoundForTheAnswerButNotTheOrdinaryWordsAmongThem() {
        String question = "Моя дочка Софія Петренко і my son Will. Дякую, Олег Бондар";

        assertThat(redactor.namesIntroducedIn(question)).containsExactly("Софія Петренко", "Олег Бондар");
        assertThat(redactor.redact("Софії потрібна школа; we will call Oleh.", redactor.namesIntroducedIn(question)))
                .isEqualTo("[name] потрібна школа; we will call [name].");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Віра в майбутнє допомагає, але де знайти роботу?
            Надія є, але чи можна отримати житло в Гаазі?
            Слава Україні! Як записатися до лікаря?
            Роман Ремарка є в бібліотеці?
            Will I lose my allowance if I start working in Eindhoven?
            Mark the date: the IND appointment is in June.
            Ben ik verplicht om een zorgverzekering af te sluiten?
            Dan krijg ik toch geen leefgeld meer?
            Max 3 dagen per week mag ik werken?
            Jan 2025 kreeg ik een brief van de Belastingdienst.
            Hope you can help me with my DigiD.
            Вера в лучшее есть, но где работа в Амстердаме?
            """)
    void takesAGivenNameThatIsAlsoAWordForANameOnlyInANameContext(String text) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
        assertThat(redactor.namesIntroducedIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Роман Шевченко і Віра Петрівна приїхали.  | [name] [name] і [name] [name] приїхали.
            Mark de Vries en Bas van Dijk helpen ons. | [name] de [name] en [name] van [name] helpen ons.
            """)
    void takesAGivenNameThatIsAlsoAWordForANameBeforeASurname(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Mijn dochter ligt in het Sophia Kinderziekenhuis in Rotterdam.
            In April and May I worked at Albert Heijn in Utrecht.
            We wonen bij de Anna Paulownastraat in Den Haag.
            Anne Frank Huis is gesloten op maandag?
            Maria Montessori school in Amsterdam: hoe meld ik aan?
            Op Koningsdag is het gemeentehuis in Almere gesloten.
            Хочу відвідати собор Святої Софії у Києві.
            """)
    void leavesAGivenNameThatNamesAnInstitutionAStreetOrASaint(String text) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
    }

    @Test
    void redactsAFamilyBySurname() {
        assertThat(redactor.redact("Родина Іваненко: Марія і Петро", List.of()))
                .isEqualTo("Родина [name]: [name] і [name]");
        assertThat(redactor.redact("familie Jansen woont in Utrecht", List.of()))
                .isEqualTo("familie [name] woont in Utrecht");
        assertThat(redactor.redact("Родина переїхала до Утрехта.", List.of()))
                .isEqualTo("Родина переїхала до Утрехта.");
    }

    @Test
    void keepsOtherPeoplesNamesForStaffWhenAskedToTakeOutOnlyTheGivenAndIntroducedOnes() {
        List<String> maria = redactor.namesIntroducedIn("Мене звати Марія Іваненко, як отримати BSN?");

        assertThat(redactor.redactKeepingOtherNames("Родина Іваненко: Марія і Петро", maria))
                .isEqualTo("Родина [name]: [name] і Петро");
        assertThat(redactor.redactKeepingOtherNames(
                        "Koval household: Olena and Dmytro, 06-12345678", List.of("Olena Koval")))
                .isEqualTo("[name] household: [name] and Dmytro, [phone]");
        assertThat(redactor.redactKeepingOtherNames(
                        "Olena Bondarenko (tel 06-12345678, insta: olena.b) vertelde.", List.of()))
                .isEqualTo("Olena Bondarenko (tel [phone], insta: [handle]) vertelde.");
        assertThat(redactor.redactKeepingOtherNames("Natasha en Taras komen ook.", List.of("Наталья Иванова")))
                .as("the given names' diminutives go too")
                .isEqualTo("[name] en Taras komen ook.");
    }
}
