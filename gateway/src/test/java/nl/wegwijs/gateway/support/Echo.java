package nl.wegwijs.gateway.support;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.Map;

/** What {@link Upstream} saw of a proxied request, and the gateway token it carried, verified. */
public record Echo(Map<String, Object> seen) {

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @SuppressWarnings("unchecked")
    public static Echo of(String body) {
        return new Echo(JSON.readValue(body, Map.class));
    }

    public String path() {
        return (String) seen.get("path");
    }

    public Object header(String name) {
        return seen.get(name);
    }

    /**
     * The claims of the bearer token the service received, after checking its RS256 signature
     * against the gateway's published JWKS, as a service does.
     */
    public JWTClaimsSet verifiedToken(int gatewayPort) {
        String authorization = (String) seen.get("authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new AssertionError("the service got no bearer token: " + seen);
        }
        try {
            JWKSet jwks = JWKSet.load(URI.create("http://127.0.0.1:" + gatewayPort + "/.well-known/jwks.json")
                    .toURL());
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7));
            RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null) {
                throw new AssertionError("the token's key is not in the JWKS");
            }
            JWSVerifier verifier = new RSASSAVerifier(key);
            if (!jwt.verify(verifier)) {
                throw new AssertionError("the token's signature does not verify");
            }
            return jwt.getJWTClaimsSet();
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("cannot verify the service token", e);
        }
    }
}
