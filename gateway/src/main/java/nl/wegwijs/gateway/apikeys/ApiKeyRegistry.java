package nl.wegwijs.gateway.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.wegwijs.gateway.GatewayProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Employers' API keys as matching-service announced them on {@code matching.apikey.v1}: only the
 * SHA-256 of each key is known here. A presented key is hashed and compared in constant time with
 * every known hash, so the time taken says nothing about how close a guess came.
 *
 * <p>A key is announced shortly after matching-service answered the request that issued it, so a
 * script that uses its new key at once may be here first. {@link #awaitIssued} lets such a request
 * wait for the key: it registers the hash it waits for, and the topic reader's thread completes
 * that hash's future when an {@code ApiKeyIssued} with that hash arrives (no polling). At most
 * {@code wegwijs.api-keys.max-waiting} requests wait at once; more are answered at once.
 */
@Component
public class ApiKeyRegistry {

    /** One key: its id, its employer, the SHA-256 of the key, and whether it was revoked. */
    public record ApiKey(String keyId, String employerId, byte[] hash, boolean revoked) {}

    /** What is known of a presented key: the valid key, or that it was revoked, or nothing. */
    public record Lookup(Optional<ApiKey> key, boolean revoked) {

        static final Lookup UNKNOWN = new Lookup(Optional.empty(), false);
    }

    /** Requests waiting for one hash to be issued. Guarded by {@link #lock}. */
    private static final class Waiters {
        final CompletableFuture<Void> issued = new CompletableFuture<>();
        int count;
    }

    private final Map<String, ApiKey> byKeyId = new ConcurrentHashMap<>();
    private volatile ApiKey[] snapshot = new ApiKey[0];
    private volatile boolean caughtUp;

    private final int maxWaiting;
    private final Object lock = new Object();
    private final Map<String, Waiters> waitersByHash = new HashMap<>();
    private int waiting;
    private long waitsStarted;

    @Autowired
    public ApiKeyRegistry(GatewayProperties properties) {
        this(properties.apiKeys().maxWaiting());
    }

    ApiKeyRegistry(int maxWaiting) {
        this.maxWaiting = maxWaiting;
    }

    void issued(String keyId, String employerId, String keyHashHex) {
        byte[] hash = HexFormat.of().parseHex(keyHashHex.toLowerCase());
        byKeyId.compute(
                keyId, (id, existing) -> new ApiKey(keyId, employerId, hash, existing != null && existing.revoked()));
        synchronized (lock) {
            refresh();
            // after the new snapshot is visible: a request that registers later finds the key itself
            Waiters waiters = waitersByHash.remove(HexFormat.of().formatHex(hash));
            if (waiters != null) {
                waiters.issued.complete(null);
            }
        }
    }

    void revoked(String keyId, String employerId) {
        byKeyId.compute(
                keyId,
                (id, existing) -> existing == null
                        ? new ApiKey(keyId, employerId, new byte[0], true)
                        : new ApiKey(existing.keyId(), existing.employerId(), existing.hash(), true));
        synchronized (lock) {
            refresh();
        }
    }

    void markCaughtUp() {
        caughtUp = true;
    }

    /** Whether every key announced before start-up has been read. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** The unrevoked key matching {@code presented}, if any. */
    public Optional<ApiKey> find(String presented) {
        return lookup(presented).key();
    }

    /** What is known of {@code presented}: valid, revoked, or unknown. Never waits. */
    public Lookup lookup(String presented) {
        return lookup(sha256(presented));
    }

    /**
     * What is known of {@code presented}, after waiting up to {@code timeout} for it to be issued
     * if it is unknown now. Returns at once when the key is known or revoked, when the timeout is
     * zero, or when {@code maxWaiting} requests are waiting already. Meant for virtual threads:
     * the wait blocks the calling thread.
     */
    public Lookup awaitIssued(String presented, Duration timeout) {
        byte[] hash = sha256(presented);
        Lookup now = lookup(hash);
        if (now.key().isPresent() || now.revoked() || !timeout.isPositive()) {
            return now;
        }
        String hex = HexFormat.of().formatHex(hash);
        Waiters waiters;
        synchronized (lock) {
            if (waiting >= maxWaiting) {
                return now;
            }
            waiting++;
            waitsStarted++;
            waiters = waitersByHash.computeIfAbsent(hex, h -> new Waiters());
            waiters.count++;
        }
        try {
            // registered first, then looked again: an issue in between is either in this snapshot
            // or completes the future (both happen under the lock on the reader's side)
            now = lookup(hash);
            if (now.key().isPresent() || now.revoked()) {
                return now;
            }
            waiters.issued.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // not issued in time: unknown, as far as this instance knows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            synchronized (lock) {
                waiting--;
                if (--waiters.count == 0) {
                    waitersByHash.remove(hex, waiters);
                }
            }
        }
        return lookup(hash);
    }

    int size() {
        return byKeyId.size();
    }

    /** Requests waiting for a key right now. */
    int waiting() {
        synchronized (lock) {
            return waiting;
        }
    }

    /** Requests that have waited for a key since start-up (they never do for known or revoked keys). */
    long waitsStarted() {
        synchronized (lock) {
            return waitsStarted;
        }
    }

    private Lookup lookup(byte[] hash) {
        ApiKey match = null;
        boolean revoked = false;
        for (ApiKey key : snapshot) {
            if (MessageDigest.isEqual(key.hash(), hash)) {
                if (key.revoked()) {
                    revoked = true;
                } else {
                    match = key;
                }
            }
        }
        if (match != null) {
            return new Lookup(Optional.of(match), false);
        }
        return revoked ? new Lookup(Optional.empty(), true) : Lookup.UNKNOWN;
    }

    /** Called under {@link #lock}, so that waiters see a snapshot at least as new as their future. */
    private void refresh() {
        snapshot = byKeyId.values().toArray(ApiKey[]::new);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
