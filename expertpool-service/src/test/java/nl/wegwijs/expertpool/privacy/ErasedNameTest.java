package nl.wegwijs.expertpool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.platform.privacy.Redactor;
import org.junit.jupiter.api.Test;

/**
 * What an erasure takes out of a stored text: the full name and the surname everywhere, the first name on its own
 * only in the erased expert's texts (their sessions and agenda points), and nothing of anyone else's name.
 */
class ErasedNameTest {

    private static final boolean THEIRS = true;
    private static final boolean ELSEWHERE = false;

    private final FreeText freeText = new FreeText(new Redactor());

    private ErasedName erased(String name, String... otherExperts) {
        return freeText.erased(name, () -> List.of(otherExperts));
    }

    @Test
    void theFullNameGoesFromEveryTextInAnyOrderScriptAndForm() {
        ErasedName olena = erased("Olena Kovalenko");

        assertThat(olena.text("Olena Kovalenko vertelde over huur.", ELSEWHERE))
                .isEqualTo("[name] [name] vertelde over huur.");
        assertThat(olena.text("Aanwezig: Kovalenko Olena en Taras.", ELSEWHERE))
                .isEqualTo("Aanwezig: [name] [name] en Taras.");
        assertThat(olena.text("Kovalenko, Olena; Shevchuk, Taras", ELSEWHERE))
                .isEqualTo("[name], [name]; Shevchuk, Taras");
        assertThat(olena.text("Олена Коваленко розповіла про житло.", ELSEWHERE))
                .isEqualTo("[name] [name] розповіла про житло.");
        assertThat(olena.text("Ми чекали на Олену Коваленко.", ELSEWHERE)).isEqualTo("Ми чекали на [name] [name].");
        assertThat(olena.text("Brief van Olena Kovalenko's advocaat", ELSEWHERE))
                .isEqualTo("Brief van [name] [name]'s advocaat");
        assertThat(olena.text("O. Kovalenko belde.", ELSEWHERE)).isEqualTo("[name]. [name] belde.");
        assertThat(olena.text("Olena K. belde.", ELSEWHERE)).isEqualTo("[name] [name]. belde.");
    }

    @Test
    void theNameGoesInTheSpellingsOtherLanguagesGiveItToo() {
        // an audit: "Mykhailo Hrytsenko" erased, his name stayed as German and Dutch spellings
        ErasedName hrytsenko = erased("Mykhailo Hrytsenko", "Olena Koval");

        assertThat(hrytsenko.text("2026Z21234 (vragen n.a.v. gesprek met Gryzenko)", ELSEWHERE))
                .isEqualTo("2026Z21234 (vragen n.a.v. gesprek met [name])");
        assertThat(hrytsenko.text(
                        "De minister noemt de casus van Gritsenko in Zwolle. Ook Mychajlo Hryzenko, Michail Grycenko en"
                                + " Olena Koval genoemd.",
                        ELSEWHERE))
                .isEqualTo("De minister noemt de casus van [name] in Zwolle. Ook [name] [name], [name] [name] en"
                        + " Olena Koval genoemd.");
        assertThat(hrytsenko.text("Mychajlo vroeg naar werk.", THEIRS)).isEqualTo("[name] vroeg naar werk.");
        assertThat(hrytsenko.text("Mychajlo vroeg naar werk.", ELSEWHERE))
                .as("a lone first name elsewhere is someone else's, in any spelling")
                .isEqualTo("Mychajlo vroeg naar werk.");
    }

    @Test
    void theSurnameAloneGoesFromEveryTextAlsoInflected() {
        assertThat(erased("Olena Kovalenko").text("Mevrouw Kovalenko belde; пані Коваленко теж.", ELSEWHERE))
                .isEqualTo("Mevrouw [name] belde; пані [name] теж.");
        assertThat(erased("Taras Koval").text("Ми говорили з Ковалем про роботу Коваля.", ELSEWHERE))
                .isEqualTo("Ми говорили з [name] про роботу [name].");
    }

    @Test
    void aLoneFirstNameStaysInTextsThatAreNotTheirs() {
        ErasedName olena = erased("Olena Kovalenko", "Olena Shevchenko");

        assertThat(olena.text("Olena vertelde over huur. Олена теж.", ELSEWHERE))
                .isEqualTo("Olena vertelde over huur. Олена теж.");
        assertThat(olena.text("Olena Shevchenko en Olena wachten op een woning.", ELSEWHERE))
                .isEqualTo("Olena Shevchenko en Olena wachten op een woning.");
    }

    @Test
    void aLoneFirstNameGoesFromTheirTextsInEveryScriptAndForm() {
        assertThat(erased("Olena Kovalenko").text("Olena vertelde; ми чекали на Олену, Олени не було.", THEIRS))
                .isEqualTo("[name] vertelde; ми чекали на [name], [name] не було.");
    }

    @Test
    void inTheirTextsALoneFirstNameTheyShareWithAnotherExpertGoesButThatExpertsFullNameStays() {
        ErasedName olena = erased("Olena Kovalenko", "Olena Shevchenko", "Taras Shevchuk");

        assertThat(olena.text(
                        "Olena Shevchenko en Olena Kovalenko waren er. Olena vroeg naar huurtoeslag; Shevchenko, Olena"
                                + " ook.",
                        THEIRS))
                .as("a lone Olena may be either of them: privacy first; Olena Shevchenko is not the erased Olena")
                .isEqualTo("Olena Shevchenko en [name] [name] waren er. [name] vroeg naar huurtoeslag; Shevchenko,"
                        + " Olena ook.");
    }

    @Test
    void aListOfNamesLosesOnlyTheErasedExpert() {
        ErasedName olena = erased("Olena Kovalenko", "Olena Shevchenko");

        assertThat(olena.text("Aanwezig: Olena Kovalenko, Olena Shevchenko, Taras Shevchuk.", ELSEWHERE))
                .isEqualTo("Aanwezig: [name] [name], Olena Shevchenko, Taras Shevchuk.");
        assertThat(olena.text("Aanwezig: Kovalenko, Olena Shevchenko en Taras.", ELSEWHERE))
                .isEqualTo("Aanwezig: [name], Olena Shevchenko en Taras.");
        assertThat(olena.text("Aanwezig:\nOlena Kovalenko\nOlena Shevchenko", ELSEWHERE))
                .isEqualTo("Aanwezig:\n[name] [name]\nOlena Shevchenko");
    }

    @Test
    void aNameStoredWithAnInitialGoesAsAFullNameButTheInitialAloneStays() {
        ErasedName olena = erased("Olena K.", "Olena S.");

        assertThat(olena.text("Olena K. en Olena S. kwamen; plan K. gaat door.", ELSEWHERE))
                .isEqualTo("[name] [name]. en Olena S. kwamen; plan K. gaat door.");
        assertThat(olena.text("Olena Kovalenko belde.", ELSEWHERE)).isEqualTo("[name] [name] belde.");
        assertThat(olena.text("Olena S. en Olena kwamen.", THEIRS)).isEqualTo("Olena S. en [name] kwamen.");
    }

    @Test
    void particlesAndOtherPeoplesNamesStay() {
        assertThat(erased("Sanne de Vries").text("Sanne de Vries en Jan de Vries; de gemeente.", ELSEWHERE))
                .isEqualTo("[name] de [name] en Jan de [name]; de gemeente.");
        assertThat(erased("Olena Kovalenko").text("Oksana Koval en Taras Shevchuk; olenas? nee.", ELSEWHERE))
                .isEqualTo("Oksana Koval en Taras Shevchuk; olenas? nee.");
    }

    @Test
    void aPlaceThatNamesThemLosesTheNameAndItsAddressOtherPlacesStayAsTyped() {
        ErasedName olena = erased("Olena Kovalenko");

        assertThat(olena.place("bij Olena Kovalenko thuis, Kerkstraat 12, Utrecht", ELSEWHERE))
                .contains("[name] [name]")
                .doesNotContain("Olena", "Kovalenko", "Kerkstraat 12");
        assertThat(olena.place("Wijkcentrum De Pijler, Stationsplein 12, Utrecht", THEIRS))
                .isEqualTo("Wijkcentrum De Pijler, Stationsplein 12, Utrecht");
        assertThat(olena.place("https://meet.example.org/olena-kovalenko", ELSEWHERE))
                .isEqualTo("https://meet.example.org/[name]-[name]");
        assertThat(olena.place("bij Olena thuis, Kerkstraat 12", ELSEWHERE))
                .isEqualTo("bij Olena thuis, Kerkstraat 12");
        assertThat(olena.place("bij Olena thuis, Kerkstraat 12", THEIRS)).doesNotContain("Olena", "Kerkstraat 12");
    }

    @Test
    void contactDataOlderTextStillHoldsGoesToo() {
        assertThat(erased("Olena Kovalenko").text("Olena belt vanaf 0612345678.", ELSEWHERE))
                .isEqualTo("Olena belt vanaf [phone].");
    }

    @Test
    void theOtherExpertsNamesAreOnlyAskedForWhenALoneFirstNameInTheirTextsMayBeOneOfThem() {
        AtomicInteger asked = new AtomicInteger();
        ErasedName olena = freeText.erased("Olena Kovalenko", () -> {
            asked.incrementAndGet();
            return List.of("Olena Shevchenko");
        });

        olena.text("Olena Kovalenko en Taras.", ELSEWHERE);
        olena.text("Olena vertelde.", ELSEWHERE);
        assertThat(asked).hasValue(0);

        olena.text("Olena vertelde.", THEIRS);
        olena.text("Olena Shevchenko vertelde.", THEIRS);
        assertThat(asked).hasValue(1);
    }

    @Test
    void anExpertWithoutANameChangesNothing() {
        assertThat(erased(null).text("Olena (0612345678)", THEIRS)).isEqualTo("Olena (0612345678)");
        assertThat(erased("Olena Kovalenko").text(null, THEIRS)).isNull();
    }

    @Test
    void theStoredNamesLastWordIsTheSurnameUnlessAWordIsWrittenInCapitals() {
        assertThat(ErasedName.parts("Olena Petrivna Kovalenko"))
                .containsExactly(
                        new ErasedName.Part("Olena", false),
                        new ErasedName.Part("Petrivna", false),
                        new ErasedName.Part("Kovalenko", true));
        assertThat(ErasedName.parts("KOVALENKO Olena"))
                .containsExactly(new ErasedName.Part("KOVALENKO", true), new ErasedName.Part("Olena", false));
        assertThat(ErasedName.parts("Anna-Maria van der Berg"))
                .containsExactly(
                        new ErasedName.Part("Anna", false),
                        new ErasedName.Part("Maria", false),
                        new ErasedName.Part("Berg", true));
        assertThat(ErasedName.parts("Olena")).containsExactly(new ErasedName.Part("Olena", false));
    }
}
