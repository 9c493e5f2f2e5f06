package nl.wegwijs.expertpool.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class AmsterdamTimeTest {

    @Test
    void aTimeWithoutAnOffsetIsAmsterdamTimeInWinterAndInSummer() {
        assertThat(AmsterdamTime.parse("2027-01-14T18:00:00"))
                .isEqualTo(OffsetDateTime.parse("2027-01-14T18:00+01:00"));
        assertThat(AmsterdamTime.parse("2027-07-01T18:00")).isEqualTo(OffsetDateTime.parse("2027-07-01T18:00+02:00"));
    }

    @Test
    void aTimeWithAnOffsetOrAZoneIsTakenAsGiven() {
        assertThat(AmsterdamTime.parse("2027-01-14T18:00:00Z")).isEqualTo(OffsetDateTime.parse("2027-01-14T18:00Z"));
        assertThat(AmsterdamTime.parse(" 2027-01-14T18:00:00+02:00 "))
                .isEqualTo(OffsetDateTime.parse("2027-01-14T18:00+02:00"));
        assertThat(AmsterdamTime.parse("2027-01-14T18:00:00+02:00[Europe/Kyiv]"))
                .isEqualTo(OffsetDateTime.parse("2027-01-14T18:00+02:00"));
    }

    @Test
    void aTimeTheClocksSkipMovesForwardAndOneTheyRepeatIsTheEarlier() {
        assertThat(AmsterdamTime.parse("2027-03-28T02:30")).isEqualTo(OffsetDateTime.parse("2027-03-28T03:30+02:00"));
        assertThat(AmsterdamTime.parse("2027-10-31T02:30")).isEqualTo(OffsetDateTime.parse("2027-10-31T02:30+02:00"));
    }

    @Test
    void refusesWhatIsNotADateAndTime() {
        for (String text : new String[] {"next tuesday", "2027-01-14", "18:00", "14-01-2027 18:00", ""}) {
            assertThatThrownBy(() -> AmsterdamTime.parse(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void showsATimeAsAmsterdamTime() {
        assertThat(AmsterdamTime.inAmsterdam(OffsetDateTime.parse("2027-01-14T17:00Z")))
                .isEqualTo("2027-01-14T18:00+01:00 (Amsterdam time)");
    }
}
