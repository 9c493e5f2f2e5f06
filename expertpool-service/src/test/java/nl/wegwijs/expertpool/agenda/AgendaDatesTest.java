package nl.wegwijs.expertpool.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The platform's clock is UTC; the days of a point's road are Amsterdam's. */
class AgendaDatesTest {

    /** 00:30 on 3 March in Amsterdam (winter time), still 2 March in UTC. */
    static final Clock HALF_PAST_MIDNIGHT_IN_WINTER =
            Clock.fixed(Instant.parse("2027-03-02T23:30:00Z"), ZoneOffset.UTC);

    /** 01:30 on 2 July in Amsterdam (summer time), still 1 July in UTC. */
    static final Clock HALF_PAST_ONE_IN_SUMMER = Clock.fixed(Instant.parse("2027-07-01T23:30:00Z"), ZoneOffset.UTC);

    static final OffsetDateTime RAISED_WEEKS_AGO = OffsetDateTime.parse("2027-02-01T18:00:00Z");

    @Test
    void todayInAmsterdamIsNotInTheFutureJustAfterMidnightInWinterAndSummer() {
        assertThat(AgendaDates.problem(LocalDate.parse("2027-03-03"), RAISED_WEEKS_AGO, HALF_PAST_MIDNIGHT_IN_WINTER))
                .isEmpty();
        assertThat(AgendaDates.problem(LocalDate.parse("2027-07-02"), RAISED_WEEKS_AGO, HALF_PAST_ONE_IN_SUMMER))
                .isEmpty();
    }

    @Test
    void tomorrowInAmsterdamIsInTheFuture() {
        assertThat(AgendaDates.problem(LocalDate.parse("2027-03-04"), RAISED_WEEKS_AGO, HALF_PAST_MIDNIGHT_IN_WINTER))
                .contains("must not be in the future");
        Clock eveningBefore = Clock.fixed(Instant.parse("2027-03-02T22:59:00Z"), ZoneOffset.UTC);
        assertThat(AgendaDates.problem(LocalDate.parse("2027-03-03"), RAISED_WEEKS_AGO, eveningBefore))
                .contains("must not be in the future");
    }

    @Test
    void aPointRaisedJustAfterMidnightInAmsterdamWasRaisedThatDay() {
        // 00:30 on 3 March in Amsterdam, as the database gives it back (UTC)
        OffsetDateTime raised = OffsetDateTime.parse("2027-03-02T23:30:00Z");
        Clock later = Clock.fixed(Instant.parse("2027-03-10T12:00:00Z"), ZoneOffset.UTC);
        assertThat(AgendaDates.problem(LocalDate.parse("2027-03-02"), raised, later))
                .contains("must not be before the point was raised (2027-03-03)");
        assertThat(AgendaDates.problem(LocalDate.parse("2027-03-03"), raised, later))
                .isEmpty();
    }

    @Test
    void daysFromRaisingToTheAnswerCountAmsterdamDays() {
        OffsetDateTime raised = OffsetDateTime.parse("2027-03-02T23:30:00Z"); // 3 March in Amsterdam
        assertThat(AgendaDates.raisedToAnswered(raised, LocalDate.parse("2027-03-13"), raised.plusDays(20)))
                .isEqualTo(10);
        // no date of the answer: recorded at 00:30 on 13 March in Amsterdam
        assertThat(AgendaDates.raisedToAnswered(raised, null, OffsetDateTime.parse("2027-03-12T23:30:00Z")))
                .isEqualTo(10);
    }
}
