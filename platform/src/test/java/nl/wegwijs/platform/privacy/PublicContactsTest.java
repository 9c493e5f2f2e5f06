package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An organisation's contact data is no personal data: the answer a newcomer reads keeps where to call, write or send
 * mail (an audit found "[phone]", "[e-mail]" and "[address]" where the answer named the Belastingdienst's and the
 * organisation's own contacts). Service numbers, role addresses at an organisation's domain and PO boxes stay by
 * their shape, other numbers only when the service names them; mobile numbers never stay.
 */
class PublicContactsTest {

    private static final String AUDITED_ANSWER = "Телефонуйте на BelastingTelefoon 0800-0543 (безкоштовно) або з-за"
            + " кордону +31 55 538 53 85. Також можна прийти в Juridisch Loket, тел. 0900-8020, або написати нам на"
            + " info@wegwijs.nl. Адреса Belastingdienst: Postbus 2003, 6401 DA Heerlen.";

    private final Redactor redactor = new Redactor();

    @Test
    void theAuditedAnswerKeepsTheServiceNumbersTheRoleAddressAndThePoBox() {
        assertThat(redactor.redact(AUDITED_ANSWER, List.of()))
                .as("a number an organisation's by its shape alone cannot be told from a person's: it goes")
                .isEqualTo(AUDITED_ANSWER.replace("+31 55 538 53 85", "[phone]"));
    }

    @Test
    void theAuditedAnswerStaysWordForWordWhenTheServiceNamesTheOfficesNumber() {
        Redactor configured = new Redactor(List.of("+31 55 538 53 85", " juridisch@example.org "));

        assertThat(configured.redact(AUDITED_ANSWER, List.of())).isEqualTo(AUDITED_ANSWER);
        assertThat(configured.redactKeepingOtherNames(AUDITED_ANSWER, List.of()))
                .isEqualTo(AUDITED_ANSWER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            +31 55 538 53 85
            +31555385385
            0031 55 538 53 85
            055-5385385
            (055) 538 53 85
            +31 (0)55 538 53 85
            """)
    void aNamedNumberStaysInEveryNotation(String written) {
        Redactor configured = new Redactor(List.of("055 538 53 85"));

        assertThat(configured.redact("Bel " + written + ", of mail.", List.of()))
                .isEqualTo("Bel " + written + ", of mail.");
        assertThat(configured.redact("Bel 055 538 53 86, of mail.", List.of()))
                .as("another number of that area")
                .isEqualTo("Bel [phone], of mail.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0800-0543",
                "0800 1234567",
                "0800-123 45 67",
                "0900-8020",
                "0900 123 45 67",
                "0906-1234567",
                "0909 1234",
                "14 020",
                "14 0570",
                "088-1234567",
                "088 123 45 67",
                "+31 88 123 4567",
            })
    void dutchServiceNumbersStayByTheirShape(String number) {
        String text = "Bel gerust " + number + " voor informatie.";

        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bel ons op 06-12345678.",
                "Call us on +31 6 1234 5678.",
                "Телефонуйте нам: +380 67 123 45 67.",
                "Звоните нам: 8 067 123 45 67.",
                "Bel ons: 085 123 45 67 (kantoor).",
                "Bel ons: 020 123 45 67.",
            })
    void mobileAndOtherNumbersGoAlsoAfterCallUs(String text) {
        assertThat(redactor.redact(text, List.of())).contains(Redactor.PHONE).doesNotContainPattern("\\d{3}");
    }

    @Test
    void aMobileNumberNamedAsPublicIsRefusedAndAnythingButANumberOrAddressToo() {
        assertThatThrownBy(() -> new Redactor(List.of("06-12345678")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mobile");
        assertThatThrownBy(() -> new Redactor(List.of("+380 67 123 45 67")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mobile");
        assertThatThrownBy(() -> new Redactor(List.of("the town hall"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Redactor(List.of("", " ")).redact("06-12345678", List.of()))
                .isEqualTo("[phone]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            info@wegwijs.nl                   | true
            Info@Gemeente.Utrecht.nl          | true
            contact@vluchtelingenwerk.nl      | true
            helpdesk@ind.nl                   | true
            noreply@belastingdienst.nl        | true
            no-reply@duo.nl                   | true
            klantenservice@ziggo.com          | true
            secretariaat@stichting-hulp.org   | true
            vragen@juridischloket.nl          | true
            info@gmail.com                    | false
            info@ukr.net                      | false
            info@i.ua                         | false
            support@outlook.com               | false
            hallo@hotmail.nl                  | false
            contact@yahoo.co.uk               | false
            info@mail.ru                      | false
            info@proton.me                    | false
            info@ziggo.nl                     | false
            info@kpnmail.nl                   | false
            info@home.nl                      | false
            olena.koval@wegwijs.nl            | false
            o.koval@gemeente.nl               | false
            info.olena@wegwijs.nl             | false
            """)
    void aRolesAddressAtAnOrganisationsDomainStaysAtAFreeMailProviderItIsAPersons(String address, boolean stays) {
        String text = "Schrijf naar " + address + " voor vragen.";

        assertThat(redactor.redact(text, List.of())).isEqualTo(stays ? text : "Schrijf naar [e-mail] voor vragen.");
    }

    @Test
    void aNamedAddressStaysEvenAtAFreeMailProvider() {
        Redactor configured = new Redactor(List.of("StichtingHulpUA@gmail.com"));

        assertThat(configured.redact("Mail stichtinghulpua@gmail.com of olena@gmail.com.", List.of()))
                .isEqualTo("Mail stichtinghulpua@gmail.com of [e-mail].");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Stuur het naar Postbus 2003, 6401 DA Heerlen.        | Stuur het naar Postbus 2003, 6401 DA Heerlen.
            Adres: Postbus 90, 1000 AB Amsterdam                 | Adres: Postbus 90, 1000 AB Amsterdam
            Antwoordnummer 10500, 1000 PA Amsterdam (geen postzegel) | Antwoordnummer 10500, 1000 PA Amsterdam (geen postzegel)
            postbus 16000 3500 DA Utrecht                        | postbus 16000 3500 DA Utrecht
            Ik woon op 6401 DA 12 in Heerlen.                    | Ik woon op [address] in Heerlen.
            """)
    void aPostcodeAfterAPoBoxIsAnOrganisationsAddress(String text, String redacted) {
        assertThat(redactor.redact(text, List.of())).isEqualTo(redacted);
    }

    @Test
    void aTextThatHoldsThePlaceholdersCharactersKeepsNothingAsideAndLosesNothingElse() {
        String text = "Bel 0800 1234567 \uE000\uE010\uE001 of mail info@wegwijs.nl";

        assertThat(redactor.redact(text, List.of()))
                .as("no organisation's contact data set aside, but no text lost or invented either")
                .isEqualTo("Bel [phone] \uE000\uE010\uE001 of mail [e-mail]");
    }
}
