package nl.wegwijs.matching.vacancies;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** Gross pay, excluding holiday allowance, per hour, month or year. */
public record Salary(
        @NotNull @DecimalMin("0.01") @DecimalMax("1000000") BigDecimal min,
        @DecimalMin("0.01") @DecimalMax("1000000") BigDecimal max,
        @NotNull Per per,
        @Pattern(regexp = "EUR", message = "must be EUR") String currency) {

    public enum Per {
        HOUR,
        MONTH,
        YEAR
    }

    @AssertTrue(message = "min must not be above max")
    boolean isOrdered() {
        return min == null || max == null || min.compareTo(max) <= 0;
    }
}
