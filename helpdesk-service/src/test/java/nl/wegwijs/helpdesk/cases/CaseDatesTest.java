package nl.wegwijs.helpdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The platform's clock is UTC; the days of a household's case are Amsterdam's. */
class CaseDatesTest {

    /** 00:30 on 3 March in Amsterdam (winter time), still 2 March in UTC. */
    static final Clock WINTER_NIGHT = Clock.fixed(Instant.parse("2027-03-02T23:30:00Z"), ZoneOffset.UTC);

    /** 01:30 on 2 July in Amsterdam (summer time), still 1 July in UTC. */
    static final Clock SUMMER_NIGHT = Clock.fixed(Instant.parse("2027-07-01T23:30:00Z"), ZoneOffset.UTC);

    static final LocalDate STARTED = LocalDate.parse("2027-01-10");

    @Test
    void aMilestoneReachedTodayInAmsterdamJustAfterMidnightIsNotInTheFuture() {
        assertThat(CaseDates.milestoneProblem(LocalDate.parse("2027-03-03"), STARTED, WINTER_NIGHT))
                .isEmpty();
        assertThat(CaseDates.milestoneProblem(LocalDate.parse("2027-07-02"), STARTED, SUMMER_NIGHT))
                .isEmpty();
        assertThat(CaseDates.startProblem(LocalDate.parse("2027-03-03"), WINTER_NIGHT))
                .isEmpty();
    }

    @Test
    void tomorrowInAmsterdamIsInTheFuture() {
        assertThat(CaseDates.milestoneProblem(LocalDate.parse("2027-03-04"), STARTED, WINTER_NIGHT))
                .contains("must not be in the future");
        assertThat(CaseDates.startProblem(LocalDate.parse("2027-07-03"), SUMMER_NIGHT))
                .contains("must not be in the future");
    }

    @Test
    void aMilestoneBeforeTheCaseStartedIsRefusedAndTheStartDayItselfIsNot() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
        LocalDate started = LocalDate.parse("2026-10-01");

        assertThat(CaseDates.milestoneProblem(LocalDate.parse("2026-09-01"), started, clock))
                .contains("must not be before the case started (2026-10-01)");
        assertThat(CaseDates.milestoneProblem(started, started, clock)).isEmpty();
    }

    @Test
    void todayIsAmsterdamsDate() {
        assertThat(CaseDates.today(WINTER_NIGHT)).isEqualTo(LocalDate.parse("2027-03-03"));
        assertThat(CaseDates.today(SUMMER_NIGHT)).isEqualTo(LocalDate.parse("2027-07-02"));
    }
}
