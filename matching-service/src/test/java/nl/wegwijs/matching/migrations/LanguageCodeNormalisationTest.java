package nl.wegwijs.matching.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodeNormalisationTest {

    @Test
    void aStoredCodeWhoseMeaningIsClearBecomesItsIso6391Code() {
        assertThat(V7__NormaliseLanguageCodes.normalise("EN")).contains("en");
        assertThat(V7__NormaliseLanguageCodes.normalise(" nl ")).contains("nl");
        assertThat(V7__NormaliseLanguageCodes.normalise("en-GB")).contains("en");
        assertThat(V7__NormaliseLanguageCodes.normalise("nl_BE")).contains("nl");
        assertThat(V7__NormaliseLanguageCodes.normalise("nld"))
                .as("ISO 639-2/T")
                .contains("nl");
        assertThat(V7__NormaliseLanguageCodes.normalise("UKR")).contains("uk");
    }

    @Test
    void aLanguagesNameInEnglishDutchOrItselfBecomesItsCodeWithOrWithoutAccents() {
        assertThat(V7__NormaliseLanguageCodes.normalise("Dutch")).contains("nl");
        assertThat(V7__NormaliseLanguageCodes.normalise("nederlands")).contains("nl");
        assertThat(V7__NormaliseLanguageCodes.normalise("Engels")).contains("en");
        assertThat(V7__NormaliseLanguageCodes.normalise("Oekraïens")).contains("uk");
        assertThat(V7__NormaliseLanguageCodes.normalise("oekraiens")).contains("uk");
        assertThat(V7__NormaliseLanguageCodes.normalise("українська")).contains("uk");
        assertThat(V7__NormaliseLanguageCodes.normalise("Русский")).contains("ru");
        assertThat(V7__NormaliseLanguageCodes.normalise("Pools")).contains("pl");
        assertThat(V7__NormaliseLanguageCodes.normalise("polski")).contains("pl");
    }

    @Test
    void whatNamesNoLanguageIsNeverGuessed() {
        assertThat(V7__NormaliseLanguageCodes.normalise("xx")).isEmpty();
        assertThat(V7__NormaliseLanguageCodes.normalise("XX")).isEmpty();
        assertThat(V7__NormaliseLanguageCodes.normalise("klingon")).isEmpty();
        assertThat(V7__NormaliseLanguageCodes.normalise("nederlands en engels")).isEmpty();
        assertThat(V7__NormaliseLanguageCodes.normalise("")).isEmpty();
        assertThat(V7__NormaliseLanguageCodes.normalise("  ")).isEmpty();
    }

    @Test
    void aCodeThatIsOneAlreadyNeedsNoChange() {
        assertThat(V7__NormaliseLanguageCodes.normalise("uk")).isEmpty();
    }
}
