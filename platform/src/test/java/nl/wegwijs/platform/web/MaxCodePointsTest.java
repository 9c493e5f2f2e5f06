package nl.wegwijs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link MaxCodePoints} counts characters as people (and PostgreSQL) do, where {@code @Size} counts UTF-16 units. */
class MaxCodePointsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Question(@MaxCodePoints(5000) String text) {}

    record WithSize(@Size(max = 5000) String text) {}

    record Skills(List<@MaxCodePoints(3) String> skills) {}

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void anEmojiIsOneCharacterSo2600EmojiFitAFiveThousandLimit() {
        String emoji = "😀".repeat(2600);

        assertThat(emoji.length()).isEqualTo(5200);
        assertThat(VALIDATOR.validate(new Question(emoji))).isEmpty();
        assertThat(VALIDATOR.validate(new WithSize(emoji))).hasSize(1); // what services had
    }

    @Test
    void textUpToTheLimitIsValidOneCharacterMoreIsNot() {
        assertThat(VALIDATOR.validate(new Question("я".repeat(5000)))).isEmpty();

        var violations = VALIDATOR.validate(new Question("я".repeat(4999) + "😀😀"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("text");
            assertThat(v.getMessage()).isEqualTo("must be at most 5000 characters");
        });
    }

    @Test
    void noTextIsLeftToNotNullOrNotBlank() {
        assertThat(VALIDATOR.validate(new Question(null))).isEmpty();
    }

    @Test
    void itChecksEachElementOfAList() {
        assertThat(VALIDATOR.validate(new Skills(List.of("🚜🚜🚜", "vca")))).isEmpty();
        assertThat(VALIDATOR.validate(new Skills(List.of("vca", "lassen")))).hasSize(1);
    }
}
