package nl.wegwijs.expertpool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.expertpool.experts.Themes;
import nl.wegwijs.platform.privacy.Redactor;
import org.junit.jupiter.api.Test;

/** Themes as domain events carry them: a typed theme is free text and leaves the service without contact data. */
class FreeTextTest {

    private final FreeText freeText = new FreeText(new Redactor());

    @Test
    void everyHelpdeskTopicCodeLeavesAsItIs() {
        assertThat(Themes.TOPIC_CODES)
                .allSatisfy(code -> assertThat(freeText.theme(code)).isEqualTo(code));
        assertThat(freeText.theme(null)).isNull();
    }

    @Test
    void aTypedThemeLeavesWithoutContactDataButWithItsWords() {
        assertThat(freeText.theme("huur bij olena, bel 0612345678 of olena.k@example.org"))
                .isEqualTo("huur bij olena, bel [phone] of [e-mail]");
        assertThat(freeText.theme("diploma's erkennen (big-registratie)"))
                .isEqualTo("diploma's erkennen (big-registratie)");
    }

    @Test
    void aTypedThemeWhoseMarkersAreLongerThanWhatTheyReplaceIsCutAtAMarkerNeverInOne() {
        String theme = "a@b.nl ".repeat(14) + "xy"; // 100 characters; each address becomes "[e-mail]"

        String sent = freeText.theme(theme);

        assertThat(sent)
                .doesNotContain("a@b.nl")
                .startsWith("[e-mail] [e-mail]")
                .endsWith("[e-mail]");
        assertThat(sent.codePointCount(0, sent.length())).isLessThanOrEqualTo(100);
    }
}
