package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The second outside audit's contact data, word for word: forms the redactor did not know. */
class ContactFormsTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            V-nummer 1234567890, wanneer krijg ik mijn pas?  | V-nummer [document], wanneer krijg ik mijn pas?
            mijn v-nummer is 1234567890                      | mijn v-nummer is [document]
            vreemdelingennummer: 1234 567 890                | vreemdelingennummer: [document]
            IND V-number 1234567890                          | IND V-number [document]
            """)
    void redactsADutchVNumber(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            insta: olena.k.nl                 | insta: [handle]
            instagram olena.k                 | instagram [handle]
            tg: olena_k                       | tg: [handle]
            Telegram: iryna_boiko, дякую      | Telegram: [handle], дякую
            пишіть в телеграм olena_k88       | пишіть в телеграм [handle]
            viber +380 67 123 45 67           | viber [phone]
            """)
    void redactsAHandleWrittenWithoutItsAt(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Via Telegram of Instagram krijg ik berichten?
            telegram groep voor Oekraïners in Rotterdam
            Instagram pagina van de gemeente Utrecht is handig.
            I use Telegram and WhatsApp, is that OK?
            """)
    void keepsAPlatformsNameWithoutAHandle(String text) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            olena.k@ukr .net                             | [e-mail]
            olena.k @ukr.net                             | [e-mail]
            пошта olena.k@ gmail.com, дякую              | пошта [e-mail], дякую
            Telegram @olena.k.nl                         | Telegram [handle]
            """)
    void redactsAnEmailAddressWithAStraySpaceWhole(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            serhiy.melnyk(at)proton.me                               | [e-mail]
            serhiy dot melnyk at proton dot me                       | [e-mail]
            Reach me at serhiy.melnyk(at)proton.me or by phone.      | Reach me at [e-mail] or by phone.
            """)
    void redactsAnObfuscatedEmailAddressWholeNotJustTheNameInIt(String text, String redacted) {
        assertThat(redactor.redact(text, List.of("Serhiy Melnyk"))).isEqualTo(redacted);
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }
}
