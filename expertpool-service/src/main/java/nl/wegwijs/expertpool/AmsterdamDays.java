package nl.wegwijs.expertpool;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Calendar days as the expert pool counts them: days in Amsterdam (the platform is Dutch), winter or summer time
 * as on that day, whatever offset a time was written in and whatever zone the clock has (the platform's clock is
 * UTC). A question asked at 00:30 in Amsterdam on 3 March (23:30 UTC on 2 March) belongs to 3 March, and at that
 * moment "today" is 3 March: signals count in these days, an agenda point's visit or answer may be dated today
 * ({@code visitDate}, {@code answeredOn} are not "in the future"), and a brief is dated by them.
 */
public final class AmsterdamDays {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private AmsterdamDays() {}

    /** The Amsterdam calendar day of a time. */
    public static LocalDate of(OffsetDateTime time) {
        return time.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** Today in Amsterdam. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
