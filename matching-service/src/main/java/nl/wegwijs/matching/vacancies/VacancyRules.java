package nl.wegwijs.matching.vacancies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.matching.places.Places;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Rules a vacancy must meet beyond the shape of its fields: a known place, a start date not in the past
 * (Dutch time), and pay at least the statutory minimum wage in force on the start date. Monthly and
 * yearly pay are converted to an hourly rate over the vacancy's maximum hours (52 weeks a year), the
 * strictest reading; holiday allowance is not counted, as the law does not count it.
 */
@Component
class VacancyRules {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Places places;
    private final MinimumWage minimumWage;
    private final Clock clock;

    VacancyRules(Places places, MinimumWage minimumWage, Clock clock) {
        this.places = places;
        this.minimumWage = minimumWage;
        this.clock = clock;
    }

    void check(VacancyRequest v) {
        List<FieldProblem> problems = new ArrayList<>();
        if (places.find(v.location().city()).isEmpty()) {
            List<String> close = places.suggestions(v.location().city(), 3);
            problems.add(new FieldProblem(
                    "location.city",
                    "is not a Dutch place we know"
                            + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")));
        }
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        if (v.startDate().isBefore(today)) {
            problems.add(new FieldProblem("startDate", "must be today or later"));
        }
        minimumWage.on(v.startDate()).ifPresent(inForce -> {
            BigDecimal hourly = hourly(v.salary(), v.hoursPerWeek().max());
            if (hourly.compareTo(inForce.hourly()) < 0) {
                problems.add(new FieldProblem(
                        "salary.min",
                        "is EUR " + hourly + " per hour, below the statutory minimum wage of EUR " + inForce.hourly()
                                + " per hour in force since " + inForce.since() + " (on the start date "
                                + v.startDate() + ")"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    static BigDecimal hourly(Salary salary, int maxHoursPerWeek) {
        BigDecimal weeklyHours = BigDecimal.valueOf(maxHoursPerWeek);
        return switch (salary.per()) {
            case HOUR -> salary.min().setScale(2, RoundingMode.DOWN);
            case MONTH ->
                salary.min()
                        .multiply(BigDecimal.valueOf(12))
                        .divide(BigDecimal.valueOf(52).multiply(weeklyHours), 2, RoundingMode.DOWN);
            case YEAR -> salary.min().divide(BigDecimal.valueOf(52).multiply(weeklyHours), 2, RoundingMode.DOWN);
        };
    }
}
