package nl.wegwijs.helpdesk.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How much of a word a keyword must cover, by its length, and Latin-letter questions against Cyrillic keywords. */
class KeywordMatchTest {

    static int score(String keyword, String text) {
        return KeywordMatch.score(List.of(keyword), KeywordMatch.Question.of(text, false));
    }

    static int scoreLatin(String keyword, String text) {
        return KeywordMatch.score(List.of(keyword), KeywordMatch.Question.of(text, true));
    }

    @Test
    void keywordsOfUpToThreeLettersAreWholeWordsOrTheirEnglishPlural() {
        assertThat(score("ov", "Mene zvaty Natalia Koval")).isZero();
        assertThat(score("ov", "Hoe werkt het OV in Utrecht?")).isEqualTo(1);
        assertThat(score("ind", "How do I find a GP?")).isZero();
        assertThat(score("car", "My debit card does not work")).isZero();
        assertThat(score("car", "Can I bring my cars?")).isEqualTo(1);
        assertThat(score("bus", "Do the buses run at night?")).isEqualTo(1);
    }

    @Test
    void stemsOfFourOrFiveLettersStartAWord() {
        assertThat(score("курс", "Де безкоштовні курси мови?")).isEqualTo(1);
        assertThat(score("права", "Як поміняти права?")).isEqualTo(2);
        assertThat(score("права", "Це моя справа")).isZero();
        assertThat(score("huur", "Ik zoek een huurwoning")).isEqualTo(1);
    }

    @Test
    void longerKeywordsCountAnywhereSoInflectionsAndCompoundsMatch() {
        assertThat(score("toeslag", "Krijg ik zorgtoeslag?")).isEqualTo(2);
        assertThat(score("зареєстр", "Як перезареєструватися?")).isEqualTo(2);
        assertThat(score("курси мови", "курси нідерландської мови")).isZero();
        assertThat(score("dutch course", "Is there a Dutch course nearby?")).isEqualTo(2);
    }

    @Test
    void aKeywordCountsOnceHoweverOftenItOrItsDuplicateOccurs() {
        assertThat(KeywordMatch.score(
                        List.of("leefgeld", "leefgeld"), KeywordMatch.Question.of("leefgeld, leefgeld!", false)))
                .isEqualTo(2);
    }

    @Test
    void latinLetterUkrainianAndRussianMeetCyrillicKeywordsOnlyWhenTheQuestionIsSuch() {
        assertThat(scoreLatin("житл", "meni potribno zhytlo v Amsterdami")).isEqualTo(1);
        assertThat(scoreLatin("жиль", "mne nuzhno zhilye")).isEqualTo(1);
        assertThat(scoreLatin("нідерландської", "kursy niderlandskoi movy")).isEqualTo(2);
        assertThat(score("житл", "meni potribno zhytlo v Amsterdami")).isZero();
        // an English word sharing the key of a Cyrillic stem is no evidence in an English question
        assertThat(score("робот", "Is this a robot?")).isZero();
    }
}
