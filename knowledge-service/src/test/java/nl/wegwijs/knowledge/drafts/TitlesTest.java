package nl.wegwijs.knowledge.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.knowledge.grouping.FeatureExtractor;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.lexicon.LexiconSeed;
import org.junit.jupiter.api.Test;

class TitlesTest {

    private static final TextAnalysis analysis = new TextAnalysis();
    private static final Lexicon lexicon = Lexicon.of(LexiconSeed.load(), analysis);
    private static final FeatureExtractor features = new FeatureExtractor(analysis, () -> lexicon, null);

    /** The title intake gives a question in this language, with the shipped lexicon. */
    private static String title(String question, String language) {
        return Titles.fromQuestion(question, Titles.Reader.of(features, language));
    }

    @Test
    void theTitleIsTheQuestionsFirstSentence() {
        assertThat(title("How do I register my cat with the animal shelter? We live in Delft.", "en"))
                .isEqualTo("How do I register my cat with the animal shelter?");
        assertThat(title("Mijn bankpas is kwijt. Hoe blokkeer ik hem?", "nl")).isEqualTo("Mijn bankpas is kwijt.");
    }

    @Test
    void aDateOrANumberWithADotDoesNotEndTheSentence() {
        assertThat(title("Я переїхала 14.05.2024 до Утрехта, чи треба реєструватися в гемеенте? Дякую.", "uk"))
                .isEqualTo("Я переїхала 14.05.2024 до Утрехта, чи треба реєструватися в гемеенте?");
        assertThat(title("Is the 2.5 hour course on 01.09. free? Thanks", "en"))
                .isEqualTo("Is the 2.5 hour course on 01.09. free?");
    }

    @Test
    void aSelfIntroductionWithABirthDateIsSkippedForTheQuestion() {
        assertThat(title("Я Ірина Бойко з Харкова, народилася 14.05.1987, паспорт FA123456. Де отримати BSN?", "uk"))
                .isEqualTo("Де отримати BSN?");
        assertThat(title("Я [name] з Харкова, народилася [date]. Де отримати BSN?", "uk"))
                .isEqualTo("Де отримати BSN?");
        assertThat(title("My name is [name]. I live in Venlo. How do I get a DigiD?", "en"))
                .isEqualTo("How do I get a DigiD?");
    }

    @Test
    void aGreetingIsSkippedForTheQuestion() {
        assertThat(title("Добрий день! Де і як можна отримати BSN? Ми приїхали в Утрехт минулого тижня.", "uk"))
                .isEqualTo("Де і як можна отримати BSN?");
        assertThat(title("Hallo, hoe krijg ik een BSN?", "nl")).isEqualTo("Hoe krijg ik een BSN?");
        assertThat(title("Hallo, ik ben Sanne. Wanneer wordt het leefgeld betaald?", "nl"))
                .isEqualTo("Wanneer wordt het leefgeld betaald?");
        assertThat(title("Здравствуйте! Потеряла банковскую карту, что делать", "ru"))
                .isEqualTo("Потеряла банковскую карту, что делать");
    }

    @Test
    void theAskersNameAndHomeTownInFrontAreNeverTheTitleTheQuestionIs() {
        assertThat(title("Mykola Hrytsenko uit Kyiv. Hoe krijg ik een gehandicaptenparkeerkaart?", "nl"))
                .isEqualTo("Hoe krijg ik een gehandicaptenparkeerkaart?");
        assertThat(title("[name] uit Kyiv. Hoe krijg ik een gehandicaptenparkeerkaart?", "nl"))
                .isEqualTo("Hoe krijg ik een gehandicaptenparkeerkaart?");
        assertThat(title("Svitlana Kravets here. Where do I apply for a disabled parking card?", "en"))
                .isEqualTo("Where do I apply for a disabled parking card?");
        assertThat(title("Mykola Hrytsenko uit Kyiv, ik werk bij een uitzendbureau. Wanneer komt de keuring?", "nl"))
                .as("an introduction naming concepts (work, agency) is still no title")
                .isEqualTo("Wanneer komt de keuring?");
        assertThat(title("Олена Коваль з Харкова. Коли платять лефгелд?", "uk")).isEqualTo("Коли платять лефгелд?");
    }

    @Test
    void thanksAndASignOffWithTheAskersNameAreNeverTheTitle() {
        assertThat(title("Як отримати DigiD? Дякую, Олег Бондар", "uk")).isEqualTo("Як отримати DigiD?");
        assertThat(title(
                        "Дякую, Олег Бондар. Підкажіть, як отримати паркувальну картку для людей з інвалідністю", "uk"))
                .isEqualTo("Підкажіть, як отримати паркувальну картку для людей з інвалідністю");
        assertThat(title("С уважением, Анна Петрова. Как получить DigiD", "ru")).isEqualTo("Как получить DigiD");
        assertThat(title("Met vriendelijke groet, Sanne de Vries. Hoe vraag ik huurtoeslag aan", "nl"))
                .isEqualTo("Hoe vraag ik huurtoeslag aan");
    }

    @Test
    void theSentenceThatAsksIsTheTitleEvenWhenAnotherNamesMoreConcepts() {
        assertThat(title(
                        "Ik heb een BSN en een DigiD en werk via een uitzendbureau. Hoe vraag ik huurtoeslag aan?",
                        "nl"))
                .isEqualTo("Hoe vraag ik huurtoeslag aan?");
        assertThat(title("We live in Delft since May. How do I find a GP?", "en"))
                .isEqualTo("How do I find a GP?");
    }

    @Test
    void aSentenceThatOnlyStartsWithIDoesNotCountAsAnIntroduction() {
        assertThat(title("Я не можу знайти сімейного лікаря. Що робити?", "uk"))
                .isEqualTo("Я не можу знайти сімейного лікаря.");
    }

    @Test
    void aLongTitleIsShortenedAtAWord() {
        String title = title("Where " + "can I find a place ".repeat(12) + "?", "en");
        assertThat(title).hasSizeLessThanOrEqualTo(121).endsWith("…");
    }

    @Test
    void erasureKnowsTheTitlesOlderDraftsGotFromTheSameQuestion() {
        assertThat(Titles.everyTitleFor("Добрий день! Де і як можна отримати BSN?"))
                .containsExactlyInAnyOrder("Де і як можна отримати BSN?", "Добрий день!");
    }

    @Test
    void erasureKnowsEveryTitleTheQuestionCouldHaveGivenWhateverTheLexiconWas() {
        String question = "Mijn bankpas is kwijt. Hallo, hoe blokkeer ik hem nu direct?";
        assertThat(Titles.everyTitleFor(question))
                .contains(
                        "Mijn bankpas is kwijt.",
                        "Hoe blokkeer ik hem nu direct?",
                        title(question, "nl"),
                        Titles.fromQuestion(question, new Titles.Reader() {
                            @Override
                            public boolean namesAConcept(String sentence) {
                                return false;
                            }

                            @Override
                            public int contentWords(String sentence) {
                                return 0;
                            }
                        }));
    }
}
