package nl.wegwijs.helpdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What language detection leaves out of a question: what every language shares. */
class DetectionTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "serhiy.melnyk@proton.me",
                "serhiy.melnyk(at)proton.me",
                "serhiy.melnyk [at] proton [dot] me",
                "+380 (50) 123-45-67",
                "06-12345678",
                "UA21 3223 1300 0002 6007 2335 6600 1",
                "NL91ABNA0417164300",
                "1992-04-30",
                "30.04.1992",
                "https://www.digid.nl/aanvragen",
                "digid.nl",
                "@olena_koval"
            })
    void leavesOutContactDataNumbersAndAddresses(String shared) {
        assertThat(DetectionText.of("How can I apply for it? " + shared + " Thank you"))
                .isEqualToIgnoringWhitespace("How can I apply for it? Thank you");
    }

    @Test
    void leavesOutDutchNamesOfDutchThingsAndAcronyms() {
        assertThat(DetectionText.of("How do I apply for huurtoeslag?"))
                .isEqualToIgnoringWhitespace("How do I apply for ?");
        assertThat(DetectionText.of("Can I get zorgtoeslag if I live in a gastgezin?"))
                .isEqualToIgnoringWhitespace("Can I get if I live in a ?");
        assertThat(DetectionText.of("How do I get a BSN and a DigiD from the gemeente?"))
                .isEqualToIgnoringWhitespace("How do I get a and a from the ?");
        assertThat(DetectionText.of("Kinderopvangtoeslag, UWV and IND: who pays?"))
                .isEqualToIgnoringWhitespace(", and : who pays?");
    }

    @Test
    void keepsTheDutchWordsWhenNothingElseIsLeft() {
        assertThat(DetectionText.of("huurtoeslag?")).isEqualTo("huurtoeslag?");
        assertThat(DetectionText.of("huurtoeslag 2026")).isEqualToIgnoringWhitespace("huurtoeslag");
        assertThat(DetectionText.of("BSN 123")).isEqualToIgnoringWhitespace("BSN");
    }

    @Test
    void keepsWordsWrittenInCapitalsWhenTheWholeTextIsInCapitals() {
        assertThat(DetectionText.of("HOW DO I GET HELP")).isEqualTo("HOW DO I GET HELP");
    }
}
