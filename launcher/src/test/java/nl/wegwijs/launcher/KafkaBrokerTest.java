package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static final Path HOME = Path.of("target", "kafka-broker-test");

    @Test
    void aDurablePlatformsBrokerAcknowledgesAnEventOnlyOnceItIsOnDisk() {
        KafkaBroker broker = new KafkaBroker(TestConfigs.inHome(HOME), () -> false);

        assertThat(broker.serverProperties()).contains("\nlog.flush.interval.messages=1\n");
    }

    @Test
    void aThrowawayTestPlatformsBrokerLeavesFlushingToTheOperatingSystem() {
        KafkaBroker broker = new KafkaBroker(
                TestConfigs.inHome(HOME).withDurability(PlatformConfig.Durability.THROWAWAY), () -> false);

        assertThat(broker.serverProperties()).doesNotContain("log.flush.interval.messages");
    }
}
