package nl.wegwijs.matching.apikeys;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The contract of topic {@code matching.apikey.v1} (key = keyId), read by the gateway from the beginning. */
final class ApiKeyEvents {

    static final String TOPIC = "matching.apikey.v1";
    static final String ISSUED = "nl.wegwijs.matching.ApiKeyIssued";
    static final String REVOKED = "nl.wegwijs.matching.ApiKeyRevoked";

    private ApiKeyEvents() {}

    /** A key was issued; {@code keyHash} is the lowercase hex SHA-256 of the full key string. */
    record ApiKeyIssued(UUID keyId, UUID employerId, String prefix, String keyHash, OffsetDateTime issuedAt) {}

    /** A key was revoked; the gateway refuses it from now on. */
    record ApiKeyRevoked(UUID keyId, UUID employerId, OffsetDateTime revokedAt) {}
}
