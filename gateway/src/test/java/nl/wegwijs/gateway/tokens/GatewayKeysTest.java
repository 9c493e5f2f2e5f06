package nl.wegwijs.gateway.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.wegwijs.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayKeysTest {

    private static GatewayKeys keysFrom(Path file) {
        return new GatewayKeys(new GatewayProperties(
                null,
                new GatewayProperties.Tokens(file == null ? null : file.toString(), null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    @Test
    void instancesSharingAKeyFileSignWithTheSameKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets/gateway-key.json");

        GatewayKeys first = keysFrom(file);
        GatewayKeys second = keysFrom(file);

        assertThat(Files.exists(file)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(second.signingKey().getKeyID()).isEqualTo(first.signingKey().getKeyID());
        assertThat(second.publicJwks()).isEqualTo(first.publicJwks());
    }

    @Test
    void withoutAKeyFileEachStartHasItsOwnKeyAndPublishesOnlyThePublicHalf() throws Exception {
        GatewayKeys one = keysFrom(null);
        GatewayKeys other = keysFrom(null);

        assertThat(one.signingKey().getKeyID()).isNotEqualTo(other.signingKey().getKeyID());
        JWKSet published = JWKSet.parse(one.publicJwks());
        assertThat(published.getKeys()).singleElement().satisfies(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
        });
    }
}
