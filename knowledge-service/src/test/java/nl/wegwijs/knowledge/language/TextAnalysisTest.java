package nl.wegwijs.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    static final TextAnalysis analysis = new TextAnalysis();

    @Test
    void yoIsYeInEveryAnalyserNotOnlyInRussianStems() {
        for (String language : new String[] {"ru", "uk", "nl", "en"}) {
            assertThat(analysis.terms("жильё", language))
                    .as(language)
                    .isEqualTo(analysis.terms("жилье", language))
                    .isNotEmpty();
            assertThat(analysis.terms("счётчик приём", language))
                    .as(language)
                    .isEqualTo(analysis.terms("счетчик прием", language));
            assertThat(analysis.terms("ещё", language)).as(language).isEqualTo(analysis.terms("еще", language));
        }
        assertThat(TextAnalysis.fold("жильё")).isEqualTo(TextAnalysis.fold("жилье"));
        assertThat(analysis.analyse("zhilyo", "ru").terms())
                .as("Latin letters read as Russian")
                .isEqualTo(analysis.terms("жильё", "ru"));
    }

    @Test
    void vsyoIsAStopWordAsVseIs() {
        assertThat(analysis.terms("всё", "ru")).isEmpty();
        assertThat(analysis.terms("Всё ли нужно переводить?", "ru"))
                .isEqualTo(analysis.terms("Все ли нужно переводить?", "ru"));
    }

    @Test
    void theEnglishNounResumeIsReadAsACvAndTheVerbIsNot() {
        assertThat(analysis.terms("a photo on my resume", "en")).isEqualTo(analysis.terms("a photo on my CV", "en"));
        assertThat(analysis.terms("When can I resume work?", "en")).doesNotContain(TextAnalysis.fold("cv"));
        assertThat(analysis.terms("Mag mijn resumé kort zijn?", "nl"))
                .as("a Dutch resumé is a summary")
                .doesNotContain(TextAnalysis.fold("cv"));
    }

    @Test
    void cyrillicThatTellsUkrainianAndRussianApartNowhereIsUndecided() {
        assertThat(TextAnalysis.ukrainianOrRussianUndecided("жилье")).isTrue();
        assertThat(TextAnalysis.ukrainianOrRussianUndecided("квартира в Утрехте"))
                .isTrue();
        assertThat(TextAnalysis.ukrainianOrRussianUndecided("жильё")).isFalse();
        assertThat(TextAnalysis.ukrainianOrRussianUndecided("Де знайти житло")).isFalse();
        assertThat(TextAnalysis.ukrainianOrRussianUndecided("Где найти жилье")).isFalse();
        assertThat(TextAnalysis.ukrainianOrRussianUndecided("housing")).isFalse();
    }
}
