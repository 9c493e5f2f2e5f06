package nl.wegwijs.matching.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wegwijs.platform.language.Transliteration;
import nl.wegwijs.platform.language.Transliteration.Scheme;

/**
 * The skill vocabulary shipped in {@value #RESOURCE}: concepts (order picking, forklift, verzorgende IG...) with the
 * names people give them in Dutch, English, Ukrainian and Russian, so that a vacancy written in one language finds
 * candidates whose profile is kept in another. It is data: adding a concept or a label is an edit of that file (its
 * header says how), no code. Labels compare as {@link Skills} normalises them, and without spaces ("order picking" is
 * "orderpicking"); Ukrainian and Russian labels are also known in two Latin transliterations each. A label belongs to
 * one concept only: a file that lists one under two concepts is refused, naming both, so the service does not start
 * (and the build, which loads the file in a test, fails).
 */
public final class SkillVocabulary {

    public static final String RESOURCE = "skills/skill-vocabulary.txt";

    /** The languages a label line may be written in. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "uk", "ru");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A concept: its id and its labels per language, as written in the file. */
    public record Concept(String id, Map<String, List<String>> labels) {}

    private final Map<String, Concept> concepts;
    private final Map<String, Concept> byKey;

    private SkillVocabulary(Map<String, Concept> concepts, Map<String, Concept> byKey) {
        this.concepts = Collections.unmodifiableMap(concepts);
        this.byKey = Map.copyOf(byKey);
    }

    /** The vocabulary shipped with the service, loaded once. */
    public static SkillVocabulary shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final SkillVocabulary INSTANCE = load(RESOURCE);
    }

    static SkillVocabulary load(String resource) {
        try (InputStream in = SkillVocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the vocabulary format (see the header of {@value #RESOURCE}); {@code source} names it in errors. */
    static SkillVocabulary parse(String source, List<String> lines) {
        Map<String, Map<String, List<String>>> labels = new LinkedHashMap<>();
        Map<String, String> explicit = new HashMap<>(); // key -> concept id
        Map<String, Integer> where = new HashMap<>(); // key -> line it was first given on
        String current = null;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw problem(source, n, "a concept line looks like [concept-id]");
                }
                current = line.substring(1, line.length() - 1).strip();
                if (!ID.matcher(current).matches()) {
                    throw problem(
                            source, n, "concept id \"" + current + "\" is not lower case letters, digits and hyphens");
                }
                if (labels.containsKey(current)) {
                    throw problem(source, n, "concept [" + current + "] is listed twice");
                }
                labels.put(current, new LinkedHashMap<>());
                // the id is a label too, so a plain wording can never equal an id that is not its own concept's
                claim(source, n, current, current.replace('-', ' '), explicit, where);
                continue;
            }
            int colon = line.indexOf(':');
            String language = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!LANGUAGES.contains(language)) {
                throw problem(source, n, "a label line starts with one of " + LANGUAGES + " and a colon");
            }
            if (current == null) {
                throw problem(source, n, "labels before the first [concept-id]");
            }
            for (String label : line.substring(colon + 1).split("\\|")) {
                String written = label.strip();
                if (written.isEmpty()) {
                    continue;
                }
                claim(source, n, current, written, explicit, where);
                labels.get(current)
                        .computeIfAbsent(language, l -> new ArrayList<>())
                        .add(written);
            }
        }

        // Latin transliterations of the Ukrainian and Russian labels: never over a label written in the file, and
        // dropped when two concepts would share one
        Map<String, Set<String>> romanised = new HashMap<>();
        labels.forEach((id, byLanguage) -> {
            for (String language : List.of("uk", "ru")) {
                for (String label : byLanguage.getOrDefault(language, List.of())) {
                    for (String latin : latinSpellings(language, label)) {
                        romanised
                                .computeIfAbsent(key(latin), k -> new LinkedHashSet<>())
                                .add(id);
                    }
                }
            }
        });

        Map<String, Concept> concepts = new LinkedHashMap<>();
        labels.forEach((id, byLanguage) -> {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            byLanguage.forEach((language, list) -> copy.put(language, List.copyOf(list)));
            concepts.put(id, new Concept(id, Collections.unmodifiableMap(copy)));
        });
        Map<String, Concept> byKey = new HashMap<>();
        explicit.forEach((key, id) -> byKey.put(key, concepts.get(id)));
        romanised.forEach((key, ids) -> {
            if (!key.isEmpty() && ids.size() == 1 && !byKey.containsKey(key)) {
                byKey.put(key, concepts.get(ids.iterator().next()));
            }
        });
        return new SkillVocabulary(concepts, byKey);
    }

    private static void claim(
            String source,
            int line,
            String concept,
            String label,
            Map<String, String> explicit,
            Map<String, Integer> where) {
        String key = key(label);
        if (key.isEmpty()) {
            throw problem(source, line, "label \"" + label + "\" has no letters or digits");
        }
        String owner = explicit.putIfAbsent(key, concept);
        if (owner == null) {
            where.put(key, line);
        } else if (!owner.equals(concept)) {
            throw problem(
                    source,
                    line,
                    "label \"" + label + "\" of [" + concept + "] is also a label of [" + owner + "] (line "
                            + where.get(key) + "); a label may name one concept only");
        }
    }

    private static IllegalStateException problem(String source, int line, String message) {
        return new IllegalStateException(source + " line " + line + ": " + message);
    }

    /** How labels and skills are compared: normalised as {@link Skills#plain} does, spaces left out. */
    static String key(String text) {
        return Skills.plain(text).replace(" ", "");
    }

    /** The concept a skill, certificate or label names, written in any of the ways the vocabulary knows. */
    public Optional<Concept> find(String skill) {
        return skill == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(skill)));
    }

    public Collection<Concept> concepts() {
        return concepts.values();
    }

    public int size() {
        return concepts.size();
    }

    /**
     * A Ukrainian or Russian label in Latin letters, two ways each: the official system (Ukrainian: the national
     * system of 2010, as in passports; Russian: the passport system of 2013) and the popular one people type ("ya",
     * "yu", "yo"); empty for other languages and for a label in Latin letters already.
     */
    private static Set<String> latinSpellings(String language, String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        List<Scheme> schemes = switch (language) {
            case "uk" -> List.of(Scheme.UKRAINIAN_NATIONAL, Scheme.UKRAINIAN_POPULAR);
            case "ru" -> List.of(Scheme.RUSSIAN_PASSPORT, Scheme.RUSSIAN_POPULAR);
            default -> List.of();
        };
        Set<String> out = new LinkedHashSet<>();
        schemes.forEach(scheme -> out.add(Transliteration.toLatin(lower, scheme)));
        out.remove(lower);
        return out;
    }
}
