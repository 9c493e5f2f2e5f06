package nl.wegwijs.gateway.support;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal OpenID Connect provider on a local port: token, JWKS and user-info endpoints, signing
 * ID tokens for the person and nonce a test announces with {@link #next}. The authorization
 * endpoint itself is never called: the test plays the browser coming back with a code.
 */
public final class FakeIdentityProvider {

    public static final String CLIENT_ID = "wegwijs-gateway";
    private static FakeIdentityProvider instance;

    private final HttpServer server;
    private final RSAKey key;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile Map<String, Object> nextClaims = Map.of();

    private FakeIdentityProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("idp").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> send(exchange, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/userinfo", exchange -> send(exchange, Map.of("sub", nextClaims.get("sub"))));
        server.start();
    }

    public static synchronized FakeIdentityProvider get() {
        if (instance == null) {
            try {
                instance = new FakeIdentityProvider();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0)));
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next code exchanged gives an ID token with these claims (plus iss, aud, iat, exp). */
    public void next(Map<String, Object> claims) {
        this.nextClaims = Map.copyOf(claims);
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(url())
                    .audience(CLIENT_ID)
                    .issueTime(Date.from(Instant.now()))
                    .expirationTime(Date.from(Instant.now().plusSeconds(300)));
            nextClaims.forEach(claims::claim);
            SignedJWT idToken = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            idToken.sign(new RSASSASigner(key));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("access_token", "opaque-access-token");
            answer.put("token_type", "Bearer");
            answer.put("expires_in", 300);
            answer.put("scope", "openid profile");
            answer.put("id_token", idToken.serialize());
            send(exchange, answer);
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        }
    }

    private void send(HttpExchange exchange, Map<String, Object> body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
