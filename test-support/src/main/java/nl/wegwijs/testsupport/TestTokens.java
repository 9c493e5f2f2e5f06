package nl.wegwijs.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.security.GatewayTokens;

/**
 * Tokens as the gateway mints them, signed by a test key whose public half is served as JWKS on
 * a local port, so services verify them exactly as in production.
 */
public final class TestTokens {

    private static RSAKey signingKey;
    private static RSAKey strangerKey;
    private static String jwksUri;

    private TestTokens() {}

    /** The JWKS address services under test verify against. */
    public static synchronized String jwksUri() {
        if (jwksUri == null) {
            start();
        }
        return jwksUri;
    }

    /** {@code Bearer <token>} for a user with the given roles, valid for five minutes. */
    public static String bearer(String username, String... roles) {
        return "Bearer " + token(username, List.of(roles), null, Duration.ofMinutes(5), key());
    }

    /** {@code Bearer <token>} for an employer's API key, as the gateway passes it on. */
    public static String employer(UUID employerId) {
        return "Bearer "
                + token("employer:" + employerId, List.of("EMPLOYER"), employerId, Duration.ofMinutes(5), key());
    }

    /** A token that expired a minute ago. */
    public static String expired(String username, String... roles) {
        return "Bearer " + token(username, List.of(roles), null, Duration.ofMinutes(-1), key());
    }

    /** A well-formed token signed by a key the gateway does not publish. */
    public static String forged(String username, String... roles) {
        return "Bearer " + token(username, List.of(roles), null, Duration.ofMinutes(5), stranger());
    }

    private static RSAKey key() {
        jwksUri();
        return signingKey;
    }

    private static synchronized RSAKey stranger() {
        if (strangerKey == null) {
            strangerKey = generate();
        }
        return strangerKey;
    }

    private static String token(String subject, List<String> roles, UUID employerId, Duration validFor, RSAKey key) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(GatewayTokens.ISSUER)
                .audience(GatewayTokens.AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(now.minusSeconds(validFor.isNegative() ? 600 : 0)))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .claim(GatewayTokens.ROLES, roles);
        if (employerId != null) {
            claims.claim(GatewayTokens.EMPLOYER_ID, employerId.toString());
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void start() {
        signingKey = generate();
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
