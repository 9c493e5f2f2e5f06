package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must not be taken for a name: ordinary questions in uk/ru/nl/en with capitalised places, agencies and brands
 * (Amsterdam, Київ, IND, UWV, DigiD, Gemeente Utrecht), given names that are also words (Віра, Will, Ben) and names of
 * institutions, come out of the Redactor word for word, and introduce no name.
 */
class OrdinaryQuestionsTest {

    private final Redactor redactor = new Redactor();

    static Stream<String> ordinaryQuestions() throws IOException {
        try (InputStream in = OrdinaryQuestionsTest.class.getResourceAsStream("ordinary-questions.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("ordinaryQuestions")
    void anOrdinaryQuestionComesOutWordForWord(String question) {
        assertThat(redactor.redact(question, List.of())).isEqualTo(question);
        assertThat(redactor.namesIntroducedIn(question)).isEmpty();
    }

    @Property(tries = 500)
    void anOrdinaryQuestionAboutAnAgencyInAPlaceComesOutWordForWord(@ForAll("questions") String question) {
        assertThat(redactor.redact(question, List.of())).isEqualTo(question);
        assertThat(redactor.namesIntroducedIn(question)).isEmpty();
    }

    private static final List<String> TEMPLATES = List.of(
            "Hoe vraag ik huurtoeslag aan bij %s in %s?",
            "Wanneer krijg ik een afspraak bij %s in %s?",
            "%s in %s: waar moet ik heen?",
            "Як отримати DigiD через %s у місті %s?",
            "Чи потрібно йти до %s, якщо я живу в місті %s?",
            "%s у місті %s не відповідає. Що робити?",
            "Где найти работу водителем, если %s в городе %s не отвечает?",
            "Как записаться в %s? Я живу в городе %s.",
            "Can I open a bank account without BSN if %s in %s says no?",
            "Where is the office of %s in %s?",
            "%s or %s: who do I ask about my allowance?");
    private static final List<String> AGENCIES = List.of(
            "IND",
            "UWV",
            "DigiD",
            "Gemeente Utrecht",
            "Gemeente Amsterdam",
            "COA",
            "SVB",
            "DUO",
            "Belastingdienst",
            "Nuffic",
            "Rijksoverheid",
            "Vluchtelingenwerk",
            "het Rode Kruis",
            "Albert Heijn",
            "Randstad",
            "Nova Poshta");
    private static final List<String> PLACES = List.of(
            "Amsterdam",
            "Rotterdam",
            "Utrecht",
            "Den Haag",
            "Eindhoven",
            "Groningen",
            "Leiden",
            "Zwolle",
            "Kyiv",
            "Kharkiv",
            "Odesa",
            "Lviv",
            "Київ",
            "Харків",
            "Одеса",
            "Львів",
            "Амстердам",
            "Роттердам",
            "Утрехт",
            "Киев",
            "Харьков",
            "Dnipro",
            "Zaporizhzhia",
            "Mykolaiv",
            "Ivano-Frankivsk");

    @Provide
    Arbitrary<String> questions() {
        return Combinators.combine(Arbitraries.of(TEMPLATES), Arbitraries.of(AGENCIES), Arbitraries.of(PLACES))
                .as((template, agency, place) -> String.format(template, agency, place));
    }
}
