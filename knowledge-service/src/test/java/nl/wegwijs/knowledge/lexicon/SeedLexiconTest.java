package nl.wegwijs.knowledge.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.knowledge.language.TextAnalysis;
import org.junit.jupiter.api.Test;

/** What the shipped lexicon says some everyday wordings are about. */
class SeedLexiconTest {

    static final TextAnalysis analysis = new TextAnalysis();
    static final Lexicon lexicon = Lexicon.of(LexiconSeed.load(), analysis);

    static java.util.Set<String> conceptsOf(String text, String language) {
        return lexicon.conceptsIn(analysis.analyse(text, language).terms()).keySet();
    }

    @Test
    void aDrivingLicenceIsNamedAsPeopleSayItInEveryLanguageAndScript() {
        assertThat(conceptsOf("Как поменять украинские права на голландские?", "ru"))
                .contains("driving-licence");
        assertThat(conceptsOf("Yak obminiaty ukrainski prava v Niderlandakh?", "uk"))
                .contains("driving-licence");
        assertThat(conceptsOf("Чи дійсне моє водійське посвідчення?", "uk")).contains("driving-licence");
        assertThat(conceptsOf("Где обменять водительское удостоверение?", "ru")).contains("driving-licence");
        assertThat(conceptsOf("Kak obmenyat voditelskoe udostoverenie?", "ru")).contains("driving-licence");
        assertThat(conceptsOf("Chy diie moie posvidchennia vodiia?", "uk")).contains("driving-licence");
        assertThat(conceptsOf("Mag ik rijden met mijn rijbewijs?", "nl")).contains("driving-licence");
        assertThat(conceptsOf("Is my driver's license valid here?", "en")).contains("driving-licence");
        assertThat(conceptsOf("Is my driving license valid here?", "en")).contains("driving-licence");
    }

    @Test
    void rightsAreNoDrivingLicence() {
        assertThat(conceptsOf("Які права мають біженці на житло?", "uk")).doesNotContain("driving-licence");
        assertThat(conceptsOf("Какие у меня права как у работника?", "ru")).doesNotContain("driving-licence");
    }

    @Test
    void dutchOrInTheNetherlandsIsNotTheDutchLanguage() {
        assertThat(conceptsOf("Як обміняти права на нідерландські?", "uk")).doesNotContain("dutch-language");
        assertThat(conceptsOf("Yak obminiaty ukrainski prava v Niderlandakh?", "uk"))
                .doesNotContain("dutch-language");
        assertThat(conceptsOf("Как поменять украинские права на голландские?", "ru"))
                .doesNotContain("dutch-language");
        assertThat(conceptsOf("Is a Dutch licence needed after a year?", "en")).doesNotContain("dutch-language");
        assertThat(conceptsOf("Heb ik een Nederlands rijbewijs nodig?", "nl")).doesNotContain("dutch-language");
        assertThat(conceptsOf("Hoe lang mag ik in Nederland blijven?", "nl")).doesNotContain("dutch-language");
    }

    @Test
    void theDutchLanguageIsNamedWithTheWordForLanguage() {
        assertThat(conceptsOf("Чи потрібна нідерландська мова для роботи?", "uk"))
                .contains("dutch-language");
        assertThat(conceptsOf("Нужен ли голландский язык для работы?", "ru")).contains("dutch-language");
        assertThat(conceptsOf("Moet ik Nederlands spreken op mijn werk?", "nl")).contains("dutch-language");
        assertThat(conceptsOf("Do I have to speak Dutch at work?", "en")).contains("dutch-language");
        assertThat(conceptsOf("Де знайти курси нідерландської мови?", "uk")).contains("language-course");
    }
}
