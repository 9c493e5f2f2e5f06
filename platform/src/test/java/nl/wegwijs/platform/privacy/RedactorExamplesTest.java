package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorExamplesTest {

    private final Redactor redactor = new Redactor();

    @Test
    void keepsOrdinaryNumbersAndWords() {
        String text = "In 2024 en 2025 was het leefgeld 260 euro per maand voor 3 kinderen; bel 0800 gratis.";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void redactsAnIbanFollowedByMoreWords() {
        assertThat(redactor.redact("IBAN NL91ABNA0417164300 graag")).isEqualTo("IBAN [IBAN] graag");
    }

    @Test
    void redactsNamesInflectedAndInOtherScripts() {
        String redacted = redactor.redact("Передайте Олені, що Olena Koval і Коваля чекають", List.of("Олена Коваль"));

        assertThat(redacted).isEqualTo("Передайте [name], що [name] [name] і [name] чекають");
    }

    @Test
    void doesNotTakeNameParticlesForNames() {
        String redacted = redactor.redact("Waar is de gemeente? Де отримати BSN?", List.of("Sanne de Vries"));

        assertThat(redacted).isEqualTo("Waar is de gemeente? Де отримати BSN?");
    }

    @Test
    void skeletonsFoldSpellingsTogether() {
        assertThat(Redactor.skeleton("Юлія")).isEqualTo(Redactor.skeleton("Yulia"));
        assertThat(Redactor.skeleton("Христина")).isEqualTo(Redactor.skeleton("Khrystyna"));
        assertThat(Redactor.skeleton("Дар'я")).isEqualTo(Redactor.skeleton("Darya"));
    }

    // --- what an outside audit found getting through, word for word

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Я Ірина Бойко, мені потрібна допомога з житлом | Я [name], мені потрібна допомога з житлом
            Hi, I'm Anna-Maria van der Berg                 | Hi, I'm [name]
            Ia Natalia Shevchenko, potribna dopomoga       | Ia [name], potribna dopomoga
            Мене звати Марія Іваненко. Марію тут знають    | Мене звати [name]. [name] тут знають
            Меня зовут Анна Петрова, Анну все знают        | Меня зовут [name], [name] все знают
            Мене звуть Олег                                | Мене звуть [name]
            Mijn naam is Sanne de Vries                    | Mijn naam is [name]
            Ik ben Sanne en ik ben op zoek naar werk       | Ik ben [name] en ik ben op zoek naar werk
            My name is James Brown                         | My name is [name]
            Hello I am Olivia Johnson                      | Hello I am [name]
            Добрий день! Це Ірина Бойко з Харкова          | Добрий день! Це [name] з Харкова
            """)
    void redactsNamesPeopleIntroduceThemselvesWith(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Я хочу працювати. Я шукаю житло.
            Я Українка, живу в Гаазі
            Чи можу я Україну відвідати?
            Як Вас звати?
            Це Амстердам?
            Я хочу работать, меня зовут? Нет.
            Это срочно, помогите
            I am looking for work
            I am Ukrainian and I live in Amsterdam.
            My name is on the list already.
            ik ben op zoek naar een huis
            Ik ben Oekraïense en woon in Utrecht.
            Mijn naam is nog niet geregistreerd.
            """)
    void keepsEveryWordWhenNoNameFollowsTheIntroduction(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void givesTheNamesIntroducedInAQuestionToRedactTheAnswerWith() {
        String question = "Добрий день. Мене звати Марія Іваненко, де отримати BSN?";

        List<String> names = redactor.namesIntroducedIn(question);

        assertThat(names).containsExactly("Марія Іваненко");
        assertThat(redactor.redact("Шановна Маріє Іваненко! Зверніться до гемеенте.", names))
                .isEqualTo("Шановна [name] [name]! Зверніться до гемеенте.");
        assertThat(redactor.redact("Beste Maria Ivanenko, u krijgt een brief.", names))
                .isEqualTo("Beste [name] [name], u krijgt een brief.");
        assertThat(redactor.namesIntroducedIn("Hi, I'm Anna-Maria van der Berg. My name is Anna-Maria van der Berg."))
                .containsExactly("Anna-Maria van der Berg");
        assertThat(redactor.namesIntroducedIn("Я хочу працювати")).isEmpty();
    }

    @Test
    void takesOnlyCapitalisedWordsForAnotherFormOfAName() {
        String text = "Het leefgeld voor Maria komt vóór 1 maart 2027; Marias dochter ook.";

        assertThat(redactor.redact(text, List.of("Maria")))
                .isEqualTo("Het leefgeld voor [name] komt vóór 1 maart 2027; [name] dochter ook.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ik woon op Laan van Meerdervoort 250, Den Haag | Ik woon op [address], Den Haag
            Laan van Meerdervoort 250                      | [address]
            Plein 1944 12, Nijmegen                        | [address], Nijmegen
            Oude Gracht 15a                                | [address]
            I live at Grote Markt 5                        | I live at [address]
            I live at 12 Baker Street                      | I live at [address]
            Я живу на Дамраку 12                           | Я живу на [address]
            вул. Шевченка 12, Київ                         | [address], Київ
            """)
    void redactsStreetsWithoutASuffix(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            паспорт FX123456                    | паспорт [document]
            мій паспорт серії КВ №123456        | мій паспорт серії [document]
            ID-картка 001234567                 | ID-картка [document]
            paspoort NW92BD4C1                  | paspoort [document]
            passport number: EK 123 456         | passport number: [document]
            документ FX123456 загубила          | документ [document] загубила
            """)
    void redactsPassportAndIdCardNumbers(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Я народилася 12.03.1985 в Харкові    | Я народилася [date] в Харкові
            Мій син народився 3.4.2015           | Мій син народився [date]
            born on March 12, 1985               | born on [date]
            geboren op 3 april 1990              | geboren op [date]
            geb. 03-04-1990                      | geb. [date]
            12.03.1985 р.н.                      | [date] р.н.
            Дата: 05.06.1979                     | Дата: [date]
            """)
    void redactsDatesOfBirth(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @Test
    void keepsDeadlinesAndOtherDates() {
        String text = "Het leefgeld wordt vóór 1 januari 2027 betaald; документи до 01.03.2027, born in 2022.";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Telegram @iryna_boiko                  | Telegram [handle]
            Instagram: @iryna.boiko.               | Instagram: [handle].
            пишіть у t.me/iryna_boiko              | пишіть у [handle]
            s.kuznetsov at gmail dot com           | [e-mail]
            ivan(at)ukr.net                        | [e-mail]
            ivan [at] ukr [dot] net                | [e-mail]
            пошта iryna@ukr.net                    | пошта [e-mail]
            """)
    void redactsHandlesAndObfuscatedEmailAddressesButLeavesPlainOnesToTheEmailRule(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @Test
    void keepsAtAndDotThatAreOrdinaryWords() {
        String text = "Look at booking.com for a room; we meet at 10.30 at the gemeente.";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            NL02 RABO 0123 4567 89                 | [IBAN]
            IBAN NL02RABO0123456789 graag          | IBAN [IBAN] graag
            рахунок UA35 0000 0000 0000 0000 0000 0002 0, дякую | рахунок [IBAN], дякую
            """)
    void redactsTheWholeIbanEvenWithWrongCheckDigits(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }
}
