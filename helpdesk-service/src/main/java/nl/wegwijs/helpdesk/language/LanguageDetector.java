package nl.wegwijs.helpdesk.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects the language of a short question with Lingua (ADR 0003), restricted to the languages the
 * helpdesk receives so models stay small and short texts are not mistaken for unrelated languages.
 * Ukrainian and Russian typed in Latin letters are recognised first ({@link TransliteratedText}), and
 * again when Lingua takes such a text for Polish or German but nothing in it is Polish. Answers
 * {@code und} when the text has too few letters or the detector is unsure.
 */
public class LanguageDetector {

    private static final Logger log = LoggerFactory.getLogger(LanguageDetector.class);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Map<Language, String> CODES = Map.of(
            Language.UKRAINIAN, "uk",
            Language.RUSSIAN, "ru",
            Language.DUTCH, "nl",
            Language.ENGLISH, "en",
            Language.GERMAN, "de",
            Language.POLISH, "pl");

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final double minimumConfidence;

    public LanguageDetector(double minimumConfidence) {
        this.minimumConfidence = minimumConfidence;
        this.lingua = LanguageDetectorBuilder.fromLanguages(CODES.keySet().toArray(Language[]::new))
                .build();
    }

    /** Loads the language models now rather than on the first question (a few seconds). */
    public void warmUp() {
        long start = System.nanoTime();
        lingua.detectLanguageOf("Waar kan ik een BSN krijgen? Де можна отримати BSN?");
        log.info("Language models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    public DetectedLanguage detect(String text) {
        if (text == null || LETTER.matcher(text).results().count() < 3) {
            return DetectedLanguage.undetermined();
        }
        DetectedLanguage latin = TransliteratedText.detect(text);
        if (latin != null) {
            return latin;
        }
        SortedMap<Language, Double> confidences = lingua.computeLanguageConfidenceValues(text);
        if (confidences.isEmpty()) {
            return DetectedLanguage.undetermined();
        }
        Map.Entry<Language, Double> best = confidences.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow();
        if (best.getKey() == Language.POLISH || best.getKey() == Language.GERMAN) {
            DetectedLanguage second = TransliteratedText.insteadOfPolishOrGerman(text);
            if (second != null) {
                return second;
            }
        }
        String code = CODES.get(best.getKey());
        if (code == null || best.getValue() < minimumConfidence) {
            return new DetectedLanguage(DetectedLanguage.UNDETERMINED, best.getValue(), false);
        }
        return new DetectedLanguage(code.toLowerCase(Locale.ROOT), best.getValue(), false);
    }
}
