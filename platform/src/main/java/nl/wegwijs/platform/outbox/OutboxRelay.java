package nl.wegwijs.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.wegwijs.platform.events.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes outbox events in commit order through Spring Cloud Stream and marks them sent.
 *
 * <p>One relay works at a time per database (a transaction-scoped advisory lock), so several
 * instances of a service never reorder events. Within a batch, events are sent in lanes keyed by
 * aggregate id, side by side; a failed send stops its lane, so the event and every later event of
 * its aggregates wait for the next run: each aggregate's events stay in order while Kafka is down.
 *
 * <p>It runs every {@code wegwijs.outbox.poll-interval} while it finds work. When a run finds nothing, the
 * wait doubles up to {@code wegwijs.outbox.idle-poll-interval}, and a commit that added events
 * ({@link #wakeUp()}, called by {@link Outbox}) starts the next run at once: an idle service costs
 * next to nothing, and the first event after a quiet spell goes out without waiting for a poll.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /**
     * The key of the transaction-scoped PostgreSQL advisory lock ({@code pg_advisory_xact_lock}) a relay
     * holds for the whole of a run: reading a batch, sending it, marking it sent. Whoever takes it
     * waits for a run in progress to end and keeps every relay on that database from starting another
     * until their transaction ends; events added meanwhile wait in the outbox. Public for tests that
     * need the relay paused (test-support's {@code PausedOutboxRelay}); the value never changes.
     */
    public static final long ADVISORY_LOCK_KEY = 0x77656777696A73L; // "wegwijs"

    private static final int LANES = 8;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StreamBridge streamBridge;
    private final String source;
    private final int batchSize;
    private final Counter published;
    private final Counter failures;
    private final long busyMillis;
    private final long idleMillis;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread loop;

    public OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            StreamBridge streamBridge,
            MeterRegistry meters,
            String source,
            int batchSize) {
        this(
                jdbc,
                transactions,
                streamBridge,
                meters,
                source,
                batchSize,
                Duration.ofMillis(200),
                Duration.ofSeconds(2));
    }

    public OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            StreamBridge streamBridge,
            MeterRegistry meters,
            String source,
            int batchSize,
            Duration pollInterval,
            Duration idlePollInterval) {
        this.busyMillis = Math.max(1, pollInterval.toMillis());
        this.idleMillis = Math.max(busyMillis, idlePollInterval.toMillis());
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.streamBridge = streamBridge;
        this.source = source;
        this.batchSize = batchSize;
        this.published = meters.counter("wegwijs.outbox.published");
        this.failures = meters.counter("wegwijs.outbox.publish.failures");
        Gauge.builder("wegwijs.outbox.pending", this, OutboxRelay::pending).register(meters);
    }

    /** Asks for a run now (after a commit that added events); a no-op while the relay is busy anyway. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Publishes what is waiting; returns how many events went out. */
    public int relay() {
        Integer sent = runOnce();
        return sent == null || sent < 0 ? 0 : sent;
    }

    /** Events sent, or -1 when another relay holds the lock. */
    private Integer runOnce() {
        return transactions.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", ADVISORY_LOCK_KEY)
                    .query(Boolean.class)
                    .single();
            return locked ? publishBatch() : -1;
        });
    }

    private void loop() {
        long wait = busyMillis;
        while (running) {
            wakeUps.drainPermits();
            int sent;
            try {
                Integer result = runOnce();
                sent = result == null ? 0 : result;
            } catch (RuntimeException e) {
                log.warn("Outbox relay run failed: {}", rootCause(e));
                sent = 0;
            }
            try {
                if (sent != 0) {
                    // work found (or another relay is at it): poll at the normal pace, as before
                    wait = busyMillis;
                    Thread.sleep(wait);
                } else {
                    // nothing waiting: back off, but a commit that adds events wakes the relay at once
                    wait = Math.min(wait * 2, idleMillis);
                    wakeUps.tryAcquire(wait, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        if (!running) {
            running = true;
            loop = Thread.ofVirtual().name("outbox-relay").start(this::loop);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (loop != null) {
            wakeUps.release();
            try {
                loop.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Removes published events once nobody needs them for a replay from the outbox. */
    @Scheduled(fixedDelayString = "${wegwijs.outbox.cleanup-interval:1h}")
    public void removePublishedOlderThanRetention() {
        jdbc.sql("delete from outbox_event where published_at < :before")
                .param("before", OffsetDateTime.now().minus(Duration.ofDays(7)))
                .update();
    }

    long pending() {
        try {
            return jdbc.sql("select count(*) from outbox_event where published_at is null")
                    .query(Long.class)
                    .single();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private int publishBatch() {
        List<PendingEvent> batch = jdbc.sql("""
                        select seq, event_id, topic, event_type, aggregate_id, payload, occurred_at
                        from outbox_event where published_at is null order by seq limit :limit
                        """)
                .param("limit", batchSize)
                .query((rs, n) -> new PendingEvent(
                        rs.getLong("seq"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("topic"),
                        rs.getString("event_type"),
                        rs.getString("aggregate_id"),
                        rs.getString("payload"),
                        rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
        // Lanes by aggregate: each lane is sent in order, one record at a time (a synchronous send
        // waits for the broker), and the lanes go out side by side. An aggregate's events share a
        // lane, so they stay in order; a failure stops only its own lane.
        Map<Integer, List<PendingEvent>> lanes = batch.stream()
                .collect(Collectors.groupingBy(
                        e -> Math.floorMod(e.aggregateId().hashCode(), LANES),
                        LinkedHashMap::new,
                        Collectors.toList()));
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        Map<PendingEvent, RuntimeException> failed = new ConcurrentHashMap<>();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<PendingEvent> lane : lanes.values()) {
                senders.submit(() -> {
                    for (PendingEvent event : lane) {
                        try {
                            streamBridge.send(event.topic(), toMessage(event));
                            sent.add(event.seq());
                        } catch (RuntimeException e) {
                            failed.put(event, e);
                            return;
                        }
                    }
                });
            }
        }
        if (!sent.isEmpty()) {
            jdbc.sql("update outbox_event set published_at = now(), attempts = attempts + 1 where seq = any(:seqs)")
                    .param("seqs", sent.toArray(Long[]::new))
                    .update();
            published.increment(sent.size());
        }
        failed.forEach((event, e) -> {
            failures.increment();
            // The payload may hold redacted text; only ids and the broker's reason are logged.
            log.warn("Outbox event {} ({}) not published yet: {}", event.eventId(), event.type(), rootCause(e));
            jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :error where seq = :seq")
                    .param("error", truncate(rootCause(e), 1000))
                    .param("seq", event.seq())
                    .update();
        });
        return sent.size();
    }

    private Message<byte[]> toMessage(PendingEvent event) {
        return MessageBuilder.withPayload(event.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.aggregateId().getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, event.eventId().toString())
                .setHeader(CloudEventHeaders.SOURCE, source)
                .setHeader(CloudEventHeaders.TYPE, event.type())
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                .setHeader(CloudEventHeaders.TIME, event.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .setHeader(CloudEventHeaders.SUBJECT, event.aggregateId())
                .setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private record PendingEvent(
            long seq,
            UUID eventId,
            String topic,
            String type,
            String aggregateId,
            String payload,
            OffsetDateTime occurredAt) {}
}
