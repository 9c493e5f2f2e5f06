package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vehicle registration plates are personal data (an audit: "AA 1234 BB" came out half taken for a postcode, the Dutch
 * "12-ABC-3" whole): Dutch plates in every sidecode, Ukrainian plates in Latin or Cyrillic letters, and plates after
 * a word for one in any letter case; ordinary tokens of a similar look stay.
 */
class PlatesTest {

    private final Redactor redactor = new Redactor();

    @Test
    void theAuditsSentenceLosesBothPlates() {
        assertThat(redactor.redact("Моя машина з номерами AA 1234 BB і нідерландський номер 12-ABC-3"))
                .isEqualTo("Моя машина з номерами [plate] і нідерландський номер [plate]");
    }

    @ParameterizedTest(name = "sidecode {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | XX-99-99 | PB-12-34
            2  | 99-99-XX | 12-34-PB
            3  | 99-XX-99 | 12-PB-34
            4  | XX-99-XX | PB-12-NL
            5  | XX-XX-99 | PB-NL-12
            6  | 99-XX-XX | 12-PB-NL
            7  | 99-XXX-9 | 12-ABC-3
            8  | 9-XXX-99 | 1-ABC-23
            9  | XX-999-X | AB-123-C
            10 | X-999-XX | A-123-BC
            11 | XXX-99-X | ABC-12-D
            12 | X-99-XXX | A-12-BCD
            13 | 9-XX-999 | 1-AB-234
            14 | 999-XX-9 | 123-AB-4
            """)
    void aDutchPlateOfEverySidecodeWithDashes(int sidecode, String shape, String plate) {
        assertThat(redactor.redact("Mijn auto met kenteken " + plate + " is weggesleept."))
                .isEqualTo("Mijn auto met kenteken [plate] is weggesleept.");
        assertThat(redactor.redact("De auto " + plate + " staat bij de gemeente."))
                .as("also without a word for a plate before it")
                .isEqualTo("De auto [plate] staat bij de gemeente.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PB12NL", "12ABC3", "1ABC23", "AB123C", "A123BC", "ABC12D", "A12BCD", "1AB234", "123AB4"})
    void aRecentDutchPlateWithoutDashes(String plate) {
        assertThat(redactor.redact("Boete voor " + plate + ", wat nu?")).isEqualTo("Boete voor [plate], wat nu?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Моя машина має номер AA 1234 BB.        | Моя машина має номер [plate].
            Номер АА1234ВВ, штраф прийшов.          | Номер [plate], штраф прийшов.
            Машина KA 5678 IX стоїть у дворі.       | Машина [plate] стоїть у дворі.
            Auto met Oekraïens kenteken BC-0123-HI. | Auto met Oekraïens kenteken [plate].
            У меня машина с номерами ВН 7777 ОР.    | У меня машина с номерами [plate].
            """)
    void aUkrainianPlateInLatinOrCyrillicLetters(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mijn kenteken is 12-abc-3 of zo.      | Mijn kenteken is [plate] of zo.
            kenteken 12 abc 3                     | kenteken [plate]
            kenteken: ab-123-c                    | kenteken: [plate]
            номер аа 1234 вв                      | номер [plate]
            licence plate ka5678ix                | licence plate [plate]
            """)
    void afterAWordForAPlateInAnyLetterCaseOrSpacing(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ik heb niveau B1-B2 en Engels op A2.",
                "We beginnen om 10:30 en om 14.45 is het klaar.",
                "ISCO 2221 en ISCO-08: welke code heb ik?",
                "In 2024-2025 was de cursus gratis; COVID-19 maatregelen zijn weg.",
                "Box 3 (2024) en NT2-B1 examen.",
                "HBO-ICT of MBO-4, wat past bij mij?",
                "Kan ik met een A1-A2 niveau werken bij UWV?",
                "Een F-35 en een MH17: niets met mij te maken.",
                "Мій рівень B1, я хочу B2 до 2026 року.",
            })
    void ordinaryTokensThatLookLikeAPlateStay(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void aDutchPostcodeIsAnAddressNotAPlate() {
        assertThat(redactor.redact("Ik woon in 1234AB Utrecht en 1012 AB Amsterdam."))
                .isEqualTo("Ik woon in [address] Utrecht en [address] Amsterdam.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Номер V 1234567890, що з ним робити?   | Номер V [document], що з ним робити?
            Мой номер V 1234567890.                | Мой номер V [document].
            V-nummer 1234567890                    | V-nummer [document]
            Mijn V1234567890 staat op de brief.    | Mijn [document] staat op de brief.
            """)
    void aVNummerInAUkrainianOrRussianSentenceIsADocumentNumber(String text, String redacted) {
        assertThat(redactor.redact(text)).isEqualTo(redacted);
    }

    @Test
    void thePlateIsAKindOfPersonalDataTheRedactorNames() {
        assertThat(Redactor.MARKERS).contains(Redactor.PLATE).doesNotHaveDuplicates();
        String redacted = redactor.redact("AA 1234 BB, 06-12345678, olena@ukr.net", List.of());
        assertThat(Redactor.MARKERS.stream().filter(redacted::contains))
                .containsExactlyInAnyOrder(Redactor.PLATE, Redactor.PHONE, Redactor.EMAIL);
    }
}
