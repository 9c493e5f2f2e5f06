package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinaryWordsTest {

    @Test
    void listsNoGivenNameOfTheGazetteer() {
        assertThat(OrdinaryWords.words()).hasSizeGreaterThan(500);
        assertThat(OrdinaryWords.words())
                .filteredOn(GivenNames.instance()::isAsListed)
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Ходить
            Працює
            Навчається
            Працювала
            Шукає
            Учится
            Работает
            Живёт
            """)
    void knowsAUkrainianOrRussianVerbByItsEnding(String word) {
        assertThat(OrdinaryWords.looksLikeAVerb(word)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Олена
            Тарас
            Мирослав
            Шаповал
            Люся
            Коваль
            Галась
            Тимурчик
            Goes
            """)
    void takesNoNameOrLatinWordForAVerbByItsEnding(String word) {
        assertThat(OrdinaryWords.looksLikeAVerb(word)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Goes
            Werkt
            Ходить
            Работает
            Iets
            Seems
            """)
    void knowsOrdinaryWordsPeopleCapitalise(String word) {
        assertThat(OrdinaryWords.listed(word) || OrdinaryWords.looksLikeAVerb(word))
                .isTrue();
    }
}
