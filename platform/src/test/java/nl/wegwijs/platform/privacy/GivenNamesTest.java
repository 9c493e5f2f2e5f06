package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.platform.language.Transliteration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenNamesTest {

    private final GivenNames names = GivenNames.instance();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Олег      | Олега, Олегу, Олегові, Олегом, Олеже
            Наталя    | Наталі, Наталю, Наталею
            Ольга     | Ольги, Ользі, Ольгу, Ольгою, Ольго
            Марія     | Марії, Марію, Марією, Маріє
            Наталья   | Натальи, Наталье, Наталью, Натальей
            Сергій    | Сергія, Сергію, Сергієві, Сергієм
            Сергей    | Сергея, Сергею, Сергеем
            Петро     | Петра, Петрові, Петром, Петре
            Василь    | Василя, Василю, Василем
            Федір     | Федора, Федором
            Наталка   | Наталки, Наталці, Наталко
            """)
    void knowsAUkrainianOrRussianNameInItsCasesAndVocative(String name, String forms) {
        for (String form : forms.split(",\\s*")) {
            assertThat(names.of(form)).as(form).isEqualTo(GivenNames.Kind.NAME);
        }
        assertThat(GivenNames.cyrillicForms(name)).contains(forms.split(",\\s*"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Natasha
            Artyom
            Artem
            Yulia
            Julia
            Iuliia
            Serhiy
            Sergey
            Oleksandr
            Olexandr
            Mykola
            Nikolai
            Yelena
            Hrystyna
            Khrystyna
            Pieter
            Marieke
            Emily
            """)
    void knowsANameInTheLatinSpellingsOfEveryTransliterationScheme(String spelling) {
        assertThat(names.of(spelling)).isEqualTo(GivenNames.Kind.NAME);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Віра
            Надія
            Любов
            Роман
            Слава
            Will
            Mark
            Ben
            Dan
            Jan
            June
            Тёма
            """)
    void knowsWhichNamesAreAlsoOrdinaryWords(String word) {
        assertThat(names.of(word)).isEqualTo(GivenNames.Kind.ALSO_A_WORD);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Тема
            Данные
            Дані
            Пасха
            Asia
            Hema
            Aan
            I'm
            Amsterdam
            Київ
            DigiD
            """)
    void takesNoOrdinaryWordThatFoldsOntoANameKeyForAName(String word) {
        assertThat(names.of(word)).isNotEqualTo(GivenNames.Kind.NAME);
    }

    @Test
    void knowsAGivenNameWithADutchGenitiveS() {
        assertThat(names.of("Pieters")).isEqualTo(GivenNames.Kind.NAME);
        assertThat(names.of("Annas")).isEqualTo(GivenNames.Kind.NAME);
        assertThat(names.of("Irynas")).isEqualTo(GivenNames.Kind.NAME);
        assertThat(names.of("Marks")).as("a name that is also a word stays one").isEqualTo(GivenNames.Kind.ALSO_A_WORD);
        assertThat(names.of("pieters")).as("in lower case only as listed").isEqualTo(GivenNames.Kind.NONE);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Lisse
            Genk
            Geleen
            Ghana
            Олександрія
            Олександрії
            """)
    void takesNoPlaceWhoseNameKeyIsAGivenNamesForAName(String place) {
        assertThat(names.of(place)).isEqualTo(GivenNames.Kind.NONE);
    }

    @Test
    void takesAWordInLowerCaseForANameOnlyInTheListsSpelling() {
        assertThat(names.of("oksana")).isEqualTo(GivenNames.Kind.NAME);
        assertThat(names.of("артема")).isEqualTo(GivenNames.Kind.NAME);
        assertThat(names.of("aan")).as("Ann's key, not its spelling").isEqualTo(GivenNames.Kind.NONE);
        assertThat(names.of("will")).isEqualTo(GivenNames.Kind.NONE);
    }

    @Test
    void givesEveryFormOfAGivenNamesFamilyInBothScripts() {
        var family = names.familyKeys("Наталья");

        for (String diminutive : List.of("Наташа", "Natasha", "Наташу", "Ната")) {
            assertThat(family).as(diminutive).contains(Transliteration.nameKey(diminutive));
        }
        assertThat(names.familyKeys("Natasha")).contains(Transliteration.nameKey("Наталья"));
        assertThat(names.familyKeys("Амстердам")).isEmpty();
    }

    @Test
    void holdsSeveralHundredFamiliesOfNamesInUkrainianRussianDutchAndEnglish() {
        assertThat(names.families()).isBetween(700, 2_000);
        assertThat(names.names()).isBetween(1_300, 5_000);
    }

    @Test
    void noPlaceOrOrganisationPrefixHidesAGivenName() throws IOException {
        for (String name : listedNames()) {
            List<String> spellings = new ArrayList<>(List.of(name));
            if (Transliteration.hasCyrillic(name)) {
                spellings.addAll(GivenNames.latinSpellings(name));
            }
            for (String spelling : spellings) {
                String key = Redactor.skeleton(spelling);
                assertThat(PersonNames.NOT_PERSONS.stream().filter(key::startsWith))
                        .as(spelling)
                        .isEmpty();
                assertThat(IntroducedNames.isNameLike(spelling)).as(spelling).isTrue();
            }
        }
    }

    private static List<String> listedNames() throws IOException {
        try (InputStream in = GivenNames.class.getResourceAsStream(GivenNames.RESOURCE)) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("[")) {
                    continue;
                }
                for (String word : entry.split("\\s+")) {
                    if (!word.startsWith("!")) {
                        names.add(word.startsWith("?") ? word.substring(1) : word);
                    }
                }
            }
            return names;
        }
    }
}
