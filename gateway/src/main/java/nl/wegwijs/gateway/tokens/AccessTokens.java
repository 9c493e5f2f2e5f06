package nl.wegwijs.gateway.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.gateway.GatewayProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Access tokens for staff scripts ({@code POST /api/auth/token}): signed with the gateway's key but
 * addressed to the gateway itself (audience {@value #AUDIENCE}), so a service never accepts one
 * directly and the gateway never accepts a service token in their place.
 */
@Component
public class AccessTokens {

    public static final String AUDIENCE = "wegwijs-gateway";
    private static final int MAX_REMEMBERED = 10_000;

    private final GatewayKeys keys;
    private final Duration ttl;

    public AccessTokens(GatewayKeys keys, GatewayProperties properties) {
        this.keys = keys;
        this.ttl = properties.tokens().accessTokenTtl();
    }

    public record Issued(String accessToken, long expiresIn) {}

    public Issued issue(Caller staff) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ServiceTokens.ISSUER)
                .audience(AUDIENCE)
                .subject(staff.subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", staff.roles())
                .claim("name", staff.name())
                .claim("languages", staff.languages())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(keys.signingKey().getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return new Issued(jwt.serialize(), ttl.toSeconds());
    }

    /**
     * Verifies access tokens presented to the gateway as {@code Authorization: Bearer}. A token that
     * passed is remembered until it expires: a script calling many times costs one RSA verification
     * and one claims parse, not one per request (together ~15% of a proxied request's CPU). Tokens
     * that fail are not remembered.
     */
    public JwtDecoder decoder() {
        NimbusJwtDecoder verifier;
        try {
            verifier = NimbusJwtDecoder.withPublicKey(keys.signingKey().toRSAPublicKey())
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        verifier.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(ServiceTokens.ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE))));
        Cache<String, Jwt> verified = Caffeine.newBuilder()
                .maximumSize(MAX_REMEMBERED)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
                .build();
        return token -> verified.get(token, verifier::decode);
    }

    private static Duration untilExpiry(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt == null ? Duration.ZERO : Duration.between(Instant.now(), expiresAt);
    }
}
