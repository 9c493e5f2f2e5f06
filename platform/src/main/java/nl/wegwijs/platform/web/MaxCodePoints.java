package nl.wegwijs.platform.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text of at most {@link #value()} characters as a person counts them: Unicode code points, as
 * PostgreSQL counts {@code varchar(n)} and {@code length()}. Use it instead of {@code @Size(max = n)}
 * on text: {@code @Size} counts UTF-16 units, so an emoji or a character outside the Basic
 * Multilingual Plane counts twice and 2,600 emoji fail a 5,000 limit. {@code null} is valid (combine
 * with {@code @NotNull}/{@code @NotBlank}); it works on list elements too ({@code List<@MaxCodePoints(100)
 * String>}).
 */
@Documented
@Constraint(validatedBy = MaxCodePoints.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MaxCodePoints.List.class)
public @interface MaxCodePoints {

    /** The most characters (code points) allowed. */
    int value();

    String message() default "must be at most {value} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        MaxCodePoints[] value();
    }

    /** Counts code points: a surrogate pair is one character, an unpaired surrogate one too. */
    class Validator implements ConstraintValidator<MaxCodePoints, CharSequence> {

        private int max;

        @Override
        public void initialize(MaxCodePoints constraint) {
            if (constraint.value() < 0) {
                throw new IllegalArgumentException("@MaxCodePoints needs a value of 0 or more");
            }
            this.max = constraint.value();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            // a code point is one or two UTF-16 units: no need to count when the units already fit
            return text == null || text.length() <= max || Character.codePointCount(text, 0, text.length()) <= max;
        }
    }
}
