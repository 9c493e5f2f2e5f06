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
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must not be taken for a name: ordinary questions in uk/ru/nl/en with capitalised places, agencies and brands
 * (Amsterdam, Київ, IND, UWV, DigiD, Gemeente Utrecht), given names that are also words (Віра, Will, Ben) or places
 * (Sofia, Victoria, Софія) where the text treats them as places, verbs capitalised after a relation word ("my son Goes
 * to school", "моя дочка Ходить до школи") and names of institutions, come out of the Redactor word for word, and
 * introduce no name; also when the person gave a name, which the Redactor compares capitalised words with by how they
 * sound in Dutch, German, Polish, French and English spellings ("Gryzenko" for "Hrytsenko").
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

    @Property(tries = 300)
    void aQuestionAboutAPlaceNamedLikeAPersonComesOutWordForWord(@ForAll("placeQuestions") String question) {
        assertThat(redactor.redact(question, List.of())).isEqualTo(question);
        assertThat(redactor.namesIntroducedIn(question)).isEmpty();
    }

    @Property(tries = 300)
    void aVerbCapitalisedAfterARelationWordComesOutWordForWord(@ForAll("relationVerbQuestions") String question) {
        assertThat(redactor.redact(question, List.of())).isEqualTo(question);
        assertThat(redactor.namesIntroducedIn(question)).isEmpty();
    }

    /**
     * Names people give, in the spellings of several languages; none of them (in any spelling, form or diminutive) is
     * in the questions, so whatever the Redactor takes out of a question with them it takes for their sound alone.
     */
    private static final List<String> NAMES_GIVEN = List.of(
            "Olena Koval",
            "Oleksandr Melnyk",
            "Dmytro Kravets",
            "Yevhen Tsoi",
            "Halyna Shcherbyna",
            "Svitlana Zhuravlova",
            "Bohdan Chornovol",
            "Andrii Matviienko",
            "Oksana Lysenko",
            "Vasyl Hnatiuk",
            "Kateryna Poliakova",
            "Anastasiia Honchar",
            "Yurii Marchenko",
            "Hrytsenko",
            "Gryzenko",
            "Michajło Grycenko",
            "Jewgeni Zoi",
            "Halina Szczerbina",
            "Tetjana Tkatsjenko",
            "Andrij Matvijenko",
            "Олена Коваль",
            "Наталья Иванова",
            "Сергій Бойко",
            "Pieter de Graaf",
            "Chevtchouk Olga",
            "Sjevtsjoek Oksana");

    @Provide
    Arbitrary<String> questionsFromTheFile() throws IOException {
        return Arbitraries.of(ordinaryQuestions().toList());
    }

    @Provide
    Arbitrary<String> namesGiven() {
        return Arbitraries.of(NAMES_GIVEN);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 6000)
    void anOrdinaryQuestionComesOutWordForWordWhateverNameThePersonGave(
            @ForAll("questionsFromTheFile") String question, @ForAll("namesGiven") String name) {
        assertThat(redactor.redact(question, List.of(name))).isEqualTo(question);
    }

    @Property(tries = 300)
    void anOrdinaryQuestionAboutAnAgencyInAPlaceComesOutWordForWordWhateverNameThePersonGave(
            @ForAll("questions") String question, @ForAll("namesGiven") String name) {
        assertThat(redactor.redact(question, List.of(name))).isEqualTo(question);
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

    /** A place named like a person: Latin, then Ukrainian nominative and genitive, Russian nominative and genitive. */
    private static final List<List<String>> PLACES_NAMED_LIKE_PEOPLE = List.of(
            List.of("Sofia", "Софія", "Софії", "София", "Софии"),
            List.of("Victoria", "Вікторія", "Вікторії", "Виктория", "Виктории"),
            List.of("Regina", "Регіна", "Регіни", "Регина", "Регины"),
            List.of("Charlotte", "Софія", "Софії", "София", "Софии"),
            List.of("Florence", "Вікторія", "Вікторії", "Виктория", "Виктории"),
            List.of("Georgia", "Софія", "Софії", "София", "Софии"));
    /** %1$s Latin, %2$s and %3$s Ukrainian nominative and genitive, %4$s and %5$s Russian. */
    private static final List<String> PLACE_TEMPLATES = List.of(
            "We flew to %1$s and then to Amsterdam.",
            "I lived in %1$s before I came to the Netherlands.",
            "Is there a Dutch embassy in %1$s?",
            "%1$s is a city where my cousin lives; can she visit us?",
            "Ik kom uit %1$s en woon nu in Zwolle.",
            "Ik reis morgen naar %1$s, moet ik dat aan de gemeente melden?",
            "In %1$s is een consulaat, of niet?",
            "Ми жили в %3$s два роки, а тепер у Роттердамі.",
            "Як доїхати до %3$s з Амстердама?",
            "Я приїхала з %3$s у березні, чи можу працювати?",
            "У місті %2$s є консульство?",
            "Мы жили в %5$s два года.",
            "Как доехать до %5$s из Амстердама?",
            "Я приехала из %5$s в марте.",
            "В городе %4$s есть консульство?");

    @Provide
    Arbitrary<String> placeQuestions() {
        return Combinators.combine(Arbitraries.of(PLACE_TEMPLATES), Arbitraries.of(PLACES_NAMED_LIKE_PEOPLE))
                .as((template, place) -> String.format(template, place.toArray()));
    }

    private static final List<List<List<String>>> RELATIONS_AND_VERBS = List.of(
            List.of(
                    List.of("My son", "my wife", "My husband", "my daughter", "My mother", "my brother"),
                    List.of(
                            "Goes to school in Utrecht.",
                            "Works at a warehouse.",
                            "Lives with us in Zwolle.",
                            "Needs a doctor.",
                            "Speaks no Dutch.",
                            "Has no BSN yet.",
                            "Wants to study here.")),
            List.of(
                    List.of("Mijn man", "mijn vrouw", "Mijn zoon", "mijn dochter", "mijn moeder"),
                    List.of(
                            "Werkt in Zwolle.",
                            "Woont nog in Kyiv.",
                            "Gaat naar school.",
                            "Heeft geen BSN.",
                            "Zoekt werk.",
                            "Spreekt geen Nederlands.")),
            List.of(
                    List.of("Мій син", "моя дочка", "Мій чоловік", "моя мама", "мій брат"),
                    List.of(
                            "Ходить до школи.",
                            "Працює на складі.",
                            "Живе з нами.",
                            "Навчається в Утрехті.",
                            "Шукає роботу.",
                            "Має BSN?",
                            "Хворіє, де знайти лікаря?")),
            List.of(
                    List.of("Мой сын", "моя дочь", "Мой муж", "моя мама", "мой брат"),
                    List.of(
                            "Ходит в школу.",
                            "Работает на складе.",
                            "Живёт с нами.",
                            "Учится в Утрехте.",
                            "Ищет работу.",
                            "Получает пособие?")));

    @Provide
    Arbitrary<String> relationVerbQuestions() {
        return Arbitraries.of(RELATIONS_AND_VERBS)
                .flatMap(language -> Combinators.combine(
                                Arbitraries.of(language.get(0)), Arbitraries.of(language.get(1)))
                        .as((relation, verb) -> relation + " " + verb));
    }

    @Provide
    Arbitrary<String> questions() {
        return Combinators.combine(Arbitraries.of(TEMPLATES), Arbitraries.of(AGENCIES), Arbitraries.of(PLACES))
                .as((template, agency, place) -> String.format(template, agency, place));
    }
}
