package nl.wegwijs.gateway.apikeys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.gateway.GatewayProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code matching.apikey.v1} from the beginning at start-up and keeps following it, filling
 * the {@link ApiKeyRegistry}. No consumer group: every gateway instance assigns itself all
 * partitions and reads the whole topic, so no offsets are committed anywhere. Unknown event types
 * and unreadable records are skipped (a key that cannot be read simply does not work).
 */
@Component
class ApiKeyTopicReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyTopicReader.class);
    static final String ISSUED = "nl.wegwijs.matching.ApiKeyIssued";
    static final String REVOKED = "nl.wegwijs.matching.ApiKeyRevoked";

    private final ApiKeyRegistry registry;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String brokers;
    private final String topic;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    ApiKeyTopicReader(ApiKeyRegistry registry, GatewayProperties properties) {
        this.registry = registry;
        this.brokers = properties.kafka().brokers();
        this.topic = properties.kafka().apiKeyTopic();
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("api-key-reader").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProperties())) {
                consumer = c;
                follow(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Reading API keys from {} failed ({}); retrying", topic, e.toString());
                sleep(Duration.ofSeconds(2));
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> c) {
        Set<TopicPartition> assigned = Set.of();
        Map<TopicPartition, Long> catchUpTo = null;
        long nextPartitionCheck = 0;
        while (running) {
            if (System.currentTimeMillis() >= nextPartitionCheck) {
                Set<TopicPartition> partitions = partitions(c);
                if (!partitions.equals(assigned) && !partitions.isEmpty()) {
                    Set<TopicPartition> added = new HashSet<>(partitions);
                    added.removeAll(assigned);
                    c.assign(partitions);
                    c.seekToBeginning(added);
                    assigned = partitions;
                    if (!registry.caughtUp()) {
                        catchUpTo = new HashMap<>(c.endOffsets(partitions));
                    }
                }
                nextPartitionCheck = System.currentTimeMillis() + 30_000;
            }
            if (assigned.isEmpty()) {
                // the topic does not exist yet: no key was ever issued
                registry.markCaughtUp();
                sleep(Duration.ofSeconds(2));
                nextPartitionCheck = 0;
                continue;
            }
            for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofMillis(500))) {
                apply(record);
            }
            if (catchUpTo != null && caughtUp(c, catchUpTo)) {
                registry.markCaughtUp();
                log.info("Loaded {} API keys from {}", registry.size(), topic);
                catchUpTo = null;
            }
        }
    }

    private Set<TopicPartition> partitions(KafkaConsumer<String, byte[]> c) {
        List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null) {
            return Set.of();
        }
        return infos.stream()
                .map(i -> new TopicPartition(i.topic(), i.partition()))
                .collect(Collectors.toSet());
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> c, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue());
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        if (type == null || record.value() == null) {
            return;
        }
        try {
            JsonNode data = json.readTree(record.value());
            switch (type) {
                case ISSUED -> registry.issued(text(data, "keyId"), text(data, "employerId"), text(data, "keyHash"));
                case REVOKED -> registry.revoked(text(data, "keyId"), text(data, "employerId"));
                default -> {
                    // another event type on this topic: not ours to know
                }
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Skipping unreadable {} at {}-{}@{}: {}",
                    type,
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString());
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return node.asString();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "wegwijs-gateway-api-keys");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
