package nl.wegwijs.gateway.tokens;

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

    /** Verifies access tokens presented to the gateway as {@code Authorization: Bearer}. */
    public JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(
                            keys.signingKey().toRSAPublicKey())
                    .build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(ServiceTokens.ISSUER),
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE))));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
