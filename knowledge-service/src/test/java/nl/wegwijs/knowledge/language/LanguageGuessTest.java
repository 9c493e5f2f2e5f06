package nl.wegwijs.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.platform.web.IsoLanguages;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    static final TextAnalysis analysis = new TextAnalysis();

    @Test
    void russianWithoutLettersOnlyRussianHasIsToldByItsWords() {
        assertThat(analysis.guessLanguage("Где получить BSN")).isEqualTo("ru");
        assertThat(analysis.guessLanguage("Как открыть счет в банке")).isEqualTo("ru");
        assertThat(analysis.guessLanguage("Нужна ли медицинская страховка")).isEqualTo("ru");
    }

    @Test
    void ukrainianIsToldByItsLettersAndWords() {
        assertThat(analysis.guessLanguage("Де отримати BSN")).isEqualTo("uk");
        assertThat(analysis.guessLanguage("Як записатися до лікаря")).isEqualTo("uk");
        assertThat(analysis.guessLanguage("сім'я")).isEqualTo("uk");
    }

    @Test
    void russianLettersMakeItRussian() {
        assertThat(analysis.guessLanguage("Мы живём в Утрехте")).isEqualTo("ru");
    }

    @Test
    void latinLettersAreDutchEnglishOrTransliteratedUkrainianAndRussian() {
        assertThat(analysis.guessLanguage("Hoe krijg ik een BSN")).isEqualTo("nl");
        assertThat(analysis.guessLanguage("Where do I get a BSN")).isEqualTo("en");
        assertThat(analysis.guessLanguage("Yak otrymaty BSN")).isEqualTo("uk");
        assertThat(analysis.guessLanguage("Kak poluchit BSN")).isEqualTo("ru");
    }

    @Test
    void onlyIso639_1CodesAreLanguageCodes() {
        assertThat(IsoLanguages.isCode("uk")).isTrue();
        assertThat(IsoLanguages.isCode("de")).isTrue();
        assertThat(IsoLanguages.isCode("xx")).isFalse();
        assertThat(IsoLanguages.isCode("UK")).isFalse();
        assertThat(IsoLanguages.isCode("ukr")).isFalse();
        assertThat(IsoLanguages.isCode(null)).isFalse();
    }
}
