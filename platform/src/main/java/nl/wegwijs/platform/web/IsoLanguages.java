package nl.wegwijs.platform.web;

import java.util.Locale;
import java.util.Set;

/** The ISO 639-1 language codes the JDK knows; {@link IsoLanguage} validates request fields with them. */
public final class IsoLanguages {

    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    private IsoLanguages() {}

    /** True for a lower-case ISO 639-1 code ({@code uk}); false for {@code xx}, {@code UK}, {@code ukr}, null. */
    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }
}
