package nl.wegwijs.matching.engine;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import nl.wegwijs.platform.web.IsoLanguage;

/**
 * A language a vacancy requires at a level: either one {@code code}, or {@code anyOf} several languages,
 * any of which at that level meets it; never both.
 */
@LanguageRequirement.CodeOrAnyOf
public record LanguageRequirement(
        @IsoLanguage String code,

        @Size(min = 1, max = 10, message = "must list 1 to 10 languages")
        List<@NotNull @IsoLanguage String> anyOf,

        @NotNull Cefr level) {

    public List<String> codes() {
        if (anyOf != null && !anyOf.isEmpty()) {
            return anyOf;
        }
        return code == null ? List.of() : List.of(code);
    }

    /** Exactly one of {@code code} and {@code anyOf} is given (an empty {@code anyOf} counts as given). */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = CodeOrAnyOf.Validator.class)
    @interface CodeOrAnyOf {

        String message() default "give code (one language) or anyOf (several languages)";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<CodeOrAnyOf, LanguageRequirement> {

            @Override
            public boolean isValid(LanguageRequirement requirement, ConstraintValidatorContext context) {
                if (requirement == null || (requirement.code() == null) != (requirement.anyOf() == null)) {
                    return true;
                }
                if (requirement.code() != null) { // both
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("give either code or anyOf, not both")
                            .addConstraintViolation();
                }
                return false;
            }
        }
    }
}
