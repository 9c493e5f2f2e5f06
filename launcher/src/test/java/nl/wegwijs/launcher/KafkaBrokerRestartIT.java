package nl.wegwijs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real broker, killed with SIGKILL as `kill -9` does, comes back with its data on the same ports. */
class KafkaBrokerRestartIT {

    @TempDir
    Path home;

    @Test
    void aKilledBrokerIsStartedAgainWithItsLogAndPortsAndKeepsWhatWasWritten() throws Exception {
        PlatformConfig config = TestConfigs.inHome(home);
        KafkaBroker kafka = new KafkaBroker(config, () -> false);
        List<String> console = new ArrayList<>();
        Watchdog watchdog = new Watchdog(console::add, RestartPolicy::standard);
        try {
            kafka.start();
            watchdog.watch(kafka);
            String clusterId = Files.readString(home.resolve("kafka").resolve("meta.properties"));
            send(config, "before the crash");

            ProcessHandle broker = ChildProcess.namedBy(
                            Files.readString(home.resolve("run").resolve("kafka.pid")), "kafka")
                    .orElseThrow();
            broker.destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(kafka::hasStopped);

            assertThat(watchdog.check()).isTrue();

            assertThat(kafka.isRunning()).isTrue();
            assertThat(KafkaBroker.accepts(config.kafkaPort())).isTrue();
            assertThat(Files.readString(home.resolve("kafka").resolve("meta.properties")))
                    .isEqualTo(clusterId);
            send(config, "after the restart");
            assertThat(readAll(config)).containsExactly("before the crash", "after the restart");
            assertThat(console.getFirst())
                    .startsWith("!! The Kafka broker (localhost:" + config.kafkaPort()
                            + ") has stopped: killed (signal 9).");
            assertThat(console.getLast()).startsWith("   The Kafka broker runs again on localhost:");
        } finally {
            kafka.stop();
        }
    }

    private static void send(PlatformConfig config, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.kafkaBrokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                120_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                30_000))) {
            producer.send(new ProducerRecord<>("launcher.restart.test", "key", value))
                    .get();
        }
    }

    private static List<String> readAll(PlatformConfig config) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.kafkaBrokers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of("launcher.restart.test"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                return values.size() >= 2;
            });
        }
        return values;
    }
}
