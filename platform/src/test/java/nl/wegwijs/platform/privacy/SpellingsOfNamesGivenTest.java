package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names a person gave leave a text in the spellings other languages give them (a fourth audit: an erased
 * expert "Mykhailo Hrytsenko" stayed as "Gryzenko", "Hryzenko" and "Mychajlo" in an agenda point and in the brief
 * for members of parliament): Dutch, German, Polish, French and English spellings of a Cyrillic or Latin name, as
 * capitalised words, only for the names given.
 */
class SpellingsOfNamesGivenTest {

    private final Redactor redactor = new Redactor();

    private static final List<String> HRYTSENKO = List.of("Mykhailo Hrytsenko");

    @Test
    void theAuditsAgendaPointLosesEverySpellingOfTheErasedExpertsName() {
        assertThat(redactor.redact("2026Z21234 (vragen n.a.v. gesprek met Gryzenko)", HRYTSENKO))
                .isEqualTo("2026Z21234 (vragen n.a.v. gesprek met [name])");
        assertThat(redactor.redact(
                        "De minister noemt de casus van Gritsenko in Zwolle. Ook Mychajlo Hryzenko en Mykhailo"
                                + " Hrytsenko genoemd.",
                        HRYTSENKO))
                .isEqualTo("De minister noemt de casus van [name] in Zwolle. Ook [name] [name] en [name] [name]"
                        + " genoemd.");
        assertThat(redactor.redactKeepingOtherNames("vragen n.a.v. gesprek met Gryzenko", HRYTSENKO))
                .as("also where other people's names stay")
                .isEqualTo("vragen n.a.v. gesprek met [name]");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            English and passport | Mykhaylo  | Gritsenko
            English and passport | Mikhail   | Grytsenko
            Dutch                | Mychajlo  | Hrytsenko
            Dutch                | Mychailo  | Gritsenko
            German               | Michail   | Gryzenko
            German               | Michajlo  | Hryzenko
            German               | Mychajlo  | Gritzenko
            Polish               | Mychajło  | Grycenko
            Polish               | Michajło  | Hryćenko
            French               | Mikhaïl   | Gritsenko
            """)
    void aNameGivenInCyrillicOrInLatinLettersLeavesInEachLanguagesSpelling(
            String language, String given, String surname) {
        for (List<String> names : List.of(HRYTSENKO, List.of("Михайло Гриценко"))) {
            assertThat(redactor.redact("Gesprek met " + given + " " + surname + " over werk.", names))
                    .as("%s, given as %s", language, names)
                    .isEqualTo("Gesprek met [name] [name] over werk.");
            assertThat(redactor.redact("Розмова з " + surname + " про роботу.", names))
                    .isEqualTo("Розмова з [name] про роботу.");
        }
    }

    @ParameterizedTest(name = "{0} in: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Шевчук Оксана       | Gesprek met Sjevtsjoek (NL), Schewtschuk (DE), Szewczuk (PL), Chevtchouk (FR)
            Чорновол Богдан     | Tsjornovol, Tschornowol, Czornowoł en Chornovol waren er.
            Щербина Галина      | Sjtsjerbyna, Schtscherbina, Szczerbina, Chtcherbina en Halina, Galina.
            Журавльова Світлана | Zjoeravljova, Zhuravlyova en Żurawlowa schreven.
            Євген Цой           | Jewgeni Zoi, Yevhen Tsoi en Evgeniy Coi kwamen.
            Yuliia Tkachenko    | Joelia Tkatsjenko, Julija Tkatschenko, Ioulia Tkatchenko
            """)
    void eachSpellingFamilyOfANameGivenLeaves(String given, String text) {
        String redacted = redactor.redact(text, List.of(given));

        assertThat(redacted.replaceAll(
                        "\\[name]|\\((?:NL|DE|PL|FR)\\)|Gesprek met|waren er|en|schreven|kwamen|[,.\\s]", ""))
                .as(redacted)
                .isEmpty();
    }

    @Test
    void anotherFormOfASpellingLeavesToo() {
        assertThat(redactor.redact("Gryzenkos casus en die van Hryzenkowa.", HRYTSENKO))
                .isEqualTo("[name] casus en die van [name].");
    }

    @Test
    void onlyTheNamesGivenAreComparedBySound() {
        String text = "Gesprek met Gryzenko over werk.";

        assertThat(redactor.redactKeepingOtherNames(text, List.of("Olena Koval")))
                .as("another person's name stays where names nobody gave stay")
                .isEqualTo(text);
        assertThat(redactor.redact("Gesprek met Schewtschenko over werk.", List.of("Olena Koval")))
                .isEqualTo("Gesprek met Schewtschenko over werk.");
    }

    @Test
    void aLowerCaseWordIsNoOtherSpellingOfAName() {
        assertThat(redactor.redact("ik heb gryzenko en michail niet gezien", HRYTSENKO))
                .isEqualTo("ik heb gryzenko en michail niet gezien");
    }

    @ParameterizedTest(name = "{1} stays with {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Olena Koval        | Kovel is een stad in Oekraïne; Kaval is een fluit.
            Dmytro Kravets     | Kraft en Krant: waar lees ik over werk?
            Halyna Shcherbyna  | Scherpe vragen over Schiphol en Scheveningen.
            Taras Bondar       | Terras en Bonder: dat zijn geen namen.
            Oksana Lysenko     | Lisse en Oss liggen in Nederland.
            Yevhen Tsoi        | Zoeken naar werk in Zwolle; Evenementen in Zeist en Coevorden.
            """)
    void ordinaryCapitalisedWordsThatOnlyLookLikeANameGivenStay(String given, String text) {
        assertThat(redactor.redact(text, List.of(given))).isEqualTo(text);
    }
}
