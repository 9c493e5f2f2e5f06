package nl.wegwijs.helpdesk.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wegwijs.platform.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.parse(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8e03978e-40d5-43e8-bc93-6894a57f9324",
                "dbl-1",
                "k",
                "\"quoted:as/an_sf-string\"",
                "!~#$%&'()*+,./:;<=>?@[]^_`{|}"
            })
    void visibleAsciiUpTo200CharactersIsAKey(String header) {
        assertThat(IdempotencyKey.parse(header).value()).isEqualTo(header);
        assertThat(IdempotencyKey.parse("k".repeat(200)).value()).hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "two words",
                " leading",
                "tab\there",
                "clé-1",
                "ключ",
                "zero\u200Bwidth",
                "del\u007F",
                "nul\u0000",
                "line\nbreak",
                "🙏"
            })
    void anythingElseIsA400NamingTheHeader(String header) {
        assertThatThrownBy(() -> IdempotencyKey.parse(header))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e)
                                .errors()
                                .getFirst()
                                .field())
                        .isEqualTo("Idempotency-Key"));
    }

    @Test
    void aKeyLongerThan200CharactersIsA400() {
        assertThatThrownBy(() -> IdempotencyKey.parse("k".repeat(201))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theKeyNeverShowsInLogs() {
        assertThat(IdempotencyKey.parse("secret-key-1").toString()).doesNotContain("secret-key-1");
    }
}
