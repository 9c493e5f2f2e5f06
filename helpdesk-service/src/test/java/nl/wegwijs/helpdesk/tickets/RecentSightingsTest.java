package nl.wegwijs.helpdesk.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A staff member is written down when unseen, when their roles change, and again after an hour: not per request. */
class RecentSightingsTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aStaffMemberIsDueWhenUnseenAndNotAgainWithinTheHour() {
        var recent = new RecentSightings();

        assertThat(recent.due("olena", Set.of("AGENT"), NINE)).isTrue();
        recent.written("olena", Set.of("AGENT"), NINE);

        assertThat(recent.due("olena", Set.of("AGENT"), NINE.plusSeconds(1))).isFalse();
        assertThat(recent.due("olena", Set.of("AGENT"), NINE.plus(Duration.ofMinutes(59))))
                .isFalse();
        assertThat(recent.due("olena", Set.of("AGENT"), NINE.plus(RecentSightings.INTERVAL)))
                .isTrue();
        assertThat(recent.due("dmytro", Set.of("AGENT"), NINE.plusSeconds(1))).isTrue();
    }

    @Test
    void changedRolesAreWrittenDownAtOnce() {
        var recent = new RecentSightings();
        recent.written("olena", Set.of("SUPERLOCAL"), NINE);

        assertThat(recent.due("olena", Set.of("SUPERLOCAL", "AGENT"), NINE.plusSeconds(1)))
                .isTrue();
    }

    @Test
    void aFailedWriteIsTriedAgainOnTheNextRequest() {
        var recent = new RecentSightings();

        assertThat(recent.due("olena", Set.of("AGENT"), NINE)).isTrue();
        // the write failed: nothing recorded as written
        assertThat(recent.due("olena", Set.of("AGENT"), NINE.plusSeconds(1))).isTrue();
    }
}
