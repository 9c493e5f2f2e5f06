package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsLikeAPersonWouldSayIt() {
        assertThat(Durations.human(Duration.ofMillis(900))).isEqualTo("0 s");
        assertThat(Durations.human(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Durations.human(Duration.ofSeconds(125))).isEqualTo("2 min 05 s");
        assertThat(Durations.human(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(Durations.human(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(Durations.human(Duration.ofHours(2))).isEqualTo("2 h");
    }
}
