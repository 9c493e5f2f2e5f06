package nl.wegwijs.expertpool.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.platform.privacy.Redactor;

/**
 * The name of an erased expert, and where it leaves the texts the service keeps: precisely, so that other people
 * who share a first name keep theirs, and safely, so that nothing of the name stays where it points to them.
 *
 * <ul>
 *   <li>The <b>full name</b> goes from every text: two parts of the name next to each other, in any order and
 *       script, inflected or transliterated as far as the platform's {@link Redactor} recognises a name ("Olena
 *       Kovalenko", "Kovalenko Olena", "Kovalenko, Olena", "Олени Коваленко"), also with an initial ("O.
 *       Kovalenko", "Olena K.", and for a name stored as "Olena K." any "Olena K..."). First name and patronymic
 *       ("Olena Petrivna") count as the full name too.
 *   <li>The <b>surname</b> on its own goes from every text ("mevrouw Kovalenko", "Коваленко").
 *   <li>A <b>first name</b> (or another given name, a patronymic) on its own goes only from <em>their</em> texts:
 *       those of the sessions they were invited to or attended, and of the agenda points raised in those sessions
 *       or that they raised, supported or took to parliament (with the points' steps and quotes, from which the
 *       briefs are made). Elsewhere a lone "Olena" is someone else and stays.
 *   <li>In their texts the lone first name goes <b>also when another expert of that session has the same first
 *       name</b>: it may mean either of them, and in doubt a text loses a name rather than keep the erased
 *       expert's (privacy first). What stays is that other expert's full name ("Olena Shevchenko"): it is not
 *       the erased expert's.
 *   <li>An initial on its own and a surname stored only as an initial ("K.") never go on their own: they name
 *       nobody.
 * </ul>
 *
 * The stored name's last word is taken for the surname (or its words in capitals: "KOVALENKO Olena"); particles
 * ("van", "de") stay, as the Redactor leaves them; a name of one word is taken for a first name. One instance per
 * erasure: it remembers the words it has judged, and is not for use by several threads.
 */
public final class ErasedName {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    /** A word as the Redactor reads names: letters, with apostrophes inside ("Bohdan's"); hyphens split. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’ʼ`]*", FLAGS);
    /** Particles inside a name ("Sanne de Vries", "Anna van der Berg"). */
    private static final String IN_NAME =
            "(?:\\h+(?i:van|de|der|den|von|la|le|ter|ten|het|'t|di|da|du|dos|del|el|al|bin|ibn))*";
    /** Between the words of one name: spaces on one line, maybe particles; or a hyphen ("olena-kovalenko"). */
    private static final Pattern SPACE = Pattern.compile("(?:" + IN_NAME + "\\h+|-)");
    /** After an initial: its dot, then spaces ("O. Kovalenko"). */
    private static final Pattern AFTER_INITIAL = Pattern.compile("\\.?" + IN_NAME + "\\h*");
    /** Surname first, as lists write it: "Kovalenko, Olena". */
    private static final Pattern COMMA = Pattern.compile("\\h*,\\h*");

    /** Parts of names that are also ordinary words; never a name on their own (as in the Redactor). */
    private static final Set<String> PARTICLES = Set.of(
            "de", "van", "der", "den", "von", "la", "le", "ter", "ten", "het", "t", "di", "da", "du", "dos", "del",
            "el", "al", "bin", "ibn", "op", "in", "and", "en", "y");

    /** One word of a stored name. */
    record Part(String word, boolean surname) {

        boolean initial() {
            return word.codePointCount(0, word.length()) == 1;
        }
    }

    private enum Gap {
        NONE,
        SPACE,
        COMMA
    }

    private record Word(int start, int end, String text) {

        boolean initial() {
            return text.codePointCount(0, text.length()) == 1 && Character.isUpperCase(text.codePointAt(0));
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private final Redactor redactor;
    private final List<Part> parts;
    private final List<String> fullWords;
    private final Supplier<? extends Collection<String>> otherExperts;
    private final Map<String, Optional<String>> forms = new HashMap<>();
    private List<List<Part>> namesakes;

    /**
     * @param name the name the service held for the erased expert (null: nothing to take out)
     * @param otherExperts the names of the experts who are not erased, asked for only when a lone first name in
     *     their texts may be part of another expert's full name
     */
    ErasedName(Redactor redactor, String name, Supplier<? extends Collection<String>> otherExperts) {
        this.redactor = redactor;
        this.parts = parts(name);
        this.fullWords = parts.stream()
                .filter(p -> !p.initial())
                .map(Part::word)
                .distinct()
                .toList();
        this.otherExperts = otherExperts;
    }

    /**
     * A stored text without the erased expert's name as described above, and without contact data should older
     * text still hold any; {@code theirs}: the text belongs to a session or agenda point of theirs. Null stays null.
     */
    public String text(String text, boolean theirs) {
        if (text == null || parts.isEmpty()) {
            return text;
        }
        return namesOut(redactor.redactKeepingOtherNames(text, List.of()), theirs);
    }

    /**
     * A session's location as typed, unless it names the erased expert (their home, say): then without their name
     * and without the address.
     */
    public String place(String place, boolean theirs) {
        if (place == null || parts.isEmpty()) {
            return place;
        }
        String named = namesOut(place, theirs);
        return named.equals(place) ? place : redactor.redactKeepingOtherNames(named, List.of());
    }

    // --- the name's parts

    static List<Part> parts(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<String> tokens = Arrays.stream(name.strip().split("\\s+"))
                .filter(t -> !PARTICLES.contains(t.toLowerCase(Locale.ROOT)))
                .filter(t -> WORD.matcher(t).find())
                .toList();
        Set<Integer> surnames = new HashSet<>();
        if (tokens.size() > 1) {
            for (int i = 0; i < tokens.size(); i++) {
                if (inCapitals(tokens.get(i))) {
                    surnames.add(i);
                }
            }
            if (surnames.isEmpty() || surnames.size() == tokens.size()) {
                surnames = Set.of(tokens.size() - 1);
            }
        }
        Set<Part> parts = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Matcher word = WORD.matcher(tokens.get(i));
            while (word.find()) {
                parts.add(new Part(word.group(), surnames.contains(i)));
            }
        }
        return List.copyOf(parts);
    }

    private static boolean inCapitals(String token) {
        long letters = token.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && token.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    // --- taking the name out of a text

    private String namesOut(String text, boolean theirs) {
        List<Word> words = words(text);
        int n = words.size();
        List<Set<Integer>> formsOf = new ArrayList<>(n);
        List<Set<Integer>> initialsOf = new ArrayList<>(n);
        for (Word word : words) {
            formsOf.add(formsOf(word));
            initialsOf.add(initialsOf(word));
        }
        boolean[] out = new boolean[n];
        // the full name: two parts of it next to each other
        for (int k = 0; k + 1 < n; k++) {
            Gap gap = gap(text, words.get(k), words.get(k + 1));
            if (gap != Gap.NONE && fullName(text, words, formsOf, initialsOf, k, gap)) {
                out[k] = true;
                out[k + 1] = true;
            }
        }
        // the surname alone everywhere, a given name alone in their texts
        for (int k = 0; k < n; k++) {
            if (out[k] || formsOf.get(k).isEmpty()) {
                continue;
            }
            boolean surname = formsOf.get(k).stream().anyMatch(i -> parts.get(i).surname());
            out[k] = surname || (theirs && !namesakesFullName(text, words, k));
        }
        StringBuilder result = new StringBuilder();
        int copied = 0;
        for (int k = 0; k < n; k++) {
            if (out[k]) {
                Word word = words.get(k);
                result.append(text, copied, word.start()).append(replacement(word, formsOf.get(k)));
                copied = word.end();
            }
        }
        return result.append(text.substring(copied)).toString();
    }

    /** Words k and k + 1 are two different parts of the name, at least one of them written out. */
    private boolean fullName(
            String text, List<Word> words, List<Set<Integer>> formsOf, List<Set<Integer>> initialsOf, int k, Gap gap) {
        Set<Integer> formsA = formsOf.get(k);
        Set<Integer> formsB = formsOf.get(k + 1);
        if (twoParts(formsA, formsB)) {
            // "Kovalenko, Olena" is one person; "Olena Kovalenko, Olena Shevchenko" lists two
            boolean surnameFirst = formsA.stream().anyMatch(i -> parts.get(i).surname())
                    && formsB.stream().anyMatch(i -> !parts.get(i).surname());
            boolean givenFirst = formsA.stream().anyMatch(i -> !parts.get(i).surname())
                    && formsB.stream().anyMatch(i -> parts.get(i).surname());
            if (gap == Gap.COMMA && !surnameFirst) {
                return false;
            }
            return givenFirst || !beginsAnotherName(text, words, formsOf, initialsOf, k + 1);
        }
        if (gap != Gap.SPACE) {
            return false;
        }
        Set<Integer> anyA = union(formsA, initialsOf.get(k));
        Set<Integer> anyB = union(formsB, initialsOf.get(k + 1));
        return twoParts(formsA, anyB) || twoParts(anyA, formsB);
    }

    /** Word k (a given name) is followed by a capitalised word that is no part of the erased name: another name. */
    private boolean beginsAnotherName(
            String text, List<Word> words, List<Set<Integer>> formsOf, List<Set<Integer>> initialsOf, int k) {
        if (k + 1 >= words.size()) {
            return false;
        }
        Word next = words.get(k + 1);
        return next.capitalised()
                && formsOf.get(k + 1).isEmpty()
                && initialsOf.get(k + 1).isEmpty()
                && gap(text, words.get(k), next) == Gap.SPACE;
    }

    private static boolean twoParts(Set<Integer> a, Set<Integer> b) {
        for (int i : a) {
            for (int j : b) {
                if (i != j) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private Gap gap(String text, Word a, Word b) {
        String between = text.substring(a.end(), b.start());
        if ((a.initial() ? AFTER_INITIAL : SPACE).matcher(between).matches() && !between.isEmpty()) {
            return Gap.SPACE;
        }
        return COMMA.matcher(between).matches() ? Gap.COMMA : Gap.NONE;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            boolean marker = word.start() > 0 && text.charAt(word.start() - 1) == '[';
            if (!marker && !PARTICLES.contains(word.group().toLowerCase(Locale.ROOT))) {
                words.add(new Word(word.start(), word.end(), word.group()));
            }
        }
        return words;
    }

    /** The parts of the name (not initials) the word is a form of, as the Redactor judges it. */
    private Set<Integer> formsOf(Word word) {
        if (word.text().codePointCount(0, word.text().length()) < 2
                || fullWords.isEmpty()
                || form(word.text(), fullWords).isEmpty()) {
            return Set.of();
        }
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (!part.initial() && form(word.text(), List.of(part.word())).isPresent()) {
                found.add(i);
            }
        }
        return found;
    }

    /** The parts the word stands for by its initial: "O." for Olena, "Kovalenko" for a stored "K.". */
    private Set<Integer> initialsOf(Word word) {
        if (!word.capitalised()) {
            return Set.of();
        }
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if ((word.initial() || part.initial()) && Initials.same(word.text(), part.word())) {
                found.add(i);
            }
        }
        return found;
    }

    /** How the Redactor writes the word when it is a form of one of {@code names}; empty when it is not. */
    private Optional<String> form(String word, List<String> names) {
        return forms.computeIfAbsent(word + '\u0000' + String.join("\u0000", names), key -> {
            String with = redactor.redactKeepingOtherNames(word, names);
            if (!with.contains(Redactor.NAME) || with.equals(redactor.redactKeepingOtherNames(word, List.of()))) {
                return Optional.empty();
            }
            return Optional.of(with);
        });
    }

    private String replacement(Word word, Set<Integer> formsOf) {
        return formsOf.stream()
                .sorted()
                .map(i -> form(word.text(), List.of(parts.get(i).word())))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Redactor.NAME);
    }

    // --- another expert's full name: "Olena Shevchenko" is not the erased Olena Kovalenko

    /** The lone given name at k, with the word before or after it, is the full name of another expert. */
    private boolean namesakesFullName(String text, List<Word> words, int k) {
        Word word = words.get(k);
        for (List<Part> other : namesakes()) {
            boolean given = other.stream().anyMatch(p -> !p.surname() && !p.initial() && isForm(word.text(), p));
            if (!given) {
                continue;
            }
            if (k + 1 < words.size()
                    && gap(text, word, words.get(k + 1)) == Gap.SPACE
                    && surnameOf(other, words.get(k + 1))) {
                return true;
            }
            if (k > 0 && gap(text, words.get(k - 1), word) != Gap.NONE && surnameOf(other, words.get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean surnameOf(List<Part> other, Word word) {
        return other.stream()
                .filter(Part::surname)
                .anyMatch(p -> p.initial()
                        ? word.capitalised() && Initials.same(word.text(), p.word())
                        : isForm(word.text(), p));
    }

    private boolean isForm(String word, Part part) {
        return word.codePointCount(0, word.length()) >= 2
                && form(word, List.of(part.word())).isPresent();
    }

    /** The other experts who have a given name the erased expert has too (a form of it in any script). */
    private List<List<Part>> namesakes() {
        if (namesakes == null) {
            List<Part> given =
                    parts.stream().filter(p -> !p.surname() && !p.initial()).toList();
            namesakes = otherExperts.get().stream()
                    .filter(Objects::nonNull)
                    .map(ErasedName::parts)
                    .filter(other -> other.stream()
                            .filter(p -> !p.surname() && !p.initial())
                            .anyMatch(p -> given.stream().anyMatch(g -> isForm(p.word(), g) || isForm(g.word(), p))))
                    .toList();
        }
        return namesakes;
    }

    /** First letters compared across scripts and transliterations: "О" and "O", "Г" and "H" or "G", "Ю" and "Y". */
    static final class Initials {

        private static final Map<Character, String> CYRILLIC = Map.ofEntries(
                Map.entry('А', "A"),
                Map.entry('Б', "B"),
                Map.entry('В', "VW"),
                Map.entry('Г', "HG"),
                Map.entry('Ґ', "G"),
                Map.entry('Д', "D"),
                Map.entry('Е', "EY"),
                Map.entry('Є', "YIEJ"),
                Map.entry('Ж', "ZJ"),
                Map.entry('З', "Z"),
                Map.entry('И', "YI"),
                Map.entry('І', "I"),
                Map.entry('Ї', "YIJ"),
                Map.entry('Й', "YIJ"),
                Map.entry('К', "K"),
                Map.entry('Л', "L"),
                Map.entry('М', "M"),
                Map.entry('Н', "N"),
                Map.entry('О', "O"),
                Map.entry('П', "P"),
                Map.entry('Р', "R"),
                Map.entry('С', "S"),
                Map.entry('Т', "T"),
                Map.entry('У', "U"),
                Map.entry('Ф', "F"),
                Map.entry('Х', "KH"),
                Map.entry('Ц', "TC"),
                Map.entry('Ч', "CT"),
                Map.entry('Ш', "S"),
                Map.entry('Щ', "S"),
                Map.entry('Ю', "YIJ"),
                Map.entry('Я', "YIJ"),
                Map.entry('Ы', "Y"),
                Map.entry('Э', "E"),
                Map.entry('Ё', "YEJ"));

        private Initials() {}

        /** The two words (or initials) begin with the same letter in some script or transliteration. */
        static boolean same(String a, String b) {
            String left = letters(a);
            String right = letters(b);
            return left.chars().anyMatch(c -> right.indexOf(c) >= 0);
        }

        private static String letters(String word) {
            char first = Character.toUpperCase(word.charAt(0));
            String latin = CYRILLIC.get(first);
            if (latin == null) {
                String plain = java.text.Normalizer.normalize(String.valueOf(first), java.text.Normalizer.Form.NFD);
                latin = plain.substring(0, 1);
            }
            StringBuilder folded = new StringBuilder(latin);
            for (char c : latin.toCharArray()) {
                switch (c) {
                    case 'G' -> folded.append('H');
                    case 'H' -> folded.append('G');
                    case 'Y', 'J' -> folded.append("IYJ");
                    case 'I' -> folded.append("YJ");
                    case 'W' -> folded.append('V');
                    case 'V' -> folded.append('W');
                    default -> {}
                }
            }
            return folded.toString();
        }
    }
}
