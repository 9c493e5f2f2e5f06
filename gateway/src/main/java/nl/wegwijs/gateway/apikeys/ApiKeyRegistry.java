package nl.wegwijs.gateway.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Employers' API keys as matching-service announced them on {@code matching.apikey.v1}: only the
 * SHA-256 of each key is known here. A presented key is hashed and compared in constant time with
 * every known hash, so the time taken says nothing about how close a guess came.
 */
@Component
public class ApiKeyRegistry {

    /** One key: its id, its employer, the SHA-256 of the key, and whether it was revoked. */
    public record ApiKey(String keyId, String employerId, byte[] hash, boolean revoked) {}

    private final Map<String, ApiKey> byKeyId = new ConcurrentHashMap<>();
    private volatile ApiKey[] snapshot = new ApiKey[0];
    private volatile boolean caughtUp;

    void issued(String keyId, String employerId, String keyHashHex) {
        byte[] hash = HexFormat.of().parseHex(keyHashHex.toLowerCase());
        byKeyId.compute(
                keyId, (id, existing) -> new ApiKey(keyId, employerId, hash, existing != null && existing.revoked()));
        refresh();
    }

    void revoked(String keyId, String employerId) {
        byKeyId.compute(
                keyId,
                (id, existing) -> existing == null
                        ? new ApiKey(keyId, employerId, new byte[0], true)
                        : new ApiKey(existing.keyId(), existing.employerId(), existing.hash(), true));
        refresh();
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
        byte[] hash = sha256(presented);
        ApiKey match = null;
        for (ApiKey key : snapshot) {
            if (MessageDigest.isEqual(key.hash(), hash) && !key.revoked()) {
                match = key;
            }
        }
        return Optional.ofNullable(match);
    }

    int size() {
        return byKeyId.size();
    }

    private synchronized void refresh() {
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
