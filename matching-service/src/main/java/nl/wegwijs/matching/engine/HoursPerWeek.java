package nl.wegwijs.matching.engine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A range of working hours per week; a minimum above the maximum is reported on {@code min}. */
@MinNotAboveMax
public record HoursPerWeek(
        @NotNull @Min(1) @Max(60) Integer min,
        @NotNull @Min(1) @Max(60) Integer max) implements MinNotAboveMax.Range<Integer> {}
