package nl.wegwijs.matching.apikeys;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.matching.apikeys.ApiKeyEvents.ApiKeyIssued;
import nl.wegwijs.matching.apikeys.ApiKeyEvents.ApiKeyRevoked;
import nl.wegwijs.platform.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists and revokes keys; each change and its event commit together. */
@Service
public class ApiKeys {

    /** Last-used times are written at most this often per key, so busy keys do not write on every call. */
    private static final Duration USAGE_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    ApiKeys(JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A key as listed: never the key itself. */
    public record KeyInfo(
            UUID keyId,
            UUID employerId,
            String prefix,
            OffsetDateTime issuedAt,
            OffsetDateTime revokedAt,
            OffsetDateTime lastUsedAt) {}

    /** The answer to issuing: the only time the full key is shown. */
    public record IssuedKey(UUID keyId, String apiKey, String prefix, OffsetDateTime issuedAt) {}

    @Transactional
    public IssuedKey issue(UUID employerId) {
        String key = ApiKeyFormat.generate();
        UUID keyId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String prefix = ApiKeyFormat.displayPrefix(key);
        String hash = ApiKeyFormat.hash(key);
        jdbc.sql("""
                        insert into api_key (id, employer_id, prefix, key_hash, issued_at)
                        values (:id, :employer, :prefix, :hash, :at)
                        """)
                .param("id", keyId)
                .param("employer", employerId)
                .param("prefix", prefix)
                .param("hash", hash)
                .param("at", now)
                .update();
        outbox.add(
                ApiKeyEvents.TOPIC,
                ApiKeyEvents.ISSUED,
                keyId.toString(),
                new ApiKeyIssued(keyId, employerId, prefix, hash, now));
        return new IssuedKey(keyId, key, prefix, now);
    }

    /** Revokes a key; revoking twice is harmless and announces nothing new. */
    @Transactional
    public boolean revoke(UUID employerId, UUID keyId) {
        Optional<KeyInfo> key = find(employerId, keyId);
        if (key.isEmpty()) {
            return false;
        }
        if (key.get().revokedAt() == null) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("update api_key set revoked_at = :at where id = :id")
                    .param("at", now)
                    .param("id", keyId)
                    .update();
            outbox.add(
                    ApiKeyEvents.TOPIC,
                    ApiKeyEvents.REVOKED,
                    keyId.toString(),
                    new ApiKeyRevoked(keyId, employerId, now));
        }
        return true;
    }

    public Optional<KeyInfo> find(UUID employerId, UUID keyId) {
        return jdbc.sql("select * from api_key where id = :id and employer_id = :employer")
                .param("id", keyId)
                .param("employer", employerId)
                .query(ApiKeys::map)
                .optional();
    }

    /** One page of an employer's keys, oldest first. */
    public List<KeyInfo> page(UUID employerId, long offset, int limit) {
        return jdbc.sql("""
                        select * from api_key where employer_id = :employer
                        order by issued_at, id offset :offset limit :limit
                        """)
                .param("employer", employerId)
                .param("offset", offset)
                .param("limit", limit)
                .query(ApiKeys::map)
                .list();
    }

    public long count(UUID employerId) {
        return jdbc.sql("select count(*) from api_key where employer_id = :employer")
                .param("employer", employerId)
                .query(Long.class)
                .single();
    }

    /** Records that a key was used now (at most once a minute per key). */
    public void touch(UUID keyId, UUID employerId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        update api_key set last_used_at = :now
                        where id = :id and employer_id = :employer
                          and (last_used_at is null or last_used_at < :threshold)
                        """)
                .param("now", now)
                .param("id", keyId)
                .param("employer", employerId)
                .param("threshold", now.minus(USAGE_GRANULARITY))
                .update();
    }

    private static KeyInfo map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new KeyInfo(
                rs.getObject("id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getString("prefix"),
                rs.getObject("issued_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
