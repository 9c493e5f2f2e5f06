package nl.wegwijs.helpdesk.language;

/**
 * The outcome of language detection.
 *
 * @param code ISO 639-1 code, or {@code und} when unsure
 * @param confidence 0..1: Lingua's confidence in the language relative to its first choice (which has 1.0), or for
 *     Latin-letter Ukrainian and Russian how much of the text is telling words; informative only
 * @param transliterated the text is Ukrainian or Russian typed in Latin letters
 */
public record DetectedLanguage(String code, double confidence, boolean transliterated) {

    public static final String UNDETERMINED = "und";

    static DetectedLanguage undetermined() {
        return new DetectedLanguage(UNDETERMINED, 0, false);
    }
}
