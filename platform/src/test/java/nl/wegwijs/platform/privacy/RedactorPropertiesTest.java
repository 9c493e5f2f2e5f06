package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based proof that personal data in realistic uk/ru/nl/en sentences does not survive
 * redaction: e-mails (also obfuscated), handles, Dutch and Ukrainian phone numbers in many formats,
 * valid BSNs, IBANs (valid or with wrong check digits), document numbers, dates of birth, postcodes
 * with house numbers, streets, vehicle registration plates, the names the person gave (also inflected or transliterated) and the
 * names they introduce in the text, also when another text addresses them; and that ordinary sentences
 * that only look like such data come through word for word.
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

    @Property(tries = 400)
    void aNameIntroducedInTheTextDoesNotSurviveWithoutBeingGiven(
            @ForAll("introductions") PersonalDataGenerators.Introduction introduction) {
        String redacted = redactor.redact(introduction.text(), List.of());

        assertNoPartSurvives(introduction.name(), redacted);
        assertThat(redactor.namesIntroducedIn(introduction.text())).containsExactly(introduction.name());
    }

    @Property(tries = 400)
    void namesIntroducedInAQuestionLeaveTheAnswerInAnyFormOrScript(
            @ForAll("conversations") PersonalDataGenerators.Conversation conversation) {
        List<String> introduced = redactor.namesIntroducedIn(conversation.question());

        String redacted = redactor.redact(conversation.answer(), introduced);

        conversation.formsInAnswer().forEach(form -> assertNoPartSurvives(form, redacted));
    }

    @Property(tries = 400)
    void ordinarySentencesThatOnlyLookPersonalStayWordForWord(@ForAll("ordinaryText") String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
        assertThat(redactor.namesIntroducedIn(text)).isEmpty();
    }

    @Property(tries = 400)
    void noDocumentNumberSurvives(@ForAll("documents") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
        assertThat(redacted).contains(Redactor.DOCUMENT);
    }

    @Property(tries = 400)
    void noDateOfBirthSurvives(@ForAll("birthDates") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
        assertThat(redacted).contains(Redactor.DATE);
    }

    @Property(tries = 300)
    void noHandleSurvives(@ForAll("handles") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(redacted.toLowerCase(Locale.ROOT)).as(redacted).doesNotContain(sample.secret());
        assertThat(redacted).contains(Redactor.HANDLE).doesNotContain("@");
    }

    @Property(tries = 400)
    void noObfuscatedEmailAddressSurvives(@ForAll("obfuscatedEmails") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(redacted.toLowerCase(Locale.ROOT)).as(redacted).doesNotContain(sample.secret());
        assertThat(redacted).contains(Redactor.EMAIL);
    }

    @Property(tries = 400)
    void noIbanSurvivesEvenWithWrongCheckDigits(
            @ForAll("ibansWithWrongCheckDigits") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
        assertThat(redacted).contains(Redactor.IBAN);
    }

    @Property(tries = 400)
    void noStreetWithoutASuffixSurvives(@ForAll("streetsWithoutSuffix") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
        assertThat(redacted).as(redacted).doesNotContain(sample.secret()).contains(Redactor.ADDRESS);
    }

    @Property(tries = 400)
    void noVehicleRegistrationPlateSurvives(@ForAll("plates") PersonalDataGenerators.Sample sample) {
        String redacted = redactor.redact(sample.text(), sample.names());

        assertThat(digitsOf(redacted)).as(redacted).isEmpty();
        assertThat(redacted).as(redacted).doesNotContain(sample.secret()).contains(Redactor.PLATE);
    }

    /** No part of the name (particles such as "van der" aside) is left as a word of its own. */
    private static void assertNoPartSurvives(String name, String redacted) {
        for (String part : name.split("[\\s-]+")) {
            if (List.of("van", "der", "den", "de", "ter", "el").contains(part)) {
                continue;
            }
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
    Arbitrary<PersonalDataGenerators.Introduction> introductions() {
        return PersonalDataGenerators.introductions();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Conversation> conversations() {
        return PersonalDataGenerators.conversations();
    }

    @Provide
    Arbitrary<String> ordinaryText() {
        return PersonalDataGenerators.ordinaryText();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> documents() {
        return PersonalDataGenerators.documents();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> birthDates() {
        return PersonalDataGenerators.birthDates();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> handles() {
        return PersonalDataGenerators.handles();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> obfuscatedEmails() {
        return PersonalDataGenerators.obfuscatedEmails();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> ibansWithWrongCheckDigits() {
        return PersonalDataGenerators.ibansWithWrongCheckDigits();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> streetsWithoutSuffix() {
        return PersonalDataGenerators.streetsWithoutSuffix();
    }

    @Provide
    Arbitrary<PersonalDataGenerators.Sample> plates() {
        return PersonalDataGenerators.plates();
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
