package nl.wegwijs.helpdesk.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.platform.language.Transliteration;

/**
 * How a question's words meet a topic's keywords, for {@link Topics#suggest}. Keywords are lower-case words, stems or
 * phrases in any language; how much of a word they must cover depends on their length:
 *
 * <ul>
 *   <li>up to 3 letters ({@code ov}, {@code bsn}, {@code car}, {@code кот}): a whole word (an English plural too), so
 *       "ov" is not found in "Koval", "ind" not in "find", "car" not in "card";
 *   <li>4 or 5 letters ({@code huur}, {@code курс}, {@code права}): the start of a word, a stem ("курси", "курсы";
 *       "huurwoning"), not the inside of another word ("справа");
 *   <li>6 letters or more ({@code toeslag}, {@code зареєстр}): anywhere, so inflected forms and Dutch compounds
 *       ("zorgtoeslag") count.
 * </ul>
 *
 * A keyword found counts 2 points from 5 letters on and 1 point below (once per keyword, however often it occurs).
 * Ukrainian or Russian typed in Latin letters ("kursy niderlandskoi movy") also meets the Cyrillic keywords: both are
 * compared by the platform's {@link Transliteration#searchKey} ("курс" and "kurs", "житл" and "zhytlo"). Only for
 * such questions: an English or Dutch word that happens to share a key with a Cyrillic stem is no evidence.
 */
final class KeywordMatch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’ʼ][\\p{L}\\p{N}]+)*");

    private KeywordMatch() {}

    /** A question prepared once for all topics: its words one space apart, and their search keys when asked for. */
    record Question(String words, String keys) {

        static Question of(String text, boolean latinUkrainianOrRussian) {
            List<String> words = KeywordMatch.words(text);
            return new Question(
                    spaced(words),
                    latinUkrainianOrRussian
                            ? spaced(words.stream()
                                    .map(Transliteration::searchKey)
                                    .toList())
                            : null);
        }
    }

    /** The points the keywords (of one topic) score in the question. */
    static int score(Collection<String> keywords, Question question) {
        int score = 0;
        for (String keyword : new LinkedHashSet<>(keywords)) {
            List<String> words = words(keyword);
            if (words.isEmpty()) {
                continue;
            }
            String phrase = String.join(" ", words);
            int letters = phrase.length() - (words.size() - 1);
            if (found(question.words(), phrase, letters) || foundByKey(question, words, letters)) {
                score += letters >= 5 ? 2 : 1;
            }
        }
        return score;
    }

    private static boolean foundByKey(Question question, List<String> keywordWords, int letters) {
        if (question.keys() == null || !Transliteration.hasCyrillic(String.join(" ", keywordWords))) {
            return false;
        }
        String keyed = String.join(
                " ", keywordWords.stream().map(Transliteration::searchKey).toList());
        return !keyed.isBlank() && found(question.keys(), keyed, letters);
    }

    /** {@code text} is words one space apart with a space before and after; {@code letters} the keyword's length. */
    private static boolean found(String text, String keyword, int letters) {
        if (letters >= 6) {
            return text.contains(keyword);
        }
        if (letters >= 4) {
            return text.contains(" " + keyword);
        }
        return text.contains(" " + keyword + " ")
                || text.contains(" " + keyword + "s ")
                || text.contains(" " + keyword + "es ");
    }

    /** Lower-case words (letters and digits, apostrophes inside a word kept as '), ё as е. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        while (matcher.find()) {
            words.add(matcher.group().replace('’', '\'').replace('ʼ', '\''));
        }
        return words;
    }

    private static String spaced(List<String> words) {
        return " " + String.join(" ", words) + " ";
    }
}
