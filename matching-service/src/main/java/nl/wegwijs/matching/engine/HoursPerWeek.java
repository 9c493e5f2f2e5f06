package nl.wegwijs.matching.engine;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A range of working hours per week. */
public record HoursPerWeek(
        @NotNull @Min(1) @Max(60) Integer min,
        @NotNull @Min(1) @Max(60) Integer max) {

    @AssertTrue(message = "min must not be above max")
    boolean isOrdered() {
        return min == null || max == null || min <= max;
    }
}
