package nl.wegwijs.matching.engine;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** A two-letter ISO 639-1 language code, lower case, as the JDK knows them ({@code nl}, {@code uk}, ...). */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = IsoLanguage.Validator.class)
public @interface IsoLanguage {

    String message() default "must be an ISO 639-1 language code such as nl, en or uk";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is valid: whether a code is required is a separate constraint. */
    class Validator implements ConstraintValidator<IsoLanguage, String> {

        private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || CODES.contains(code);
        }
    }
}
