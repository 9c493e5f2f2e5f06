package nl.wegwijs.expertpool.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.wegwijs.expertpool.AmsterdamDays;

/**
 * The days of an agenda point's road, as a coordinator in the Netherlands counts them: Amsterdam calendar days
 * ({@link AmsterdamDays}), never the UTC date of the platform's clock, which is yesterday's date between midnight
 * and 01:00 (winter) or 02:00 (summer).
 */
final class AgendaDates {

    private AgendaDates() {}

    /** Why a visit's or an answer's day cannot be: before the point was raised, or in the future. */
    static Optional<String> problem(LocalDate day, OffsetDateTime raisedAt, Clock clock) {
        LocalDate raisedOn = AmsterdamDays.of(raisedAt);
        if (day.isBefore(raisedOn)) {
            return Optional.of("must not be before the point was raised (" + raisedOn + ")");
        }
        if (day.isAfter(AmsterdamDays.today(clock))) {
            return Optional.of("must not be in the future");
        }
        return Optional.empty();
    }

    /** Days from raising to the answer; without a date of the answer, to the day it was recorded. */
    static long raisedToAnswered(OffsetDateTime raisedAt, LocalDate answeredOn, OffsetDateTime recordedAt) {
        LocalDate answered = answeredOn != null ? answeredOn : AmsterdamDays.of(recordedAt);
        return Math.max(0, ChronoUnit.DAYS.between(AmsterdamDays.of(raisedAt), answered));
    }
}
