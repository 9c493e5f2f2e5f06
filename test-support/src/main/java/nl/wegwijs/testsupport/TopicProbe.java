package nl.wegwijs.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;

/**
 * Reads and writes topics of the test broker as a plain Kafka client would (an analyst's kcat, an
 * outside producer): raw bytes and headers, no Spring in between.
 */
public final class TopicProbe {

    private TopicProbe() {}

    /** A record as a plain client sees it. */
    public record Seen(String topic, String key, String value, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    /** Every record on the topic so far, from the beginning. */
    public static List<Seen> all(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Seen> seen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(toSeen(record));
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return List.of();
        }
        return seen;
    }

    /** Waits (up to 30 s) until a record matching the condition is on the topic, and returns it. */
    public static Seen await(String topic, Predicate<Seen> condition) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> all(topic).stream().filter(condition).findFirst().orElse(null), s -> s != null);
    }

    /** Sends a raw record with the given headers, as any producer could. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(
                    topic,
                    key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                    value == null ? null : value.getBytes(StandardCharsets.UTF_8));
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** Sends a CloudEvent in binary mode, as a Wegwijs service would. */
    public static String sendEvent(String topic, String type, String key, String json) {
        String id = UUID.randomUUID().toString();
        sendEvent(topic, id, type, key, json);
        return id;
    }

    /** Sends a CloudEvent with a given id (to test redelivery). */
    public static void sendEvent(String topic, String id, String type, String key, String json) {
        send(
                topic,
                key,
                json,
                Map.of(
                        "ce_id",
                        id,
                        "ce_type",
                        type,
                        "ce_source",
                        "/wegwijs/test",
                        "ce_specversion",
                        "1.0",
                        "ce_time",
                        java.time.OffsetDateTime.now().toString(),
                        "content-type",
                        "application/json"));
    }

    private static Seen toSeen(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new Seen(
                record.topic(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8),
                headers);
    }
}
