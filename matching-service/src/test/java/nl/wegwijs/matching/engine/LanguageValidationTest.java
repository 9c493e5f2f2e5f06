package nl.wegwijs.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijs.platform.web.FieldProblem;
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
    void hoursOutOfOrderAreReportedOnTheMinimumTheClientSent() {
        assertThat(problems(new HoursPerWeek(32, 40))).isEmpty();
        assertThat(problems(new HoursPerWeek(40, 40))).isEmpty();
        assertThat(problems(new HoursPerWeek(40, 32))).containsExactly(Map.entry("min", "must not be above max"));
        assertThat(problems(new HoursPerWeek(null, 32))).containsOnlyKeys("min"); // must not be null
    }

    @Test
    void aLanguageListedTwiceIsReportedOnTheCodeOfItsSecondEntry() {
        assertThat(LanguageLists.repeatedLanguages(
                        "languages", List.of(new LanguageLevel("uk", Cefr.NATIVE), new LanguageLevel("en", Cefr.B2))))
                .isEmpty();
        assertThat(LanguageLists.repeatedLanguages(
                        "languages",
                        List.of(
                                new LanguageLevel("uk", Cefr.NATIVE),
                                new LanguageLevel("en", Cefr.B2),
                                new LanguageLevel("uk", Cefr.A1))))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple(
                        "languages[2].code",
                        "uk is listed already (languages[0]); give each language once, at one level"));
    }

    @Test
    void aVacancyRequiresEachLanguageOnceButItsRequirementsMayOverlap() {
        LanguageRequirement nlA2 = new LanguageRequirement("nl", null, Cefr.A2);
        LanguageRequirement nlB1 = new LanguageRequirement("nl", null, Cefr.B1);
        LanguageRequirement nlOrEnB1 = new LanguageRequirement(null, List.of("nl", "en"), Cefr.B1);
        LanguageRequirement enOrNlA2 = new LanguageRequirement(null, List.of("en", "nl"), Cefr.A2);
        LanguageRequirement onlyNl = new LanguageRequirement(null, List.of("nl"), Cefr.B2);

        assertThat(LanguageLists.repeatedRequirements("languages", List.of(nlA2, nlOrEnB1)))
                .as("nl at A2, and nl or en at B1: two requirements")
                .isEmpty();
        assertThat(LanguageLists.repeatedRequirements("languages", List.of(nlA2, nlB1)))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple(
                        "languages[1].code",
                        "nl is required already (languages[0]); give each requirement once, at one level"));
        assertThat(LanguageLists.repeatedRequirements("languages", List.of(nlOrEnB1, enOrNlA2)))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple(
                        "languages[1].anyOf",
                        "en, nl are required already (languages[0]); give each requirement once, at one level"));
        assertThat(LanguageLists.repeatedRequirements("languages", List.of(nlA2, onlyNl)))
                .extracting(FieldProblem::field)
                .containsExactly("languages[1].anyOf");
        assertThat(LanguageLists.repeatedRequirements(
                        "languages", List.of(new LanguageRequirement(null, List.of("nl", "en", "nl"), Cefr.A2))))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("languages[0].anyOf[2]", "nl is listed already (languages[0].anyOf[0])"));
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
