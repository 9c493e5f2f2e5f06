package nl.wegwijs.matching.preconditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    static final String CURRENT = "\"2\"";

    @Test
    void noHeaderAndAStarMatchAnyVersion() {
        assertThat(IfMatch.of(null).matches(CURRENT)).isTrue();
        assertThat(IfMatch.of("*").matches(CURRENT)).isTrue();
        assertThat(IfMatch.of(" * ").matches(CURRENT)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", " \"2\" ", "\"1\", \"2\"", "W/\"2\", \"2\"", "\"1\",\"2\"", ", \"2\","})
    void theCurrentStrongTagMatchesAloneOrInAList(String header) {
        assertThat(IfMatch.of(header).matches(CURRENT)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "W/\"2\"",
                "w/\"2\"",
                "\"02\"",
                "\"2 \"",
                "2",
                "\"2",
                "\"1\"",
                "\"1\" \"2\"",
                "\"2\"x",
                "*, \"2\"",
                ""
            })
    void aWeakTagAnotherSpellingAnotherVersionOrNoEntityTagNeverMatches(String header) {
        assertThat(IfMatch.of(header).matches(CURRENT)).isFalse();
    }

    @Test
    void aFailureSaysWhyAndNamesWhatWasChecked() {
        assertThatThrownBy(() -> IfMatch.of("\"1\"").check("candidate", CURRENT))
                .isInstanceOf(PreconditionFailedException.class)
                .hasMessage("The candidate was changed since you read it; read it again and retry with its new ETag")
                .satisfies(e -> assertThat(((PreconditionFailedException) e).currentEtag())
                        .isEqualTo(CURRENT));
        assertThatThrownBy(() -> IfMatch.of("W/\"2\"").check("vacancy", CURRENT))
                .hasMessage("If-Match compares entity tags strongly, so a weak one (W/\"2\") never matches; send the "
                        + "ETag the vacancy was read with, as it came (without W/)");
        assertThatThrownBy(() -> IfMatch.of("garbage").check("vacancy", CURRENT))
                .hasMessage("The If-Match header (garbage) is neither * nor a list of entity tags such as \"3\" "
                        + "(quotes included); send the ETag the vacancy was read with");
        assertThatThrownBy(() -> IfMatch.of("x".repeat(100)).check("vacancy", CURRENT))
                .hasMessageStartingWith("The If-Match header (" + "x".repeat(40) + "...) is neither");
    }
}
