package nl.wegwijs.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageValidationTest {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static Map<String, String> problems(Object value) {
        return validator.validate(value).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void onlyIso639OneCodesAreLanguages() {
        assertThat(problems(new LanguageLevel("uk", Cefr.NATIVE))).isEmpty();
        assertThat(problems(new LanguageLevel("ti", Cefr.B1))).isEmpty();
        assertThat(problems(new LanguageLevel("xx", Cefr.B1))).containsOnlyKeys("code");
        assertThat(problems(new LanguageLevel("NL", Cefr.B1))).containsOnlyKeys("code");
        assertThat(problems(new LanguageLevel("nld", Cefr.B1)))
                .as("ISO 639-2/3 codes are not ISO 639-1")
                .containsOnlyKeys("code");
        assertThat(problems(new LanguageRequirement(null, List.of("nl", "zz"), Cefr.A2)))
                .containsOnlyKeys("anyOf[1].<list element>");
    }

    @Test
    void aRequirementNamesEitherOneCodeOrAnyOfNeverBothOrNeither() {
        assertThat(problems(new LanguageRequirement("nl", null, Cefr.A2))).isEmpty();
        assertThat(problems(new LanguageRequirement(null, List.of("nl", "en"), Cefr.A2)))
                .isEmpty();
        assertThat(problems(new LanguageRequirement("nl", List.of("en"), Cefr.A2)))
                .containsExactly(Map.entry("", "give either code or anyOf, not both"));
        assertThat(problems(new LanguageRequirement(null, null, Cefr.A2)))
                .containsExactly(Map.entry("", "give code (one language) or anyOf (several languages)"));
        assertThat(problems(new LanguageRequirement(null, List.of(), Cefr.A2))).containsOnlyKeys("anyOf");
    }
}
