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
    void comingBackIsReadAsTheNounReturnSoGivingBackIsAWordOfItsOwn() {
        assertThat(analysis.terms("нужно вернуть huurtoeslag", "ru")).contains(TextAnalysis.fold("вернут"));
        for (String comingBack : new String[] {
            "вернуться в Украину",
            "Мы вернёмся в Украину",
            "Когда я вернусь в Украину",
            "он вернулся в Украину",
            "возвращаюсь в Украину"
        }) {
            assertThat(analysis.terms(comingBack, "ru"))
                    .as(comingBack)
                    .isEqualTo(analysis.terms("возвращение в Украину", "ru"))
                    .doesNotContain(TextAnalysis.fold("вернут"), TextAnalysis.fold("вернул"));
        }
        assertThat(analysis.terms("треба повернути гроші", "uk")).contains(TextAnalysis.fold("повернути"));
        for (String comingBack :
                new String[] {"повернутися в Україну", "я повертаюся в Україну", "Ми повернемося в Україну"}) {
            assertThat(analysis.terms(comingBack, "uk"))
                    .as(comingBack)
                    .isEqualTo(analysis.terms("повернення в Україну", "uk"));
        }
        assertThat(analysis.analyse("My vernemsia v Ukrainu", "ru").terms())
                .as("Latin letters read as Russian")
                .isEqualTo(analysis.terms("возвращение в Украину", "ru"));
        assertThat(analysis.terms("I come back", "en")).isEqualTo(analysis.terms("I come back", "en"));
    }

    @Test
    void anAllowanceIsNotWhatIsAllowed() {
        assertThat(analysis.terms("rent allowance", "en"))
                .doesNotContainAnyElementsOf(
                        analysis.terms("Is the rent allowed?", "en").subList(1, 2));
        assertThat(analysis.terms("allowances", "en")).isNotEqualTo(analysis.terms("allowed", "en"));
        assertThat(analysis.terms("allowed", "en")).isEqualTo(analysis.terms("allow", "en"));
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
