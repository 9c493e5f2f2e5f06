package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Given names that are also places (Sofia, Victoria, Regina, Charlotte) stay where the text treats them as the place,
 * and go wherever names stand; places named after people ("вулиця Тараса Шевченка", "Taras Shevchenko park") stay,
 * the person ("Taras Shevchenko called me") goes.
 */
class PlacesNamedLikePeopleTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Sofia is the capital of Bulgaria.
            Софія — столиця Болгарії, туди можна доїхати автобусом?
            София — столица Болгарии: нужна ли виза?
            The capital of Bulgaria, Sofia, has a Dutch embassy.
            I flew from Sofia to Amsterdam with my children.
            Ik vlieg naar Sofia via Wenen, mag dat met een paspoort?
            Ми їдемо до Софії через Будапешт.
            Мы жили в Софии два года, потом приехали в Утрехт.
            Ми жили в Софії 2 роки, тепер у Роттердамі.
            Я приїхала з Софії у березні.
            Мы летели через Софию в Варшаву.
            Sofia, Bulgaria: is a transit visa needed?
            In de hoofdstad Sofia is een consulaat.
            У місті Софія є консульство України?
            Groetjes uit Sofia!
            I am from Sofia and live in Utrecht now.
            Victoria is a state in Australia.
            I lived in Victoria for a year before the Netherlands.
            Regina is the capital of Saskatchewan.
            Documents from Regina, Canada: are they valid here?
            We flew to Charlotte last year.
            """)
    void keepsAGivenNameThatIsAPlaceWhereTheTextTreatsItAsThePlace(String text) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
        assertThat(redactor.namesIntroducedIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            My daughter Sofia goes to school in Utrecht.  | My daughter [name] goes to school in Utrecht.
            Sofia here, I need help with housing.         | [name] here, I need help with housing.
            Sofia (8) needs a school.                     | [name] (8) needs a school.
            Dear Sofia, the municipality will call you.   | Dear [name], the municipality will call you.
            Waar is het loket? Groetjes, Victoria         | Waar is het loket? Groetjes, [name]
            Sofia Koval asks about the BSN.               | [name] [name] asks about the BSN.
            Моя дочка Софія ходить до школи.              | Моя дочка [name] ходить до школи.
            Шановна Вікторіє, дякуємо.                    | Шановна [name], дякуємо.
            Hallo Regina, je kunt DigiD aanvragen.        | Hallo [name], je kunt DigiD aanvragen.
            У Софії є двоє дітей, чи дадуть житло?        | У [name] є двоє дітей, чи дадуть житло?
            У Софії температура, що робити?               | У [name] температура, що робити?
            Я гуляла з Софією в парку.                    | Я гуляла з [name] в парку.
            Я піду до Софії завтра.                       | Я піду до [name] завтра.
            Мы пошли с Викторией в школу.                 | Мы пошли с [name] в школу.
            I sent the letter to Sofia yesterday.         | I sent the letter to [name] yesterday.
            I got a message from Victoria.                | I got a message from [name].
            Sofia's school is far away.                   | [name]'s school is far away.
            Charlotte komt morgen langs.                  | [name] komt morgen langs.
            Софії 8 років, вона ходить до школи.          | [name] 8 років, вона ходить до школи.
            """)
    void redactsAGivenNameThatIsAlsoAPlaceWhereNamesStand(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @Test
    void redactsThePlaceNamedLikeThePersonsOwnName() {
        assertThat(redactor.redact("We flew to Sofia last week.", List.of("Sofia Koval")))
                .isEqualTo("We flew to [name] last week.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            We meet at the Taras Shevchenko park.
            Taras Shevchenko monument in Kyiv: is it damaged?
            Shevchenkoplein is in Kyiv.
            вулиця Тараса Шевченка, де це?
            Площа Лесі Українки: там є пункт допомоги?
            Київський університет імені Тараса Шевченка видав мені диплом.
            Станція метро Тараса Шевченка закрита?
            Улица Анны Ахматовой в Одессе разрушена?
            """)
    void keepsAPlaceNamedAfterAPerson(String text) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Taras Shevchenko called me yesterday.                  | [name] [name] called me yesterday.
            на вулиці Олена сказала, що треба йти до гемеенте      | на вулиці [name] сказала, що треба йти до гемеенте
            """)
    void redactsAPersonNamedLikeAPlaceNamedAfterSomeone(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }
}
