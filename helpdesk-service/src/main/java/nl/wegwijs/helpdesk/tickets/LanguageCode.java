package nl.wegwijs.helpdesk.tickets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/**
 * A language as API.md asks for it: an ISO 639-1 code in lower case that exists ({@code uk}, {@code
 * ru}, {@code nl}, {@code en}, ...; the list of {@link Locale#getISOLanguages()}), or {@code und} for a
 * question whose language is not known. Two letters that are no language ("xx", "zz") would otherwise be
 * stored and counted in statistics and metrics. Null is valid (the field is optional; use
 * {@code @NotBlank} where it is not).
 */
@Documented
@Constraint(validatedBy = LanguageCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {

    String message() default "must be an ISO 639-1 language code such as uk, ru, nl or en (or und)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<LanguageCode, String> {

        private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.equals("und") || CODES.contains(value);
        }
    }
}
