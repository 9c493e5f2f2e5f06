package nl.wegwijs.helpdesk.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects the language of a short question with Lingua (ADR 0003), restricted to the languages the
 * helpdesk receives so models stay small and short texts are not mistaken for unrelated languages.
 * Detection runs on the words that tell a language ({@link DetectionText}: no e-mail addresses, numbers or Dutch
 * names of Dutch institutions). Ukrainian and Russian typed in Latin letters are recognised first
 * ({@link TransliteratedText}), and again when Lingua takes such a text for Polish or German but nothing in it is
 * Polish; letters and function words settle what Lingua finds close ({@link #settle}). Answers {@code und} when the
 * text has too few letters, or when Lingua alone decides and its first choice is less than the minimum relative
 * distance ahead of its second (see {@link #detect}).
 */
public class LanguageDetector {

    private static final Logger log = LoggerFactory.getLogger(LanguageDetector.class);
    /** Recognised, but not among the helpdesk's own languages (ADR 0003): they need evidence of their own. */
    private static final Set<Language> OCCASIONAL = Set.of(Language.GERMAN, Language.POLISH);
    /** How close (in Lingua's relative confidence) one of uk/ru/nl/en may come to German or Polish and still lose. */
    static final double OCCASIONAL_MARGIN = 0.1;

    private static final Pattern GERMAN_LETTERS = Pattern.compile("[äöüßÄÖÜ]");
    private static final Pattern POLISH_LETTERS = Pattern.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]");
    private static final Map<Language, String> CODES = Map.of(
            Language.UKRAINIAN, "uk",
            Language.RUSSIAN, "ru",
            Language.DUTCH, "nl",
            Language.ENGLISH, "en",
            Language.GERMAN, "de",
            Language.POLISH, "pl");

    /**
     * How far Lingua's first choice must be ahead of its second when nothing else decides (see {@link #detect}): the
     * single words Ukrainian and Russian share ("Стоматолог", "Паспорт", "Аптека") are within 0.03; the questions of
     * the labelled set that Lingua alone decides are at least 0.07 ahead.
     */
    static final double DEFAULT_MINIMUM_RELATIVE_DISTANCE = 0.05;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final double minimumRelativeDistance;

    /**
     * @param minimumRelativeDistance how far (in Lingua's relative confidence, 0..1) Lingua's first choice must lead its
     *     second for its answer to count when no letters or function words decide; 0: always its first choice
     */
    public LanguageDetector(double minimumRelativeDistance) {
        this.minimumRelativeDistance = minimumRelativeDistance;
        this.lingua = LanguageDetectorBuilder.fromLanguages(CODES.keySet().toArray(Language[]::new))
                .build();
    }

    /** Loads the language models now rather than on the first question (a few seconds). */
    public void warmUp() {
        long start = System.nanoTime();
        lingua.detectLanguageOf("Waar kan ik een BSN krijgen? Де можна отримати BSN?");
        log.info("Language models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The language of {@code text}: detected on {@link DetectionText} (without e-mail addresses, numbers, Dutch names of
     * Dutch institutions...), Latin-letter Ukrainian and Russian first, then Lingua, settled by letters and function
     * words (see {@link #settle}).
     *
     * <p>Lingua's confidence values are relative: its first choice is always 1.0 and the others a fraction of it, so a
     * minimum confidence would never bite. What tells how sure it is, is how far its first choice is ahead of the
     * second (Lingua's own "minimum relative distance"). When Lingua alone decides (no letters or function words of the
     * language it chose in the text, and nothing settled it otherwise) and that distance is below the minimum, the
     * answer is {@code und}: "Стоматолог" is as much Ukrainian as Russian, and staff set the language.
     */
    public DetectedLanguage detect(String text) {
        if (text == null || DetectionText.letters(text) < DetectionText.MINIMUM_LETTERS) {
            return DetectedLanguage.undetermined();
        }
        String words = DetectionText.of(text);
        if (DetectionText.letters(words) < DetectionText.MINIMUM_LETTERS) {
            return DetectedLanguage.undetermined();
        }
        DetectedLanguage latin = TransliteratedText.detect(words);
        if (latin != null) {
            return latin;
        }
        SortedMap<Language, Double> confidences = lingua.computeLanguageConfidenceValues(words);
        if (confidences.isEmpty()) {
            return DetectedLanguage.undetermined();
        }
        Language best = confidences.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        if (OCCASIONAL.contains(best)) {
            DetectedLanguage second = TransliteratedText.insteadOfPolishOrGerman(words);
            if (second != null) {
                return second;
            }
        }
        Language chosen = settle(best, confidences, words);
        double confidence = confidences.getOrDefault(chosen, 0.0);
        String code = CODES.get(chosen);
        boolean linguaAlone = chosen == best && !hasOwnLettersOrFunctionWords(chosen, words);
        if (code == null || (linguaAlone && leadOverSecond(confidences) < minimumRelativeDistance)) {
            return new DetectedLanguage(DetectedLanguage.UNDETERMINED, confidence, false);
        }
        return new DetectedLanguage(code.toLowerCase(Locale.ROOT), confidence, false);
    }

    /** How far Lingua's first choice is ahead of its second (1 when there is no second). */
    private static double leadOverSecond(Map<Language, Double> confidences) {
        List<Double> values = confidences.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(2)
                .toList();
        return values.size() < 2 ? 1 : values.get(0) - values.get(1);
    }

    /** Whether letters or function words of {@code language} itself (not only Lingua's n-grams) point to it. */
    private static boolean hasOwnLettersOrFunctionWords(Language language, String text) {
        if (language == Language.UKRAINIAN || language == Language.RUSSIAN) {
            return FunctionWords.ukrainianOrRussian(text) == language;
        }
        return ownFunctionWordsOrLetters(language, FunctionWords.words(text), text);
    }

    /**
     * Lingua's first choice, unless the function words of the text say otherwise. Lingua weighs every word alike, so
     * a few Dutch nouns or a name can outvote a sentence of English function words; and its confidences are relative
     * (the first choice is always 1.0, the others a fraction of it), so a close second is no rarity on one sentence.
     *
     * <ul>
     *   <li>Ukrainian or Russian: the letters only one of them has (і ї є ґ / ы э ъ ё), or else the function words and
     *       endings only one has, whichever are more (хто, що, де, чи, -ння / кто, что, где, ли, -ие; see {@link
     *       FunctionWords#ukrainianOrRussian}). Lingua reads "Кто платит за стоматолога?" as Ukrainian by a hair.
     *   <li>Dutch, German or Polish, but two or more English function words and none of that language's: English;
     *       English, German or Polish, but two or more Dutch function words and no English ones: Dutch.
     *   <li>German and Polish are recognised so that such questions are not counted as another language (ADR 0003),
     *       but the helpdesk's languages are Ukrainian, Russian, Dutch and English: without a function word or letter
     *       of its own, German or Polish holds only when the best of those four is not within {@value
     *       #OCCASIONAL_MARGIN} of it.
     * </ul>
     */
    static Language settle(Language best, Map<Language, Double> confidences, String text) {
        if (best == Language.UKRAINIAN || best == Language.RUSSIAN) {
            Language byOwnWords = FunctionWords.ukrainianOrRussian(text);
            return byOwnWords != null ? byOwnWords : best;
        }
        List<String> words = FunctionWords.words(text);
        int english = FunctionWords.count(words, FunctionWords.ENGLISH);
        int dutch = FunctionWords.count(words, FunctionWords.DUTCH);
        boolean ownWords = ownFunctionWordsOrLetters(best, words, text);
        if (english >= 2
                && dutch == 0
                && best != Language.ENGLISH
                && !ownWords
                && confidences.containsKey(Language.ENGLISH)) {
            return Language.ENGLISH;
        }
        if (dutch >= 2
                && english == 0
                && best != Language.DUTCH
                && !ownWords
                && confidences.containsKey(Language.DUTCH)) {
            return Language.DUTCH;
        }
        if (OCCASIONAL.contains(best) && !ownWords) {
            var helpdesks = confidences.entrySet().stream()
                    .filter(e -> !OCCASIONAL.contains(e.getKey()))
                    .max(Map.Entry.comparingByValue());
            if (helpdesks.isPresent() && helpdesks.get().getValue() >= confidences.get(best) - OCCASIONAL_MARGIN) {
                return helpdesks.get().getKey();
            }
        }
        return best;
    }

    private static boolean ownFunctionWordsOrLetters(Language language, List<String> words, String text) {
        return switch (language) {
            case GERMAN ->
                FunctionWords.count(words, FunctionWords.GERMAN) > 0
                        || GERMAN_LETTERS.matcher(text).find();
            case POLISH ->
                FunctionWords.count(words, FunctionWords.POLISH) > 0
                        || POLISH_LETTERS.matcher(text).find();
            case DUTCH -> FunctionWords.count(words, FunctionWords.DUTCH) > 0;
            case ENGLISH -> FunctionWords.count(words, FunctionWords.ENGLISH) > 0;
            default -> true;
        };
    }
}
