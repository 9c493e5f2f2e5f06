package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorExamplesTest {

    private final Redactor redactor = new Redactor();

    @Test
    void keepsOrdinaryNumbersAndWords() {
        String text = "In 2024 en 2025 was het leefgeld 260 euro per maand voor 3 kinderen; bel 0800 gratis.";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void redactsAnIbanFollowedByMoreWords() {
        assertThat(redactor.redact("IBAN NL91ABNA0417164300 graag")).isEqualTo("IBAN [IBAN] graag");
    }

    @Test
    void redactsNamesInflectedAndInOtherScripts() {
        String redacted = redactor.redact("Передайте Олені, що Olena Koval і Коваля чекають", List.of("Олена Коваль"));

        assertThat(redacted).isEqualTo("Передайте [name], що [name] [name] і [name] чекають");
    }

    @Test
    void doesNotTakeNameParticlesForNames() {
        String redacted = redactor.redact("Waar is de gemeente? Де отримати BSN?", List.of("Sanne de Vries"));

        assertThat(redacted).isEqualTo("Waar is de gemeente? Де отримати BSN?");
    }

    @Test
    void skeletonsFoldSpellingsTogether() {
        assertThat(Redactor.skeleton("Юлія")).isEqualTo(Redactor.skeleton("Yulia"));
        assertThat(Redactor.skeleton("Христина")).isEqualTo(Redactor.skeleton("Khrystyna"));
        assertThat(Redactor.skeleton("Дар'я")).isEqualTo(Redactor.skeleton("Darya"));
    }
}
