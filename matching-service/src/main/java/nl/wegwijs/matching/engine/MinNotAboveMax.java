package nl.wegwijs.matching.engine;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A range's {@code min} is not above its {@code max}. A broken range is reported on {@code min}, a field the client
 * sent ({@code hoursPerWeek.min}, {@code salary.min}), as the platform names the first field of a pair that is out of
 * order ({@code from}: "must not be after to"); never on a name of the validation's own ({@code hoursPerWeek.ordered}).
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = MinNotAboveMax.Validator.class)
public @interface MinNotAboveMax {

    String message() default "must not be above max";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A range with a lower and an upper bound, either of which may be absent (other constraints decide that). */
    interface Range<T extends Comparable<? super T>> {
        T min();

        T max();
    }

    class Validator implements ConstraintValidator<MinNotAboveMax, Range<?>> {

        @Override
        public boolean isValid(Range<?> range, ConstraintValidatorContext context) {
            if (range == null || ordered(range)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("min")
                    .addConstraintViolation();
            return false;
        }

        private static <T extends Comparable<? super T>> boolean ordered(Range<T> range) {
            return range.min() == null || range.max() == null || range.min().compareTo(range.max()) <= 0;
        }
    }
}
