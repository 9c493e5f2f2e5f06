package nl.wegwijs.matching.vacancies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.matching.engine.LanguageLists;
import nl.wegwijs.matching.engine.Skills;
import nl.wegwijs.matching.places.Places;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Rules a vacancy must meet beyond the shape of its fields: a known place, and no language required or preferred
 * twice (see {@link LanguageLists}); breaking one is a 400. A required skill or
 * certificate the skill vocabulary does not know is a warning: it matches only the same wording. A start date in
 * the past (Dutch time) is a warning: the vacancy starts at once. Pay below the adult statutory minimum wage in
 * force when the work starts is a warning, not an error: it is lawful for workers under 21 (youth minimum wage), and the wage table is kept
 * by hand. Work that starts when the table's latest figure may already have been replaced is compared with that
 * figure all the same, and the warning says since when it is in force. Monthly and yearly pay are converted to an hourly rate over the vacancy's maximum hours (52 weeks a
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
        problems.addAll(LanguageLists.repeatedRequirements("languages", v.languages()));
        problems.addAll(LanguageLists.repeatedLanguages("preferredLanguages", v.preferredLanguages()));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<VacancyWarning> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        LocalDate starts = v.startDate();
        if (starts.isBefore(today)) {
            // an example or a repost with yesterday's date: read as "start at once" rather than refused
            warnings.add(new VacancyWarning(
                    "startDate", "is in the past (" + starts + "); the vacancy is read as starting at once"));
            starts = today;
        }
        LocalDate workStarts = starts;
        minimumWage
                .on(workStarts)
                .flatMap(inForce -> belowMinimumWage(v, workStarts, inForce))
                .ifPresent(warnings::add);
        warnings.addAll(outsideTheSkillVocabulary("skills", v.skills()));
        warnings.addAll(outsideTheSkillVocabulary("certificates", v.certificates()));
        return warnings;
    }

    /**
     * A warning for each required skill or certificate the skill vocabulary does not know: it still matches, but only
     * candidates who wrote the same words, not its other names or its translations, so it can silently find nobody.
     */
    static List<VacancyWarning> outsideTheSkillVocabulary(String field, List<String> required) {
        List<VacancyWarning> warnings = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            String written = required.get(i);
            if (!Skills.known(written)) {
                warnings.add(new VacancyWarning(
                        field + "[" + i + "]",
                        "\"" + written + "\" is not in the skill vocabulary: it is matched by its exact wording only "
                                + "(case, accents and punctuation aside), not by other names or translations, so a "
                                + "candidate who wrote it another way is not found"));
            }
        }
        return warnings;
    }

    /** The warning for pay below the adult minimum wage in force when work starts; empty when it is not below. */
    static Optional<VacancyWarning> belowMinimumWage(
            VacancyRequest v, LocalDate workStarts, MinimumWage.InForce inForce) {
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
        // beyond the end of the table the last known figure is used, and said to be that: it may have gone up since
        String minimum = inForce.knownOn(workStarts)
                ? "in force on " + workStarts
                : "in force since " + inForce.since() + ", the latest figure known here (work starts " + workStarts
                        + "; a newer figure may apply by then)";
        return Optional.of(new VacancyWarning(
                "salary.min",
                "below the adult statutory minimum wage of €" + inForce.hourly() + " per hour " + minimum
                        + "; allowed only for workers under 21, at least at the youth minimum wage for their age. "
                        + "Posted: " + posted + ", holiday allowance not counted"));
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
