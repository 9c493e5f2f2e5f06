package nl.wegwijs.helpdesk.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The days of a household's case, as staff in the Netherlands count them: Amsterdam calendar days, never the UTC date
 * of the platform's clock, which is still yesterday between midnight and 01:00 (winter) or 02:00 (summer).
 */
final class CaseDates {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private CaseDates() {}

    /** Today in Amsterdam. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(AMSTERDAM));
    }

    /** Why a case cannot have started that day: after today. */
    static Optional<String> startProblem(LocalDate startedOn, Clock clock) {
        return startedOn.isAfter(today(clock)) ? Optional.of("must not be in the future") : Optional.empty();
    }

    /**
     * Why a milestone cannot have been reached that day: before the case started (it would count negative days since
     * the start, in the case and in {@code CaseMilestoneReached}), or after today.
     */
    static Optional<String> milestoneProblem(LocalDate reachedOn, LocalDate startedOn, Clock clock) {
        if (reachedOn.isBefore(startedOn)) {
            return Optional.of("must not be before the case started (" + startedOn + ")");
        }
        return reachedOn.isAfter(today(clock)) ? Optional.of("must not be in the future") : Optional.empty();
    }
}
