package nl.wegwijs.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets (Bucket4j) per key, kept in memory: {@code perMinute} requests per minute, refilled
 * gradually. Idle buckets (full again) are dropped when the map grows large.
 */
final class RateLimits {

    private static final int MAX_KEYS = 100_000;

    private final long perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(long perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one token for {@code key}: the probe says whether it was allowed and how long to wait. */
    ConsumptionProbe take(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
        }
        return buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
    }

    long perMinute() {
        return perMinute;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
