package nl.wegwijs.matching.engine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises skills and certificates so that the same thing written differently matches. Case, accents,
 * punctuation, apostrophes and spacing never count, in any script. A skill the {@link SkillVocabulary} knows, in
 * any of its languages or spellings ("orderpicken", "order picking", "комплектування замовлень"), becomes its
 * concept's id; any other skill stays its normalised wording, so it matches only the same words.
 */
public final class Skills {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['`\u00B4\u2018\u2019\u02BC]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private Skills() {}

    /** The concept id of a skill the vocabulary knows; the normalised wording of any other. */
    public static String normalise(String skill) {
        return SkillVocabulary.shipped()
                .find(skill)
                .map(SkillVocabulary.Concept::id)
                .orElseGet(() -> plain(skill));
    }

    /** Whether the vocabulary knows the skill, so that it matches its other names and translations too. */
    public static boolean known(String skill) {
        return SkillVocabulary.shipped().find(skill).isPresent();
    }

    /**
     * Lower case, without accents or apostrophes, letters and digits of any script kept, everything else one space.
     * Text with no letter or digit at all (emoji) is kept as written, so two different such skills do not match.
     */
    static String plain(String skill) {
        String stripped = skill.strip();
        String decomposed = MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String plain = NOT_A_WORD
                .matcher(APOSTROPHES.matcher(decomposed).replaceAll(""))
                .replaceAll(" ")
                .strip();
        return plain.isEmpty() ? stripped.toLowerCase(Locale.ROOT) : plain;
    }
}
