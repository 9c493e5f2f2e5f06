package nl.wegwijs.knowledge.language;

import java.util.Locale;
import java.util.Set;

/** ISO 639-1 language codes, as the public contract names languages ({@code uk}, {@code ru}, {@code nl}, ...). */
public final class LanguageCodes {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageCodes() {}

    /** True for a lower-case two-letter ISO 639-1 code ({@code uk}); false for {@code xx}, {@code UK}, {@code ukr}. */
    public static boolean isIso639_1(String code) {
        return code != null && ISO_639_1.contains(code);
    }
}
