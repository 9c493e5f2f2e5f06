package nl.wegwijs.gateway.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.wegwijs.gateway.GatewayProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Mints the short-lived token the gateway passes to services (the contract in platform's
 * {@code GatewayTokens}: RS256, issuer {@value #ISSUER}, audience {@value #AUDIENCE}, subject,
 * {@code roles}, {@code name}, and {@code employerId}/{@code keyId} for employers). A token is
 * reused for the same caller while more than half of its lifetime remains, so a busy user costs one
 * signature every few minutes rather than one per request.
 */
@Component
public class ServiceTokens {

    public static final String ISSUER = "wegwijs-gateway";
    public static final String AUDIENCE = "wegwijs";
    private static final int MAX_CACHED = 10_000;

    private final GatewayKeys keys;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentMap<Caller, Minted> cache = new ConcurrentHashMap<>();
    private final RSASSASigner signer;

    @Autowired
    public ServiceTokens(GatewayKeys keys, GatewayProperties properties) {
        this(keys, properties.tokens().serviceTokenTtl(), Clock.systemUTC());
    }

    ServiceTokens(GatewayKeys keys, Duration ttl, Clock clock) {
        this.keys = keys;
        this.ttl = ttl;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(keys.signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed token for this caller, valid for the configured lifetime (5 minutes by default). */
    public String tokenFor(Caller caller) {
        Instant now = clock.instant();
        Minted cached = cache.get(caller);
        if (cached != null && cached.expiresAt().minus(ttl.dividedBy(2)).isAfter(now)) {
            return cached.token();
        }
        if (cache.size() >= MAX_CACHED) {
            cache.values().removeIf(m -> !m.expiresAt().isAfter(now));
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
        }
        Minted minted = mint(caller, now);
        cache.put(caller, minted);
        return minted.token();
    }

    private Minted mint(Caller caller, Instant now) {
        Instant expiresAt = now.plus(ttl);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(caller.subject())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", caller.roles())
                .claim("name", caller.name());
        if (!caller.languages().isEmpty()) {
            claims.claim("languages", caller.languages());
        }
        if (caller.employerId() != null) {
            claims.claim("employerId", caller.employerId());
            claims.claim("keyId", caller.keyId());
        }
        return new Minted(sign(claims.build()), expiresAt);
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(keys.signingKey().getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a service token", e);
        }
        return jwt.serialize();
    }

    private record Minted(String token, Instant expiresAt) {}
}
