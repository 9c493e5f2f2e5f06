package nl.wegwijs.e2e.bench;

import static nl.wegwijs.e2e.Gateway.quote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.e2e.Gateway;
import nl.wegwijs.e2e.RunningPlatform;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Helpdesk intake, measured on the running platform: questions per second accepted through the
 * gateway, and the time from an answer's HTTP reply to its TicketAnswered on the topic; printed next
 * to a bare Kafka producer on the same broker (throughput, and send-to-consume latency).
 *
 * <p>Run: {@code ./mvnw -B verify -Pbenchmark -pl e2e-tests -am -DskipTests} (the applications must
 * be built). Figures, not assertions: a shared 2-core machine is no place for timed assertions.
 */
@ExtendWith(RunningPlatform.class)
class IntakeBenchmark {

    private static final int QUESTIONS = Integer.getInteger("bench.questions", 1000);
    private static final int ANSWERS = Integer.getInteger("bench.answers", 200);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final String TOPIC = "helpdesk.ticket.v1";
    private static final Pattern TICKET_ID = Pattern.compile("\"ticketId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Test
    void intakeThroughTheGatewayNextToABareKafkaProducer() throws Exception {
        String brokers = "localhost:19092";
        String agent = Gateway.tokenFor("agent");
        ask(50); // warm-up

        long start = System.nanoTime();
        List<String> tickets = ask(QUESTIONS);
        double questionsPerSecond = QUESTIONS / seconds(start);

        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().start(() -> watch(brokers, TOPIC, running, seenAt));
        Thread.sleep(2000); // let the watcher join the end of the topic before the first answer
        List<Long> answeredAt = new ArrayList<>();
        List<String> answered = tickets.subList(0, Math.min(ANSWERS, tickets.size()));
        Map<String, Long> replyAt = new ConcurrentHashMap<>();
        for (String ticket : answered) {
            Gateway.Reply reply = Gateway.post(
                    "/api/helpdesk/tickets/" + ticket + "/answer",
                    "{\"text\":" + quote("Bij de gemeente, met uw paspoort.") + ",\"language\":\"nl\"}",
                    agent);
            if (reply.status() == 200) {
                replyAt.put(ticket, System.nanoTime());
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!seenAt.keySet().containsAll(replyAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        running.set(false);
        watcher.join();
        replyAt.forEach((ticket, at) -> {
            Long seen = seenAt.get(ticket);
            if (seen != null) {
                answeredAt.add(Math.max(0, seen - at));
            }
        });

        Bare bare = bareProducer(brokers);

        System.out.println();
        System.out.println("=== Helpdesk intake benchmark (" + CLIENTS + " clients, 2-core machine) ===");
        System.out.printf("%-52s %12s %12s %12s%n", "", "per second", "p50 ms", "p99 ms");
        System.out.printf(
                "%-52s %12.0f %12s %12s%n", "questions accepted through the gateway", questionsPerSecond, "-", "-");
        System.out.printf(
                "%-52s %12s %12.1f %12.1f%n",
                "answer reply -> TicketAnswered on " + TOPIC + " (" + answeredAt.size() + ")",
                "-",
                percentile(answeredAt, 50),
                percentile(answeredAt, 99));
        System.out.printf(
                "%-52s %12.0f %12s %12s%n", "bare Kafka producer, acks=all, 1 KB records", bare.perSecond, "-", "-");
        System.out.printf(
                "%-52s %12s %12.1f %12.1f%n", "bare send -> consume on the same broker", "-", bare.p50, bare.p99);
        System.out.println();
    }

    private List<String> ask(int count) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    Gateway.Reply reply = Gateway.post(
                            "/api/public/questions",
                            "{\"text\":" + quote("Як зареєструватися в муніципалітеті? Питання " + n)
                                    + ",\"language\":\"uk\"}",
                            null);
                    if (reply.status() == 201) {
                        ids.add(reply.json().get("ticketId").asString());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return ids;
    }

    private static void watch(String brokers, String topic, AtomicBoolean running, Map<String, Long> seenAt) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(brokers)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (running.get()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    var type = record.headers().lastHeader("ce_type");
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).endsWith("TicketAnswered")) {
                        Matcher m = TICKET_ID.matcher(new String(record.value(), StandardCharsets.UTF_8));
                        if (m.find()) {
                            seenAt.putIfAbsent(m.group(1), now);
                        }
                    }
                }
            }
        }
    }

    private record Bare(double perSecond, double p50, double p99) {}

    private static Bare bareProducer(String brokers) throws Exception {
        String topic = "bench.bare." + UUID.randomUUID();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        byte[] payload = new byte[1024];
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, payload)).get();
            long start = System.nanoTime();
            List<Future<?>> sends = new ArrayList<>();
            for (int i = 0; i < QUESTIONS; i++) {
                sends.add(producer.send(new ProducerRecord<>(topic, ("k" + i).getBytes(), payload)));
            }
            for (Future<?> f : sends) {
                f.get();
            }
            double perSecond = QUESTIONS / seconds(start);

            Map<String, Long> seenAt = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread watcher = Thread.ofPlatform().start(() -> {
                try (KafkaConsumer<byte[], byte[]> consumer = consumer(brokers)) {
                    List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
                    consumer.assign(partitions);
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position);
                    while (running.get()) {
                        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                            seenAt.putIfAbsent(new String(r.key(), StandardCharsets.UTF_8), System.nanoTime());
                        }
                    }
                }
            });
            Thread.sleep(2000);
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            for (int i = 0; i < ANSWERS; i++) {
                String key = "lat" + i;
                sentAt.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key.getBytes(), payload))
                        .get();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!seenAt.keySet().containsAll(sentAt.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            running.set(false);
            watcher.join();
            List<Long> latencies = new ArrayList<>();
            sentAt.forEach((k, at) -> {
                Long seen = seenAt.get(k);
                if (seen != null) {
                    latencies.add(seen - at);
                }
            });
            return new Bare(perSecond, percentile(latencies, 50), percentile(latencies, 99));
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String brokers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
