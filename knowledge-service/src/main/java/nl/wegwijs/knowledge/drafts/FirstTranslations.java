package nl.wegwijs.knowledge.drafts;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.knowledge.privacy.Salutations;

/**
 * What a new draft starts with, made from the (redacted) question that started it and its staff answer.
 * The draft's language is the answer's (the question's when there is no answer); its body is the answer
 * without its salutation and sign-off ({@link #body}: "Beste Mykola, ..." and "Met vriendelijke groet, Anna"
 * are not published); its title the sentence that asks the question ({@link Titles}).
 * A title is made from the question only in the question's own language: a question asked in Ukrainian and
 * answered in Dutch gives the Dutch translation the answer and an empty title for the editor to write, and a
 * Ukrainian translation of its own holding that title and no body yet, marked outdated (it does not say what
 * the Dutch text says). Nothing in one language is ever filled in as another language's text.
 *
 * @param language the draft's source language
 * @param title the title made from the question (in {@code questionLanguage}), as {@code DraftCreated} tells it
 */
record FirstTranslations(String language, String title, Map<String, TranslationText> translations) {

    static FirstTranslations of(
            String question, String questionLanguage, String answer, String answerLanguage, Titles.Reader reader) {
        String body = body(answer);
        String language = body.isBlank() || answerLanguage == null ? questionLanguage : answerLanguage;
        String title = question == null ? Titles.REMOVED : Titles.fromQuestion(question, reader);
        Map<String, TranslationText> translations = new LinkedHashMap<>();
        if (language.equals(questionLanguage)) {
            translations.put(language, new TranslationText(title, body, false));
        } else {
            translations.put(language, new TranslationText("", body, false));
            if (question != null) {
                translations.put(questionLanguage, new TranslationText(title, "", true));
            }
        }
        return new FirstTranslations(language, title, Map.copyOf(translations));
    }

    /** A draft's body made from a staff answer: the answer without its salutation and sign-off. */
    static String body(String answer) {
        return answer == null ? "" : Salutations.withoutSalutationAndSignOff(answer);
    }
}
