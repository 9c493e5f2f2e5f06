package nl.wegwijs.matching.vacancies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.matching.places.Places;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Rules a vacancy must meet beyond the shape of its fields: a known place and a start date not in the past
 * (Dutch time); breaking one is a 400. Pay below the adult statutory minimum wage in force on the start date is
 * a warning, not an error: it is lawful for workers under 21 (youth minimum wage), and the wage table is kept
 * by hand. Monthly and yearly pay are converted to an hourly rate over the vacancy's maximum hours (52 weeks a
 * year), the strictest reading; holiday allowance is not counted, as the minimum wage does not count it.
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

    /** Throws {@link InvalidRequestException} for what makes the vacancy invalid; answers the warnings. */
    List<VacancyWarning> check(VacancyRequest v) {
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
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return minimumWage.on(v.startDate()).flatMap(inForce -> belowMinimumWage(v, inForce)).stream()
                .toList();
    }

    /** The warning for pay below the adult minimum wage in force on the start date; empty when it is not below. */
    static Optional<VacancyWarning> belowMinimumWage(VacancyRequest v, MinimumWage.InForce inForce) {
        int maxHours = v.hoursPerWeek().max();
        BigDecimal hourly = hourly(v.salary(), maxHours);
        if (hourly.compareTo(inForce.hourly()) >= 0) {
            return Optional.empty();
        }
        String posted = switch (v.salary().per()) {
            case HOUR -> "€" + hourly + " per hour";
            case MONTH ->
                "€" + v.salary().min().toPlainString() + " a month, €" + hourly + " per hour over " + maxHours
                        + " hours a week";
            case YEAR ->
                "€" + v.salary().min().toPlainString() + " a year, €" + hourly + " per hour over " + maxHours
                        + " hours a week";
        };
        return Optional.of(new VacancyWarning(
                "salary.min",
                "below the adult statutory minimum wage of €" + inForce.hourly() + " per hour in force on "
                        + v.startDate() + "; allowed only for workers under 21, at least at the youth minimum wage "
                        + "for their age. Posted: " + posted + ", holiday allowance not counted"));
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
