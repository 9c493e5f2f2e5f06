package nl.wegwijs.knowledge.drafts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.knowledge.grouping.FeatureExtractor;
import nl.wegwijs.knowledge.language.Sentences;
import nl.wegwijs.knowledge.privacy.Salutations;

/**
 * A draft's first title, made from a (redacted) question: the sentence that asks it, at most 120 characters,
 * without a greeting in front. Sentences ({@link Sentences}: a date such as 14.05.1987 does not end one) that
 * only open or close the message are never the title: a greeting ("Добрий день!", "Hallo, ..."), the asker
 * introducing themselves ("Я Ірина з Харкова, ...", "My name is ...", "Mykola Hrytsenko uit Kyiv.", "Svitlana
 * Kravets here.", a {@code [name]}), thanks and a sign-off ("Дякую, Олег Бондар"). Of the rest, the title is
 * the first sentence that asks something (ends with "?") and names a concept of the lexicon; else the first
 * that asks something with at least two words that say something ("Hoe krijg ik een gehandicaptenparkeerkaart?"
 * rather than "Що робити?"); else the first sentence that names a concept ("Я не можу знайти сімейного
 * лікаря."); else the first that asks something; else the first.
 */
final class Titles {

    static final String REMOVED = "(question removed at the person's request)";
    private static final int MAX = 120;

    /** What the lexicon and the analysis make of one sentence of a question in its language. */
    interface Reader {

        /** Whether the sentence names a concept the lexicon knows. */
        boolean namesAConcept(String sentence);

        /** How many of its words say something: analysed terms, stop words and question words left out. */
        int contentWords(String sentence);

        /** Reads sentences in {@code language} with the current lexicon. */
        static Reader of(FeatureExtractor features, String language) {
            return new Reader() {
                @Override
                public boolean namesAConcept(String sentence) {
                    return features.namesAConcept(sentence, language);
                }

                @Override
                public int contentWords(String sentence) {
                    return features.contentWords(sentence, language);
                }
            };
        }
    }

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

    static String fromQuestion(String question, Reader reader) {
        List<String> sentences = Sentences.split(question);
        if (sentences.isEmpty()) {
            return shorten(question.strip());
        }
        List<String> candidates =
                sentences.stream().filter(s -> !opensTheMessage(s)).toList();
        List<String> asking = candidates.stream().filter(Sentences::isQuestion).toList();
        String title = asking.stream()
                .filter(reader::namesAConcept)
                .findFirst()
                .or(() ->
                        asking.stream().filter(s -> reader.contentWords(s) >= 2).findFirst())
                .or(() -> candidates.stream().filter(reader::namesAConcept).findFirst())
                .or(() -> asking.stream().findFirst())
                .or(() -> candidates.stream().findFirst())
                .orElse(sentences.getFirst());
        return shorten(withoutGreeting(title));
    }

    /**
     * The titles a draft may show for this question, whatever the lexicon was when it was made: every sentence
     * of it as a title (with and without a greeting in front), and the one drafts were titled with before
     * November 2026 (the first ".", "!" or "?" after ten characters), so erasure recognises every copy.
     */
    static Set<String> everyTitleFor(String question) {
        Set<String> titles = new LinkedHashSet<>();
        List<String> sentences = Sentences.split(question);
        if (sentences.isEmpty()) {
            titles.add(shorten(question.strip()));
        }
        for (String sentence : sentences) {
            titles.add(shorten(withoutGreeting(sentence)));
            titles.add(shorten(sentence));
        }
        titles.add(firstSentenceBefore2026_11(question));
        return titles;
    }

    /**
     * A sentence that only opens or closes the message: a greeting, the asker introducing themselves, thanks or
     * a sign-off, a word or two.
     */
    static boolean opensTheMessage(String sentence) {
        if (Sentences.isQuestion(sentence)) {
            return false;
        }
        String s = sentence.strip();
        return GREETING.matcher(s).find()
                || INTRODUCTION.matcher(s).find()
                || s.contains("[name]")
                || Salutations.isBareIntroduction(s)
                || Salutations.opensOrCloses(s)
                || s.length() < 10;
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
