package nl.wegwijs.expertpool.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The days signals are counted in: calendar days in Amsterdam (the platform is Dutch), winter or summer time as
 * on that day, whatever offset an event's time was written in and whatever zone the clock has. A question asked
 * at 00:30 in Amsterdam on 3 March (23:30 UTC on 2 March) belongs to 3 March.
 */
final class SignalDays {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private SignalDays() {}

    /** The Amsterdam calendar day of a time. */
    static LocalDate of(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** Today in Amsterdam. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
