package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformConfigTest {

    @Test
    void withoutTheVariableTheStartTimeoutIsTenMinutes() {
        assertThat(PlatformConfig.startTimeout(null)).isEqualTo(Duration.ofMinutes(10));
        assertThat(PlatformConfig.startTimeout("  ")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aPlainNumberIsSeconds() {
        assertThat(PlatformConfig.startTimeout("900")).isEqualTo(Duration.ofSeconds(900));
        assertThat(PlatformConfig.startTimeout(" 1200 ")).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void anIsoDurationIsReadInAnyCase() {
        assertThat(PlatformConfig.startTimeout("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(PlatformConfig.startTimeout("pt1h30m")).isEqualTo(Duration.ofMinutes(90));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "PT0S", "-60", "-PT5M", "ten minutes", "10m", "99999999999999999999"})
    void anythingElseIsRefusedWithAMessageThatNamesTheVariableAndTheFormats(String value) {
        assertThatThrownBy(() -> PlatformConfig.startTimeout(value))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("WEGWIJS_START_TIMEOUT")
                .hasMessageContaining("seconds")
                .hasMessageContaining("PT15M")
                .hasMessageContaining("'" + value + "'");
    }

    @Test
    void theConstructorWithoutATimeoutKeepsTheDefault() {
        PlatformConfig config = new PlatformConfig(
                Path.of("."),
                Path.of(".wegwijs"),
                8080,
                8081,
                9092,
                9093,
                5433,
                null,
                "postgres",
                "postgres",
                true,
                "key",
                PlatformConfig.LAPTOP_JAVA_OPTIONS);

        assertThat(config.startTimeout()).isEqualTo(PlatformConfig.DEFAULT_START_TIMEOUT);
        assertThat(config.durability()).isEqualTo(PlatformConfig.Durability.DURABLE);
    }

    @Test
    void everyConfigurationIsDurableUnlessATestAsksForAThrowawayOne() {
        PlatformConfig config = TestConfigs.inHome(Path.of("home"));

        assertThat(config.durability()).isEqualTo(PlatformConfig.Durability.DURABLE);
        assertThat(PlatformConfig.fromEnvironment(Path.of(".")).durability())
                .isEqualTo(PlatformConfig.Durability.DURABLE);

        PlatformConfig throwaway = config.withDurability(PlatformConfig.Durability.THROWAWAY);
        assertThat(throwaway.durability()).isEqualTo(PlatformConfig.Durability.THROWAWAY);
        assertThat(throwaway.withDurability(PlatformConfig.Durability.DURABLE)).isEqualTo(config);
    }
}
