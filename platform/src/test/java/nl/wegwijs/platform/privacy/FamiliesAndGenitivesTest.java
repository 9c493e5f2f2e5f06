package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A surname next to a family or household word ("the Koval household", "сім'я Коваль") and a given name with a
 * genitive s ("Pieters fiets", "Olena's son") go like names; ordinary words that look so stay.
 */
class FamiliesAndGenitivesTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the Koval household needs help.                 | the [name] household needs help.
            the Koval family lives in Zwolle.               | the [name] family lives in Zwolle.
            The van der Berg family needs a house.          | The van der [name] family needs a house.
            Koval family: Olena and Dmytro need a house.    | [name] family: [name] and [name] need a house.
            de Koval familie woont in Zwolle.               | de [name] familie woont in Zwolle.
            familie Koval woont in Zwolle.                  | familie [name] woont in Zwolle.
            gezin Koval woont in Zwolle.                    | gezin [name] woont in Zwolle.
            сім'я Коваль живе в Утрехті.                    | сім'я [name] живе в Утрехті.
            семья Коваль живёт в Утрехте.                   | семья [name] живёт в Утрехте.
            родина Ковалів живе в Утрехті.                  | родина [name] живе в Утрехті.
            """)
    void redactsTheSurnameNextToAFamilyOrHouseholdWord(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Large family needs a house in Utrecht.
            Host family wanted in Zwolle.
            My family lives in Zwolle.
            The Ukrainian family next door helps us.
            Our whole family is here now.
            Het gezin krijgt leefgeld van de gemeente.
            """)
    void keepsAnOrdinaryWordBeforeAFamilyWord(String text) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Pieters fiets is gestolen.           | [name] fiets is gestolen.
            Annas afspraak is morgen.            | [name] afspraak is morgen.
            Evas fiets is kapot.                 | [name] fiets is kapot.
            Ik breng Irynas kind naar school.    | Ik breng [name] kind naar school.
            Olena's kind gaat naar school.       | [name]'s kind gaat naar school.
            Olena's son goes to school.          | [name]'s son goes to school.
            James's appointment is tomorrow.     | [name]'s appointment is tomorrow.
            """)
    void redactsAGivenNameWithAGenitiveS(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Iets anders: hoe krijg ik DigiD?
            Seems like the IND is closed today.
            Tons of letters from the Belastingdienst.
            Fijn weekend en bedankt!
            Kennis van Nederlands is nodig voor werk?
            Marks on the form: where do I sign?
            Ik werk in Lisse bij een bollenkweker.
            """)
    void keepsAWordThatOnlyLooksLikeANameWithAGenitive(String text) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
    }
}
