package nl.wegwijs.knowledge.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void theTitleIsTheQuestionsFirstSentence() {
        assertThat(Titles.fromQuestion("How do I register my cat with the animal shelter? We live in Delft."))
                .isEqualTo("How do I register my cat with the animal shelter?");
        assertThat(Titles.fromQuestion("Mijn bankpas is kwijt. Hoe blokkeer ik hem?"))
                .isEqualTo("Mijn bankpas is kwijt.");
    }

    @Test
    void aDateOrANumberWithADotDoesNotEndTheSentence() {
        assertThat(Titles.fromQuestion("Я переїхала 14.05.2024 до Утрехта, чи треба реєструватися в гемеенте? Дякую."))
                .isEqualTo("Я переїхала 14.05.2024 до Утрехта, чи треба реєструватися в гемеенте?");
        assertThat(Titles.fromQuestion("Is the 2.5 hour course on 01.09. free? Thanks"))
                .isEqualTo("Is the 2.5 hour course on 01.09. free?");
    }

    @Test
    void aSelfIntroductionWithABirthDateIsSkippedForTheQuestion() {
        assertThat(Titles.fromQuestion(
                        "Я Ірина Бойко з Харкова, народилася 14.05.1987, паспорт FA123456. Де отримати BSN?"))
                .isEqualTo("Де отримати BSN?");
        assertThat(Titles.fromQuestion("Я [name] з Харкова, народилася [date]. Де отримати BSN?"))
                .isEqualTo("Де отримати BSN?");
        assertThat(Titles.fromQuestion("My name is [name]. I live in Venlo. How do I get a DigiD?"))
                .isEqualTo("How do I get a DigiD?");
    }

    @Test
    void aGreetingIsSkippedForTheQuestion() {
        assertThat(Titles.fromQuestion("Добрий день! Де і як можна отримати BSN? Ми приїхали в Утрехт минулого тижня."))
                .isEqualTo("Де і як можна отримати BSN?");
        assertThat(Titles.fromQuestion("Hallo, hoe krijg ik een BSN?")).isEqualTo("Hoe krijg ik een BSN?");
        assertThat(Titles.fromQuestion("Hallo, ik ben Sanne. Wanneer wordt het leefgeld betaald?"))
                .isEqualTo("Wanneer wordt het leefgeld betaald?");
        assertThat(Titles.fromQuestion("Здравствуйте! Потеряла банковскую карту, что делать"))
                .isEqualTo("Потеряла банковскую карту, что делать");
    }

    @Test
    void aSentenceThatOnlyStartsWithIDoesNotCountAsAnIntroduction() {
        assertThat(Titles.fromQuestion("Я не можу знайти сімейного лікаря. Що робити?"))
                .isEqualTo("Я не можу знайти сімейного лікаря.");
    }

    @Test
    void aLongTitleIsShortenedAtAWord() {
        String title = Titles.fromQuestion("Where " + "can I find a place ".repeat(12) + "?");
        assertThat(title).hasSizeLessThanOrEqualTo(121).endsWith("…");
    }

    @Test
    void erasureKnowsTheTitlesOlderDraftsGotFromTheSameQuestion() {
        assertThat(Titles.everyTitleFor("Добрий день! Де і як можна отримати BSN?"))
                .containsExactlyInAnyOrder("Де і як можна отримати BSN?", "Добрий день!");
    }
}
