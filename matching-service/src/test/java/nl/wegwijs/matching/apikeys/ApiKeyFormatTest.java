package nl.wegwijs.matching.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {

    @Test
    void aKeyHasThePrefixAtLeast256RandomBitsAndAChecksum() {
        String key = ApiKeyFormat.generate();
        assertThat(key).matches("wgw_live_[0-9A-Za-z]{43}_[0-9A-Za-z]{6}");
        assertThat(ApiKeyFormat.looksValid(key)).isTrue();
        assertThat(Math.pow(62, 43)).isGreaterThan(Math.pow(2, 256));
    }

    @Test
    void aMistypedOrForeignKeyFailsTheChecksum() {
        String key = ApiKeyFormat.generate();
        char c = key.charAt(20);
        String typo = key.substring(0, 20) + (c == 'a' ? 'b' : 'a') + key.substring(21);
        assertThat(ApiKeyFormat.looksValid(typo)).isFalse();
        assertThat(ApiKeyFormat.looksValid("sk_live_abc")).isFalse();
        assertThat(ApiKeyFormat.looksValid(null)).isFalse();
    }

    @Test
    void keysAreUniqueAndTheHashIsLowercaseHexSha256() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKeyFormat.generate());
        }
        assertThat(keys).hasSize(1000);
        assertThat(ApiKeyFormat.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeyFormat.displayPrefix(keys.iterator().next()))
                .hasSize(17)
                .startsWith("wgw_live_");
    }
}
