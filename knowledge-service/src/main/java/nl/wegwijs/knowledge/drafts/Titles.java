package nl.wegwijs.knowledge.drafts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.knowledge.language.Sentences;

/**
 * A draft's first title, made from a question: its first sentence ({@link Sentences}: a date such as
 * 14.05.1987 does not end one), at most 120 characters. When that sentence only opens the message, a
 * greeting ("Добрий день!", "Hallo, ...") or the asker introducing themselves ("Я Ірина з Харкова, ...",
 * "My name is ..."), the first sentence that asks something is the title instead (else the next one),
 * without a greeting in front.
 */
final class Titles {

    static final String REMOVED = "(question removed at the person's request)";
    private static final int MAX = 120;

    private static final String GREETINGS = "(?iu:добрий\\s+день|доброго\\s+дня|доброго\\s+ранку|добрий\\s+вечір"
            + "|доброго\\s+вечора|вітаю|привіт|здрастуйте|добрый\\s+день|доброе\\s+утро|добрый\\s+вечер|здравствуйте"
            + "|привет|good\\s+morning|good\\s+afternoon|good\\s+evening|hello|hi|hey|dear|goedemorgen|goedemiddag"
            + "|goedenavond|goedendag|hallo|hoi|beste)(?![\\p{L}])";
    /** A greeting opening a sentence. */
    private static final Pattern GREETING = Pattern.compile("^" + GREETINGS, Pattern.UNICODE_CHARACTER_CLASS);
    /** A greeting set off by punctuation, that a title can do without ("Hallo, hoe ...?"). */
    private static final Pattern GREETING_AND_PUNCTUATION =
            Pattern.compile("^" + GREETINGS + "(?:\\s+\\[name])?\\s*[,!:;.-]+\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    /** The asker introducing themselves: "My name is", "Я Ірина", "I am [name]". */
    private static final Pattern INTRODUCTION = Pattern.compile(
            "^(?iu:my\\s+name|mijn\\s+naam|ik\\s+heet|мене\\s+звати|мене\\s+звуть|моє\\s+ім|меня\\s+зовут|мо[её]\\s+имя)"
                    + "|^(?iu:i\\s+am|i'm|ik\\s+ben|я|this\\s+is|це|это)\\s+(?:\\[name]|\\p{Lu})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private Titles() {}

    static String fromQuestion(String question) {
        List<String> sentences = Sentences.split(question);
        if (sentences.isEmpty()) {
            return shorten(question.strip());
        }
        String title = sentences.getFirst();
        if (opensTheMessage(title)) {
            List<String> rest =
                    sentences.stream().dropWhile(Titles::opensTheMessage).toList();
            title = rest.stream()
                    .filter(Sentences::isQuestion)
                    .findFirst()
                    .orElse(rest.isEmpty() ? title : rest.getFirst());
        }
        return shorten(withoutGreeting(title));
    }

    /**
     * The titles a draft may show for this question: this version's and the one drafts were titled with
     * before (the first ".", "!" or "?" after ten characters), so erasure still recognises older copies.
     */
    static Set<String> everyTitleFor(String question) {
        Set<String> titles = new LinkedHashSet<>();
        titles.add(fromQuestion(question));
        titles.add(firstSentenceBefore2026_11(question));
        return titles;
    }

    /** A sentence that only opens the message: a greeting, the asker introducing themselves, a word or two. */
    static boolean opensTheMessage(String sentence) {
        if (Sentences.isQuestion(sentence)) {
            return false;
        }
        String s = sentence.strip();
        return GREETING.matcher(s).find() || INTRODUCTION.matcher(s).find() || s.contains("[name]") || s.length() < 10;
    }

    /** "Hallo, hoe krijg ik een BSN?" is titled "Hoe krijg ik een BSN?". */
    private static String withoutGreeting(String sentence) {
        Matcher greeting = GREETING_AND_PUNCTUATION.matcher(sentence);
        if (!greeting.find()) {
            return sentence;
        }
        String rest = sentence.substring(greeting.end()).strip();
        if (rest.length() < 10) {
            return sentence;
        }
        return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
    }

    private static String shorten(String title) {
        if (title.length() > MAX) {
            int cut = title.lastIndexOf(' ', MAX - 1);
            title = title.substring(0, cut > 20 ? cut : MAX - 1) + "…";
        }
        return title;
    }

    /** How titles were made until November 2026. */
    private static String firstSentenceBefore2026_11(String question) {
        String text = question.strip().replaceAll("\\s+", " ");
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '?' || c == '.' || c == '!') && i >= 10) {
                end = i + 1;
                break;
            }
        }
        return shorten(end > 0 ? text.substring(0, end) : text);
    }
}
