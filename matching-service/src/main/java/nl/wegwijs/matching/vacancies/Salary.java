package nl.wegwijs.matching.vacancies;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import nl.wegwijs.matching.engine.MinNotAboveMax;

/** Gross pay, excluding holiday allowance, per hour, month or year; a minimum above the maximum is reported on {@code min}. */
@MinNotAboveMax
public record Salary(
        @NotNull @DecimalMin("0.01") @DecimalMax("1000000") BigDecimal min,
        @DecimalMin("0.01") @DecimalMax("1000000") BigDecimal max,
        @NotNull Per per,
        @Pattern(regexp = "EUR", message = "must be EUR") String currency)
        implements MinNotAboveMax.Range<BigDecimal> {

    public enum Per {
        HOUR,
        MONTH,
        YEAR
    }
}
