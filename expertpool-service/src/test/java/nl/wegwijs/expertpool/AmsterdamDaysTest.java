package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AmsterdamDaysTest {

    @Test
    void todayIsTheCalendarDayInAmsterdamWhateverTheClocksZone() {
        Clock utcBeforeMidnight = Clock.fixed(Instant.parse("2027-03-02T23:30:00Z"), ZoneOffset.UTC);
        assertThat(AmsterdamDays.today(utcBeforeMidnight)).isEqualTo(LocalDate.parse("2027-03-03"));
        Clock summerEvening = Clock.fixed(Instant.parse("2027-07-01T21:59:00Z"), ZoneOffset.UTC);
        assertThat(AmsterdamDays.today(summerEvening)).isEqualTo(LocalDate.parse("2027-07-01"));
    }

    @Test
    void aTimeBelongsToItsAmsterdamDayInWinterAndSummer() {
        assertThat(AmsterdamDays.of(OffsetDateTime.parse("2027-03-02T23:30:00Z")))
                .isEqualTo(LocalDate.parse("2027-03-03"));
        assertThat(AmsterdamDays.of(OffsetDateTime.parse("2027-03-03T22:59:00Z")))
                .isEqualTo(LocalDate.parse("2027-03-03"));
        assertThat(AmsterdamDays.of(OffsetDateTime.parse("2027-07-01T22:00:00Z")))
                .isEqualTo(LocalDate.parse("2027-07-02"));
        assertThat(AmsterdamDays.of(OffsetDateTime.parse("2027-07-01T21:59:59Z")))
                .isEqualTo(LocalDate.parse("2027-07-01"));
    }
}
