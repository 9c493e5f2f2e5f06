package nl.wegwijs.knowledge.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.knowledge.articles.TranslationText;
import org.junit.jupiter.api.Test;

class FirstTranslationsTest {

    private static final String QUESTION = "Чи можу я орендувати житло самостійно, якщо живу в гемеентному прихистку?";
    private static final Titles.Reader READER = new Titles.Reader() {
        @Override
        public boolean namesAConcept(String sentence) {
            return false;
        }

        @Override
        public int contentWords(String sentence) {
            return sentence.split("\\s+").length;
        }
    };

    private static final String DUTCH_ANSWER = "Ja, dat mag. U kunt zelf een woning huren; meld het aan de gemeente.";

    @Test
    void aQuestionAnsweredInItsOwnLanguageGivesOneTranslationTitledByTheQuestion() {
        FirstTranslations first = FirstTranslations.of(
                "Як отримати BSN?", "uk", "Зареєструйтеся в гемеенте, BSN дадуть під час реєстрації.", "uk", READER);

        assertThat(first.language()).isEqualTo("uk");
        assertThat(first.translations())
                .containsOnlyKeys("uk")
                .containsEntry(
                        "uk",
                        new TranslationText(
                                "Як отримати BSN?",
                                "Зареєструйтеся в гемеенте, BSN дадуть під час реєстрації.",
                                false));
    }

    @Test
    void aQuestionAnsweredInAnotherLanguageNeverPutsItsTitleOverTheAnswer() {
        FirstTranslations first = FirstTranslations.of(QUESTION, "uk", DUTCH_ANSWER, "nl", READER);

        assertThat(first.language()).as("the answer's language is the source").isEqualTo("nl");
        assertThat(first.translations().get("nl"))
                .as("the answer, with a title for the editor to write")
                .isEqualTo(new TranslationText("", DUTCH_ANSWER, false));
        assertThat(first.translations().get("uk"))
                .as("the question's title in its own language, no body yet, marked as needing work")
                .isEqualTo(new TranslationText(QUESTION, "", true));
        assertThat(first.title()).isEqualTo(QUESTION);
    }

    @Test
    void withoutAnAnswerTheQuestionsLanguageIsTheSource() {
        FirstTranslations first = FirstTranslations.of("Can I walk my dog on the beach?", "en", "", "nl", READER);

        assertThat(first.language()).isEqualTo("en");
        assertThat(first.translations())
                .containsOnlyKeys("en")
                .containsEntry("en", new TranslationText("Can I walk my dog on the beach?", "", false));
    }

    @Test
    void anErasedQuestionGivesNoTranslationOfItsOwn() {
        FirstTranslations first = FirstTranslations.of(null, "uk", DUTCH_ANSWER, "nl", READER);

        assertThat(first.translations()).containsOnlyKeys("nl");
    }

    @Test
    void theBodyIsTheAnswerWithoutItsSalutationAndSignOffAndTheTitleNotTheIntroduction() {
        FirstTranslations first = FirstTranslations.of(
                "[name] uit Kyiv. Hoe krijg ik een gehandicaptenparkeerkaart?",
                "nl",
                "Beste [name], een gehandicaptenparkeerkaart vraagt u aan bij de gemeente; er volgt een medische"
                        + " keuring.\n\nMet vriendelijke groet,\n[name] (Wegwijs)",
                "nl",
                READER);

        assertThat(first.translations().get("nl"))
                .isEqualTo(new TranslationText(
                        "Hoe krijg ik een gehandicaptenparkeerkaart?",
                        "Een gehandicaptenparkeerkaart vraagt u aan bij de gemeente; er volgt een medische keuring.",
                        false));
    }
}
