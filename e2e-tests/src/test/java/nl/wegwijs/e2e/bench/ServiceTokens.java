package nl.wegwijs.e2e.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Service tokens as the gateway mints them (RS256, issuer {@code wegwijs-gateway}, audience {@code
 * wegwijs}), signed with the gateway's own key from the platform's home: what a benchmark needs to
 * call a service directly, the way the gateway calls it.
 */
final class ServiceTokens {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();

    private ServiceTokens() {}

    static String mint(Path gatewayKeyFile, String user, List<String> roles) throws Exception {
        JsonNode jwk = json.readTree(Files.readString(gatewayKeyFile));
        long now = Instant.now().getEpochSecond();
        String header = encode(
                Map.of("alg", "RS256", "typ", "JWT", "kid", jwk.get("kid").asString()));
        String claims = encode(Map.of(
                "iss",
                "wegwijs-gateway",
                "aud",
                List.of("wegwijs"),
                "sub",
                user,
                "name",
                user,
                "roles",
                roles,
                "iat",
                now,
                "nbf",
                now - 5,
                "exp",
                now + 3600));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(privateKey(jwk));
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + base64url.encodeToString(rs256.sign());
    }

    private static String encode(Map<String, Object> value) {
        return base64url.encodeToString(json.writeValueAsBytes(value));
    }

    private static PrivateKey privateKey(JsonNode jwk) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new RSAPrivateCrtKeySpec(
                        number(jwk, "n"),
                        number(jwk, "e"),
                        number(jwk, "d"),
                        number(jwk, "p"),
                        number(jwk, "q"),
                        number(jwk, "dp"),
                        number(jwk, "dq"),
                        number(jwk, "qi")));
    }

    private static BigInteger number(JsonNode jwk, String field) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get(field).asString()));
    }
}
