package nl.wegwijs.gateway.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Map;
import nl.wegwijs.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gateway's RSA signing key. Generated at start-up, or, when {@code WEGWIJS_GATEWAY_KEY_FILE}
 * names a file, read from it (a private RSA JWK in JSON); a named file that does not exist yet is
 * created with a new key, readable by the owner only. Several gateway instances share one file so
 * that every instance signs with the key the JWKS publishes.
 */
@Component
public class GatewayKeys {

    private static final Logger log = LoggerFactory.getLogger(GatewayKeys.class);

    private final RSAKey key;

    public GatewayKeys(GatewayProperties properties) {
        String file = properties.tokens().keyFile();
        this.key = file == null || file.isBlank() ? generate() : loadOrCreate(Path.of(file));
    }

    RSAKey signingKey() {
        return key;
    }

    /** The public half, as a JWK Set document. */
    public Map<String, Object> publicJwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }

    private static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                RSAKey loaded = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!loaded.isPrivate()) {
                    throw new IllegalStateException("The gateway key file " + file + " holds no private key");
                }
                log.info("Signing service tokens with the key from {} (kid {})", file, loaded.getKeyID());
                return loaded;
            }
            RSAKey created = generate();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, created.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: leave the permissions to the operator
            }
            log.info("Created a new gateway signing key in {} (kid {})", file, created.getKeyID());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the gateway key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The gateway key file " + file + " is not an RSA JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            RSAKey generated = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256)
                    .generate();
            return new RSAKey.Builder(generated).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the gateway signing key", e);
        }
    }
}
