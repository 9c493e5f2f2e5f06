package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternRedactorTest {

    private final PatternRedactor redactor = new PatternRedactor();

    @Test
    void removesContactDataAndIdentifiersInAnyLanguage() {
        String text = "Мене звати Олена Коваль, телефон +380 67 123 45 67 або 06-12345678, пошта olena.k@gmail.com, "
                + "BSN 111222333, IBAN NL91 ABNA 0417 1643 00, адреса Damstraat 12, 1012 AB Amsterdam.";

        String redacted = redactor.redact(text, List.of("Олена Коваль"));

        assertThat(redacted)
                .doesNotContain(
                        "Олена",
                        "Коваль",
                        "123 45 67",
                        "12345678",
                        "olena.k",
                        "111222333",
                        "0417",
                        "Damstraat 12",
                        "1012 AB")
                .contains(Redactor.PHONE, Redactor.EMAIL, Redactor.BSN, Redactor.IBAN, Redactor.ADDRESS, Redactor.NAME);
    }

    @Test
    void keepsNumbersThatAreNotPersonal() {
        String text = "In 2024 the allowance was 260 euro per month for 3 children; call 0800 is free.";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void knowsTheElevenTestAndMod97() {
        assertThat(PatternRedactor.passesElevenTest("111222333")).isTrue();
        assertThat(PatternRedactor.passesElevenTest("123456789")).isFalse();
        assertThat(PatternRedactor.isValidIban("NL91ABNA0417164300")).isTrue();
        assertThat(PatternRedactor.isValidIban("NL91ABNA0417164301")).isFalse();
    }
}
