package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based proof that personal data in realistic uk/ru/nl/en sentences does not survive
 * redaction: e-mails, Dutch and Ukrainian phone numbers in many formats, valid BSNs, valid IBANs,
 * postcodes with house numbers, and the names the person gave (also inflected or transliterated).
 */
class RedactorPropertiesTest {

    private final Redactor redactor = new Redactor();

    private static String digitsOf(String text) {
        return text.replaceAll("\\D", "");
    }

    @Property(tries = 400)
    void noEmailAddressSurvives(@ForAll("emails") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(redacted).doesNotContain(sample.secret()).doesNotContain("@");
        assertThat(redacted.toLowerCase(Locale.ROOT))
                .doesNotContain(sample.secret().substring(0, sample.secret().indexOf('@')));
    }

    @Property(tries = 600)
    void noDutchOrUkrainianPhoneNumberSurvives(@ForAll("phones") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
    }

    @Property(tries = 400)
    void noValidBsnSurvives(@ForAll("bsns") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
    }

    @Property(tries = 400)
    void noValidIbanSurvives(@ForAll("ibans") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
        String compact = sample.secret().replace(" ", "").toUpperCase(Locale.ROOT);
        assertThat(redacted.replace(" ", "").toUpperCase(Locale.ROOT)).doesNotContain(compact.substring(0, 4));
    }

    @Property(tries = 400)
    void noPostcodeWithHouseNumberSurvives(@ForAll("postcodes") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
    }

    @Property(tries = 400)
    void noNameThePersonGaveSurvivesInAnyFormOrScript(@ForAll("names") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        for (String part : sample.secret().split(" ")) {
            assertThat(Pattern.compile(
                                    "(?<!\\p{L})" + Pattern.quote(part) + "(?!\\p{L})",
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                            .matcher(redacted)
                            .find())
                    .as("'%s' survives in: %s", part, redacted)
                    .isFalse();
        }
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> emails() {
        return PersonalDataGenerators.emails();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> phones() {
        return PersonalDataGenerators.phones();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> bsns() {
        return PersonalDataGenerators.bsns();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> ibans() {
        return PersonalDataGenerators.ibans();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> postcodes() {
        return PersonalDataGenerators.postcodes();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> names() {
        return PersonalDataGenerators.names();
    }
}
