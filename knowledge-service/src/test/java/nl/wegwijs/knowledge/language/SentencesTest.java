package nl.wegwijs.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void sentencesEndAtAStopAQuestionOrAnExclamationMarkBeforeABlank() {
        assertThat(Sentences.split("Добрий день! Де отримати BSN? Ми в Утрехті."))
                .containsExactly("Добрий день!", "Де отримати BSN?", "Ми в Утрехті.");
        assertThat(Sentences.split("Really?! Yes... ok")).containsExactly("Really?!", "Yes...", "ok");
    }

    @Test
    void aDateANumberOrAWebAddressDoesNotEndASentence() {
        assertThat(Sentences.split("Я Ірина, народилася 14.05.1987, паспорт є. Де отримати BSN?"))
                .containsExactly("Я Ірина, народилася 14.05.1987, паспорт є.", "Де отримати BSN?");
        assertThat(Sentences.split("Born on 14.05.1987. Need a BSN?"))
                .containsExactly("Born on 14.05.1987. Need a BSN?");
        assertThat(Sentences.split("It costs 2.5 euro. Why?")).containsExactly("It costs 2.5 euro.", "Why?");
        assertThat(Sentences.split("Apply on digid.nl today.")).containsExactly("Apply on digid.nl today.");
    }

    @Test
    void anAbbreviationOrAnInitialDoesNotEndASentence() {
        assertThat(Sentences.split("Ми живемо на вул. Шевченка, м. Київ. Що робити?"))
                .containsExactly("Ми живемо на вул. Шевченка, м. Київ.", "Що робити?");
        assertThat(Sentences.split("Documents, e.g. a passport, are needed. Which ones?"))
                .containsExactly("Documents, e.g. a passport, are needed.", "Which ones?");
        assertThat(Sentences.split("Ik heb bijv. een paspoort. Is dat genoeg?"))
                .containsExactly("Ik heb bijv. een paspoort.", "Is dat genoeg?");
    }

    @Test
    void aQuestionEndsWithAQuestionMark() {
        assertThat(Sentences.isQuestion("Где получить BSN?")).isTrue();
        assertThat(Sentences.isQuestion("Is it \"free?\"")).isTrue();
        assertThat(Sentences.isQuestion("У мене немає BSN ще")).isFalse();
    }
}
