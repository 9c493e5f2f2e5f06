package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private final ManualClock clock = new ManualClock();
    private final RestartPolicy policy = new RestartPolicy(3, Duration.ofMinutes(10), clock);

    @Test
    void allowsThreeRestartsWithinTenMinutesAndRefusesTheFourth() {
        assertThat(policy.tryRestart()).isTrue();
        clock.advance(Duration.ofMinutes(3));
        assertThat(policy.tryRestart()).isTrue();
        clock.advance(Duration.ofMinutes(3));
        assertThat(policy.tryRestart()).isTrue();
        clock.advance(Duration.ofMinutes(3));

        assertThat(policy.tryRestart()).isFalse();
        assertThat(policy.recentRestarts()).isEqualTo(3);
    }

    @Test
    void restartsOlderThanTheWindowNoLongerCount() {
        policy.tryRestart();
        policy.tryRestart();
        clock.advance(Duration.ofMinutes(5));
        policy.tryRestart();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(policy.recentRestarts()).isEqualTo(1);
        assertThat(policy.tryRestart()).isTrue();
        assertThat(policy.tryRestart()).isTrue();
        assertThat(policy.tryRestart()).isFalse();
    }

    @Test
    void aRefusedRestartIsNotCounted() {
        RestartPolicy none = new RestartPolicy(0, Duration.ofMinutes(10), clock);

        assertThat(none.tryRestart()).isFalse();
        assertThat(none.recentRestarts()).isZero();
    }

    @Test
    void theStandardPolicyIsThreeWithinTenMinutes() {
        RestartPolicy standard = RestartPolicy.standard();

        assertThat(standard.maxRestarts()).isEqualTo(3);
        assertThat(standard.window()).isEqualTo(Duration.ofMinutes(10));
    }
}
