package nl.wegwijs.platform.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary words that people capitalise where a name may stand, so that the Redactor does not take them for one: "my
 * son Goes to school", "моя дочка Ходить до школи", "mijn man Werkt in Zwolle", "Large family needs a house".
 *
 * <ul>
 *   <li>the words of {@code ordinary-words.txt} beside this class: verbs in the forms that follow a subject,
 *       auxiliaries, adverbs, conjunctions, prepositions, pronouns and possessives in uk/ru/nl/en (none of them a
 *       given name of the gazetteer: a test says so);
 *   <li>Ukrainian and Russian verbs by their endings, as no list holds them all: present tense ("працює", "шукає",
 *       "ходить", "работает", "живёт"), reflexive ("навчається", "учится", "навчалася") and past tense of verbs in
 *       -вати ("працювала", "працював"). No Ukrainian or Russian given name ends so; a name of the gazetteer is a name
 *       all the same (callers ask it first).
 * </ul>
 *
 * Loaded once, on first use; immutable and thread-safe.
 */
final class OrdinaryWords {

    static final String RESOURCE = "ordinary-words.txt";

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    /** Endings of Ukrainian and Russian verb forms that no given name has. */
    private static final String[] VERB_ENDINGS = {
        "ться", "тся", "тися", "вся", "лася", "лися", "лось", "лся", "ає", "яє", "ує", "ює", "іє", "ить", "ать", "ять",
        "ает", "яет", "ует", "еет", "ёт", "вала", "вав", "вали"
    };

    private OrdinaryWords() {}

    /** Whether {@code word} (any case) is one of the listed ordinary words. */
    static boolean listed(String word) {
        return Holder.WORDS.contains(GivenNames.surface(word));
    }

    /** Whether {@code word} is a Ukrainian or Russian verb form by its ending ("Ходить", "Працює", "Учится"). */
    static boolean looksLikeAVerb(String word) {
        if (word.length() < 5 || !isCyrillic(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : VERB_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The listed words, for tests. */
    static Set<String> words() {
        return Holder.WORDS;
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    private static Set<String> load() {
        try (InputStream in = OrdinaryWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("[")) {
                    continue;
                }
                for (String word : entry.split("\\s+")) {
                    words.add(GivenNames.surface(word));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
