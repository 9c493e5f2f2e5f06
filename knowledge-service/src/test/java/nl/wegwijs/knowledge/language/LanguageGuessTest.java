package nl.wegwijs.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void shortDutchQueriesWithoutAFunctionWordAreDutchByTheirWordForms() {
        // an outside audit: these searches without lang were answered with English articles
        assertThat(analysis.guessLanguage("huurtoeslag aanvragen")).isEqualTo("nl");
        assertThat(analysis.guessLanguage("bankrekening openen")).isEqualTo("nl");
        assertThat(analysis.guessLanguage("zorgverzekering afsluiten")).isEqualTo("nl");
        assertThat(analysis.guessLanguage("inschrijven gemeente")).isEqualTo("nl");
        assertThat(analysis.guessLanguage("kinderbijslag")).isEqualTo("nl");
        assertThat(analysis.guessLanguage("rijbewijs omwisselen")).isEqualTo("nl");
        assertThat(analysis.guessLanguage("huisarts zoeken")).isEqualTo("nl");
        assertThat(analysis.guessLanguage("Hoe vraag ik huurtoeslag aan?")).isEqualTo("nl");
    }

    @Test
    void shortEnglishQueriesStayEnglishAlsoWithADutchWordInThem() {
        assertThat(analysis.guessLanguage("rent allowance")).isEqualTo("en");
        assertThat(analysis.guessLanguage("open a bank account")).isEqualTo("en");
        assertThat(analysis.guessLanguage("health insurance")).isEqualTo("en");
        assertThat(analysis.guessLanguage("apply for huurtoeslag")).isEqualTo("en");
        assertThat(analysis.guessLanguage("huurtoeslag application")).isEqualTo("en");
        assertThat(analysis.guessLanguage("stolen bank card")).isEqualTo("en");
        assertThat(analysis.guessLanguage("children school")).isEqualTo("en");
        assertThat(analysis.guessLanguage("forgotten password")).isEqualTo("en");
        assertThat(analysis.guessLanguage("BSN")).isEqualTo("en");
        assertThat(analysis.guessLanguage("Yak otrymaty BSN")).isEqualTo("uk");
    }

    @Test
    void aWordOnlyOneLanguagesVocabularyKnowsDecidesWhenNothingElseDoes() {
        List<String> dutch = analysis.terms("leefgeld gemeente", "nl");
        TextAnalysis.Vocabulary dutchDomainWords = (language, term) -> "nl".equals(language) && dutch.contains(term);
        assertThat(analysis.guessLanguage("leefgeld gemeente", dutchDomainWords))
                .isEqualTo("nl");
        assertThat(analysis.guessLanguage("leefgeld gemeente", TextAnalysis.Vocabulary.NONE))
                .as("without a vocabulary nothing tells")
                .isEqualTo("en");
        assertThat(analysis.guessLanguage("How much leefgeld does the gemeente pay?", dutchDomainWords))
                .as("English function words decide before the vocabulary is asked")
                .isEqualTo("en");
    }

    @Test
    void shortRussianQueriesWithoutALetterOnlyRussianHasAreRussianByTheirEndings() {
        // an outside audit: these searches without lang were answered with Ukrainian articles
        assertThat(analysis.guessLanguage("пособие на аренду")).isEqualTo("ru");
        assertThat(analysis.guessLanguage("субсидия на квартиру")).isEqualTo("ru");
        assertThat(analysis.guessLanguage("компенсация аренды")).isEqualTo("ru");
        assertThat(analysis.guessLanguage("жилье")).isEqualTo("ru");
        assertThat(analysis.guessLanguage("статья о пособиях")).isEqualTo("ru");
        assertThat(analysis.guessLanguage("пособие")).isEqualTo("ru");
    }

    @Test
    void shortUkrainianQueriesStayUkrainian() {
        assertThat(analysis.guessLanguage("субсидія на оренду")).isEqualTo("uk");
        assertThat(analysis.guessLanguage("допомога на оренду")).isEqualTo("uk");
        assertThat(analysis.guessLanguage("медичне страхування")).isEqualTo("uk");
        assertThat(analysis.guessLanguage("орендувати житло")).isEqualTo("uk");
        assertThat(analysis.guessLanguage("житло")).isEqualTo("uk");
        assertThat(analysis.guessLanguage("квартира"))
                .as("no clue at all: Ukrainian")
                .isEqualTo("uk");
        assertThat(analysis.guessLanguage("шия болить")).isEqualTo("uk");
    }

    @Test
    void aCyrillicWordOnlyOneLanguagesVocabularyKnowsDecidesWhenNothingElseDoes() {
        List<String> russian = analysis.terms("аренда", "ru");
        List<String> ukrainian = analysis.terms("оренда", "uk");
        TextAnalysis.Vocabulary housing = (language, term) -> ("ru".equals(language) && russian.contains(term))
                || ("uk".equals(language) && ukrainian.contains(term));
        assertThat(analysis.guessLanguage("аренда", housing)).isEqualTo("ru");
        assertThat(analysis.guessLanguage("оренда", housing)).isEqualTo("uk");
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
