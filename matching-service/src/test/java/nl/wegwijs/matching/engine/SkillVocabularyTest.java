package nl.wegwijs.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The skill vocabulary: the same skill in Dutch, English, Ukrainian, Russian and their spellings is one concept. */
class SkillVocabularyTest {

    static Stream<Arguments> oneSkillInEveryLanguage() {
        return Stream.of(
                Arguments.of(List.of(
                        "orderpicken",
                        "order picking",
                        "Order-Picking",
                        "orderpicker",
                        "picking",
                        "комплектування замовлень",
                        "комплектация заказов",
                        "komplektuvannia zamovlen",
                        "komplektuvannya zamovlen",
                        "komplektatsiia zakazov",
                        "komplektatsiya zakazov")),
                Arguments.of(List.of("heftruck", "forklift", "Forklift truck", "навантажувач", "погрузчик")),
                Arguments.of(List.of("reachtruck", "reach truck", "річтрак", "ричтрак")),
                Arguments.of(List.of("productiemedewerker", "production worker", "робота на виробництві")),
                Arguments.of(List.of("assemblage", "assembly", "складальник", "сборщик")),
                Arguments.of(List.of("schoonmaak", "schoonmaken", "cleaning", "cleaner", "прибирання", "уборка")),
                Arguments.of(List.of("horeca", "hospitality", "хорека", "робота в ресторані")),
                Arguments.of(List.of("bediening", "waiter", "table service", "офіціант", "официант")),
                Arguments.of(List.of("afwas", "afwassen", "dishwashing", "kitchen porter", "мийник посуду")),
                Arguments.of(List.of("kok", "cook", "cooking", "кухар", "повар", "kukhar", "povar")),
                Arguments.of(List.of(
                        "verzorgende IG", "VIG'er", "nursing assistant", "молодша медсестра", "младшая медсестра")),
                Arguments.of(List.of("verpleegkundige", "nurse", "медсестра", "медицинская сестра")),
                Arguments.of(List.of("helpende zorg", "helpende zorg en welzijn", "care helper", "санітарка")),
                Arguments.of(List.of("pedagogisch medewerker", "PM'er", "kinderopvang", "вихователь", "воспитатель")),
                Arguments.of(List.of("metselaar", "metselen", "bricklayer", "муляр", "каменщик")),
                Arguments.of(List.of("timmerman", "carpenter", "тесля", "плотник")),
                Arguments.of(List.of("elektricien", "electrician", "електрик", "электрик", "elektryk")),
                Arguments.of(List.of("lasser", "lassen", "welder", "зварник", "сварщик")),
                Arguments.of(List.of("chauffeur C", "vrachtwagenchauffeur", "truck driver", "водій вантажівки")),
                Arguments.of(
                        List.of("chauffeur CE", "chauffeur C+E", "driver CE", "водій категорії CE", "дальнобойщик")),
                Arguments.of(List.of("bezorger", "courier", "delivery driver", "кур'єр", "курʼєр", "курьер")),
                Arguments.of(List.of("Java", "java developer", "джава", "Java-розробник")),
                Arguments.of(List.of(
                        "softwareontwikkelaar", "software developer", "programmer", "програміст", "программист")),
                Arguments.of(List.of("kassa", "kassamedewerker", "cashier", "касир", "кассир")),
                Arguments.of(List.of("kas", "kaswerk", "greenhouse work", "теплиця", "теплица")),
                Arguments.of(List.of("oogsten", "harvesting", "fruit picking", "збирання врожаю", "сбор урожая")),
                Arguments.of(List.of("administratie", "administrative work", "діловодство", "делопроизводство")),
                Arguments.of(List.of("lesgeven", "docent", "teacher", "вчитель", "учитель")),
                Arguments.of(List.of("vertaler", "translator", "перекладач", "переводчик")),
                Arguments.of(List.of("tolk", "interpreter", "усний перекладач", "устный переводчик")));
    }

    @ParameterizedTest
    @MethodSource("oneSkillInEveryLanguage")
    void theSameSkillInDutchEnglishUkrainianRussianOrLatinLettersIsOneConcept(List<String> names) {
        String concept = Skills.normalise(names.getFirst());
        assertThat(Skills.known(names.getFirst())).isTrue();
        assertThat(names)
                .allSatisfy(name -> assertThat(Skills.normalise(name)).as(name).isEqualTo(concept));
    }

    @Test
    void thingsAnEmployerTellsApartStayApart() {
        List<List<String>> apart = List.of(
                List.of("heftruck", "reachtruck", "elektrische pallettruck", "pompwagen"),
                List.of("helpende zorg", "verzorgende IG", "verpleegkundige"),
                List.of("vertaler", "beëdigd vertaler", "tolk"),
                List.of("chauffeur C", "chauffeur CE", "buschauffeur", "bezorger"),
                List.of("schoonmaak", "housekeeping", "glazenwassen"),
                List.of("kok", "keukenhulp", "afwas"),
                List.of("kinderoppas", "pedagogisch medewerker"),
                List.of("heftruck", "heftruckcertificaat"));
        for (List<String> group : apart) {
            assertThat(group.stream().map(Skills::normalise).distinct())
                    .as(group.toString())
                    .hasSameSizeAs(group);
        }
    }

    @Test
    void everySynonymTheServiceKnewBeforeTheVocabularyStillMeansTheSame() {
        Map<String, String> before = Map.ofEntries(
                Map.entry("orderpicking", "order picking"),
                Map.entry("order picker", "order picking"),
                Map.entry("orderpicker", "order picking"),
                Map.entry("picking", "order picking"),
                Map.entry("heftruck", "forklift"),
                Map.entry("forklift truck", "forklift"),
                Map.entry("heftruckcertificaat", "forklift certificate"),
                Map.entry("heftruck certificaat", "forklift certificate"),
                Map.entry("reachtruck", "reach truck"),
                Map.entry("epm", "electric pallet truck"),
                Map.entry("elektrische pallettruck", "electric pallet truck"),
                Map.entry("electric pallet jack", "electric pallet truck"),
                Map.entry("pallet jack", "pallet truck"),
                Map.entry("scanner", "handheld scanner"),
                Map.entry("hand scanner", "handheld scanner"),
                Map.entry("rf scanner", "handheld scanner"),
                Map.entry("handscanner", "handheld scanner"),
                Map.entry("vca", "vca basis"),
                Map.entry("vca basic", "vca basis"),
                Map.entry("b vca", "vca basis"),
                Map.entry("basis vca", "vca basis"),
                Map.entry("vol vca", "vca vol"),
                Map.entry("vca full", "vca vol"),
                Map.entry("haccp certificate", "haccp"),
                Map.entry("food safety", "haccp"),
                Map.entry("bedrijfshulpverlening", "bhv"),
                Map.entry("emergency response officer", "bhv"),
                Map.entry("ms excel", "excel"),
                Map.entry("microsoft excel", "excel"),
                Map.entry("js", "javascript"),
                Map.entry("ts", "typescript"),
                Map.entry("k8s", "kubernetes"),
                Map.entry("postgres", "postgresql"),
                Map.entry("koken", "cooking"),
                Map.entry("afwassen", "dishwashing"),
                Map.entry("schoonmaken", "cleaning"),
                Map.entry("schoonmaak", "cleaning"),
                Map.entry("oogsten", "harvesting"),
                Map.entry("plukken", "harvesting"),
                Map.entry("fruit picking", "harvesting"),
                Map.entry("bediening", "table service"),
                Map.entry("serving", "table service"),
                Map.entry("waiting tables", "table service"),
                Map.entry("barista skills", "barista"),
                Map.entry("metselen", "bricklaying"),
                Map.entry("timmeren", "carpentry"),
                Map.entry("lassen", "welding"),
                Map.entry("persoonlijke verzorging", "personal care"),
                Map.entry("zorg", "personal care"),
                Map.entry("big registratie", "big registration"),
                Map.entry("big", "big registration"),
                Map.entry("lesgeven", "teaching"),
                Map.entry("vakkenvullen", "shelf stacking"));
        before.forEach((synonym, canonical) -> assertThat(Skills.normalise(synonym))
                .as(synonym + " -> " + canonical)
                .isEqualTo(Skills.normalise(canonical))
                .isNotEqualTo(Skills.plain(synonym)));
    }

    @Test
    void theShippedVocabularyNamesEveryConceptInDutchEnglishUkrainianAndRussian() {
        SkillVocabulary vocabulary = SkillVocabulary.shipped();
        assertThat(vocabulary.size()).isGreaterThanOrEqualTo(80);
        assertThat(vocabulary.concepts())
                .allSatisfy(concept -> assertThat(concept.labels().keySet())
                        .as(concept.id())
                        .containsExactlyInAnyOrderElementsOf(SkillVocabulary.LANGUAGES));
    }

    @Test
    void skillsOutsideTheVocabularyMatchByTheirWordingInAnyScript() {
        assertThat(Skills.known("ремонт годинників")).isFalse();
        assertThat(Skills.normalise("Ремонт  годинників!")).isEqualTo(Skills.normalise("ремонт годинників"));
        assertThat(Skills.normalise("ремонт годинників"))
                .as("letters of every script count, not only a-z")
                .isNotEqualTo(Skills.normalise("ремонт взуття"))
                .isNotBlank();
        assertThat(Skills.normalise("SAP-EWM")).isEqualTo(Skills.normalise("sap ewm"));
        assertThat(Skills.normalise("мытьё полов")).isEqualTo(Skills.normalise("мытье полов"));
        assertThat(Skills.normalise("🙂")).isNotEqualTo(Skills.normalise("🙃"));
    }

    @Test
    void aLabelListedUnderTwoConceptsIsRefusedNamingBothAndTheLine() {
        List<String> file = List.of(
                "[handheld-scanner]", "en: hand scanner", "", "[barcode-reader]", "nl: Hand-Scanner", "uk: сканер");

        assertThatThrownBy(() -> SkillVocabulary.parse("test.txt", file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.txt line 5")
                .hasMessageContaining("[barcode-reader]")
                .hasMessageContaining("[handheld-scanner] (line 2)");
    }

    @Test
    void aMalformedVocabularyIsRefusedWithItsLine() {
        assertThatThrownBy(() -> SkillVocabulary.parse("test.txt", List.of("en: forklift")))
                .hasMessageContaining("line 1: labels before the first [concept-id]");
        assertThatThrownBy(() -> SkillVocabulary.parse("test.txt", List.of("[forklift]", "de: Gabelstapler")))
                .hasMessageContaining("line 2: a label line starts with one of [en, nl, uk, ru]");
        assertThatThrownBy(() -> SkillVocabulary.parse("test.txt", List.of("[Fork Lift]")))
                .hasMessageContaining("line 1: concept id");
        assertThatThrownBy(() -> SkillVocabulary.parse("test.txt", List.of("[a]", "en: x", "[a]")))
                .hasMessageContaining("line 3: concept [a] is listed twice");
    }

    @Test
    void ukrainianAndRussianLabelsAreAlsoKnownInLatinLettersButNeverOverALabelWrittenInTheFile() {
        SkillVocabulary vocabulary = SkillVocabulary.parse(
                "test.txt",
                List.of(
                        "[loading-unloading]",
                        "uk: вантажник",
                        "ru: грузчик",
                        "[cart]",
                        "nl: kar",
                        "[forklift]",
                        "uk: кар",
                        "[one]",
                        "ru: мир",
                        "[two]",
                        "uk: мір"));

        assertThat(vocabulary.find("vantazhnyk").map(SkillVocabulary.Concept::id))
                .contains("loading-unloading");
        assertThat(vocabulary.find("gruzchik").map(SkillVocabulary.Concept::id)).contains("loading-unloading");
        assertThat(vocabulary.find("кар").map(SkillVocabulary.Concept::id)).contains("forklift");
        assertThat(vocabulary.find("kar").map(SkillVocabulary.Concept::id))
                .as("a label written in the file wins over a transliteration")
                .contains("cart");
        assertThat(vocabulary.find("mir"))
                .as("a transliteration two concepts share names neither")
                .isEmpty();
    }
}
