package nl.wegwijs.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * A language as the public contract names it: an ISO 639-1 code in lower case that exists ({@code uk},
 * {@code ru}, {@code nl}, {@code en}, ...; {@link Locale#getISOLanguages()}). Two letters that are no
 * language ("xx") would otherwise be stored and counted. With {@link #orUnknown()} also {@code und}
 * (language not known); {@link IsoLanguages#isCode} checks a code in code. Null is valid: whether a language is required is a separate constraint.
 */
@Documented
@Constraint(validatedBy = IsoLanguage.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoLanguage {

    /** Also accept {@code und}, ISO 639-2's "undetermined". */
    boolean orUnknown() default false;

    String message() default "must be an ISO 639-1 language code such as uk, ru, nl or en";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoLanguage, String> {

        private boolean orUnknown;

        @Override
        public void initialize(IsoLanguage constraint) {
            this.orUnknown = constraint.orUnknown();
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || IsoLanguages.isCode(code) || (orUnknown && code.equals("und"));
        }
    }
}
