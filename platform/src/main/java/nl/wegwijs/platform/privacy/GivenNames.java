package nl.wegwijs.platform.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.platform.language.Transliteration;

/**
 * The gazetteer of given names ({@code given-names.txt} beside this class; its header says where the names come
 * from): common Ukrainian and Russian given names with their diminutives, and common Dutch and English ones.
 *
 * <ul>
 *   <li>A Cyrillic word is known in its cases and vocative, generated here from its ending (Олег: Олега, Олегу,
 *       Олегом, Олеже; Наталя: Наталі, Наталю, Наталею; Ольга: Ольги, Ользі, Ольгу, Ольго), and in Latin letters in
 *       every {@link Transliteration.Scheme} (Наташа Natasha, Артём Artem and Artyom). All are compared by {@link
 *       Transliteration#nameKey}, so other spellings of the same sounds match too ("Yulia", "Julia").
 *   <li>A Cyrillic word is only looked up among the Cyrillic forms, a Latin one among the Latin spellings (not
 *       among transliterated case forms, which would take "Anne" or "Olge" for names from Russian datives); a
 *       capitalised Latin word also with its genitive 's or s taken off ("Olena's", "Pieters fiets", "Annas
 *       afspraak"). Ordinary words that then spell a name ("Iets", "Seems", "Tons") are {@link OrdinaryWords}.
 *   <li>Words marked {@code ?} are also ordinary words (Віра, Надія, Роман, Will, Mark, Ben, Dan): {@link #of}
 *       says {@link Kind#ALSO_A_WORD}, and callers take them for a name only in a name context. Words marked
 *       {@code !} are no name at all, though a transliteration or a name key spells one ("Asia" for Ася, "Пасха"
 *       for Паша), in any case form.
 *   <li>A line is a family (a name and its diminutives): {@link #familyKeys} gives every form of every family a
 *       name belongs to, so that a person who gave "Наталья" loses "Наташа" and "Natasha" too.
 * </ul>
 *
 * Loaded once, on first use; immutable and thread-safe.
 */
final class GivenNames {

    /** What a word is to the gazetteer. */
    enum Kind {
        NONE,
        /** A given name and nothing else in uk/ru/nl/en. */
        NAME,
        /** A given name that is also an ordinary word: a name only in a name context. */
        ALSO_A_WORD
    }

    static final String RESOURCE = "given-names.txt";
    /** Shorter name keys ("an" for Ann, "im" for Jim) fold too many ordinary words together ("Aan", "I'm"). */
    static final int MIN_KEY = 3;

    private static final class Holder {
        static final GivenNames INSTANCE = load();
    }

    private final Set<String> cyrillicKeys;
    private final Set<String> latinKeys;
    /** Lower-case words (ё as е, one apostrophe) that are also ordinary words. */
    private final Set<String> alsoWords;
    /** The names as written (and their Cyrillic case forms), in lower case: a name in lower case must be one. */
    private final Set<String> surfaces;
    /** The names as the list writes them (the nominative of a Cyrillic one), in lower case. */
    private final Set<String> listed;

    private final Set<String> notNames;
    /** Per name key: the keys of every family it belongs to, together. */
    private final Map<String, Set<String>> familyKeysByKey;

    private final int lines;
    private final int words;

    private GivenNames(Builder builder) {
        this.cyrillicKeys = Set.copyOf(builder.cyrillicKeys);
        this.latinKeys = Set.copyOf(builder.latinKeys);
        this.alsoWords = Set.copyOf(builder.alsoWords);
        this.surfaces = Set.copyOf(builder.surfaces);
        this.listed = Set.copyOf(builder.listed);
        this.notNames = Set.copyOf(builder.notNames);
        List<Set<String>> families = builder.families.stream().map(Set::copyOf).toList();
        Map<String, Set<String>> byKey = new HashMap<>();
        builder.familiesByKey.forEach((key, ids) -> {
            if (ids.size() == 1) {
                byKey.put(key, families.get(ids.get(0)));
            } else {
                Set<String> all = new HashSet<>();
                ids.forEach(id -> all.addAll(families.get(id)));
                byKey.put(key, Set.copyOf(all));
            }
        });
        this.familyKeysByKey = Map.copyOf(byKey);
        this.lines = builder.families.size();
        this.words = builder.words;
    }

    static GivenNames instance() {
        return Holder.INSTANCE;
    }

    /**
     * Whether {@code word} is a given name, one that is also an ordinary word, or neither. A capitalised word (or one
     * in capitals) is compared by name key, so other spellings count, also with a genitive ("Pieters": the kind of
     * Pieter); a word in lower case only as the list (or a transliteration or case form) writes it ("oksana",
     * "артема"), as a key would take "aan" for Ann.
     */
    Kind of(String word) {
        if (word.length() < 3) {
            return Kind.NONE;
        }
        String surface = surface(word);
        if (notNames.contains(surface)) {
            return Kind.NONE;
        }
        if (Character.isLowerCase(word.charAt(0))) {
            return surfaces.contains(surface) && !alsoWords.contains(surface) ? Kind.NAME : Kind.NONE;
        }
        boolean cyrillic = Transliteration.hasCyrillic(word);
        String key = Transliteration.nameKey(word);
        boolean known = key.length() >= MIN_KEY && (cyrillic ? cyrillicKeys.contains(key) : latinKeys.contains(key));
        if (!known && !cyrillic && (surface.endsWith("'s"))) {
            surface = surface.substring(0, surface.length() - 2);
            known = latinKeys.contains(Transliteration.nameKey(surface));
        } else if (!known && !cyrillic && surface.length() >= 4 && surface.endsWith("s")) {
            // a Dutch genitive: "Pieters fiets", "Annas afspraak"
            String name = surface.substring(0, surface.length() - 1);
            String nameKey = Transliteration.nameKey(name);
            if (nameKey.length() >= MIN_KEY && latinKeys.contains(nameKey) && !notNames.contains(name)) {
                surface = name;
                known = true;
            }
        }
        if (!known) {
            return Kind.NONE;
        }
        return alsoWords.contains(surface) ? Kind.ALSO_A_WORD : Kind.NAME;
    }

    /**
     * The name keys of every form (both scripts) of every family {@code word} belongs to ("Наталья": Наташа,
     * Natasha, Наталі, ...); empty when the word is in no family.
     */
    Set<String> familyKeys(String word) {
        Set<String> keys = familyKeysByKey.get(Transliteration.nameKey(word));
        return keys == null ? Set.of() : keys;
    }

    /** Whether {@code word} is a name as the list writes it: "Олена", not "Олени" (any letter case). */
    boolean isAsListed(String word) {
        return listed.contains(surface(word));
    }

    /** Families (lines) and names (words) in the list. */
    int families() {
        return lines;
    }

    int names() {
        return words;
    }

    /** Lower case, ё as е, every apostrophe as ', so that "Тёма" and "тема", "Дар’я" and "Дар'я" compare alike. */
    static String surface(String word) {
        return word.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replace('’', '\'')
                .replace('ʼ', '\'')
                .replace('`', '\'');
    }

    // --- loading

    static GivenNames load() {
        try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Builder builder = new Builder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#") && !entry.startsWith("[")) {
                        builder.family(entry.split("\\s+"));
                    }
                }
            }
            return new GivenNames(builder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder {

        final Set<String> cyrillicKeys = new HashSet<>();
        final Set<String> latinKeys = new HashSet<>();
        final Set<String> alsoWords = new HashSet<>();
        final Set<String> surfaces = new HashSet<>();
        final Set<String> listed = new HashSet<>();
        final Set<String> notNames = new HashSet<>();
        final Map<String, List<Integer>> familiesByKey = new HashMap<>();
        final List<Set<String>> families = new ArrayList<>();
        int words;

        void family(String[] entries) {
            int id = families.size();
            Set<String> keys = new LinkedHashSet<>();
            for (String entry : entries) {
                boolean alsoAWord = entry.startsWith("?");
                boolean notAName = entry.startsWith("!");
                String word = alsoAWord || notAName ? entry.substring(1) : entry;
                if (notAName) {
                    Set<String> forms = Transliteration.hasCyrillic(word) ? cyrillicForms(word) : Set.of(word);
                    forms.forEach(form -> notNames.add(surface(form)));
                    continue;
                }
                words++;
                listed.add(surface(word));
                if (Transliteration.hasCyrillic(word)) {
                    for (String form : cyrillicForms(word)) {
                        surfaces.add(surface(form));
                        String key = Transliteration.nameKey(form);
                        cyrillicKeys.add(key);
                        keys.add(key);
                        if (alsoAWord) {
                            alsoWords.add(surface(form));
                        }
                    }
                    for (String latin : latinSpellings(word)) {
                        surfaces.add(surface(latin));
                        String key = Transliteration.nameKey(latin);
                        latinKeys.add(key);
                        keys.add(key);
                        if (alsoAWord) {
                            alsoWords.add(surface(latin));
                        }
                    }
                } else {
                    surfaces.add(surface(word));
                    String key = Transliteration.nameKey(word);
                    latinKeys.add(key);
                    keys.add(key);
                    if (alsoAWord) {
                        alsoWords.add(surface(word));
                    }
                }
            }
            if (keys.isEmpty()) {
                return;
            }
            families.add(keys);
            for (String key : keys) {
                familiesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            }
        }
    }

    /** The word in every transliteration scheme, and for a Russian Е at the start also with Ye (Елена Yelena). */
    static Set<String> latinSpellings(String cyrillic) {
        Set<String> spellings = new LinkedHashSet<>();
        for (Transliteration.Scheme scheme : Transliteration.Scheme.values()) {
            spellings.add(Transliteration.toLatin(cyrillic, scheme));
        }
        if (cyrillic.startsWith("Е")) {
            spellings.add(
                    "Ye" + Transliteration.toLatin(cyrillic.substring(1), Transliteration.Scheme.RUSSIAN_POPULAR));
        }
        return spellings;
    }

    /**
     * The name and its case forms, Ukrainian and Russian together, from its ending. Generous: a form that is no
     * real case of this name is harmless, as long as it is no ordinary word (the tests of ordinary questions say
     * so).
     */
    static Set<String> cyrillicForms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        String lower = name.toLowerCase(Locale.ROOT);
        int n = name.length();
        char last = lower.charAt(n - 1);
        char beforeLast = n > 1 ? lower.charAt(n - 2) : ' ';
        String stem = name.substring(0, n - 1);
        if (last == 'я' && "іиь'’".indexOf(beforeLast) >= 0) {
            // Марія Марії Марію Марією Маріє; Мария Марии Марию Марией; Наталья Натальи Наталье Наталью Натальей
            add(forms, stem, "ї", "ю", "єю", "є", "и", "ей", "ею", "е", "і");
        } else if (last == 'я') {
            // Наталя Наталі Наталю Наталею; Таня Тани Тане Таней; Ілля Іллі Іллю Іллею
            add(forms, stem, "і", "ю", "ею", "е", "и", "ей");
        } else if (last == 'а') {
            // Олена Олени Олені Олену Оленою Олено; Анна Анны Анне Анной; Микола Миколи Миколо
            add(forms, stem, "и", "і", "у", "ою", "о", "ы", "е", "ой");
            String dative = dativeStem(stem);
            if (dative != null) {
                forms.add(dative + "і"); // Ольга Ользі, Наталка Наталці
            }
        } else if (last == 'о') {
            // Петро Петра Петру Петрові Петром Петре; Сашко Сашка Сашку
            add(forms, stem, "а", "у", "ові", "ом", "е", "і");
        } else if (last == 'й') {
            // Сергій Сергія Сергію Сергієві Сергієм; Сергей Сергея Сергею Сергеем Сергее; Дмитрий Дмитрия Дмитрии
            add(forms, stem, "я", "ю", "єві", "єм", "ї", "і", "е", "ем", "и");
        } else if (last == 'ь') {
            // Василь Василя Василю Василеві Василем; Игорь Игоря Игорю Игорем Игоре; Любовь Любови
            add(forms, stem, "я", "ю", "еві", "ем", "і", "е", "и", "ью");
        } else if (Character.isLetter(last)) {
            // Олег Олега Олегу Олегові Олегом Олеже; Тарас Тарасе; Ігор Ігоря Ігорю Ігорем
            add(forms, name, "а", "у", "ові", "ом", "е", "і", "ю", "я", "ем");
            String vocative = vocativeStem(name);
            if (vocative != null) {
                forms.add(vocative + "е"); // Олег Олеже
            }
            if (beforeLast == 'і' && n > 3) {
                // Федір Федора, Яків Якова
                String oStem = name.substring(0, n - 2) + "о" + name.charAt(n - 1);
                add(forms, oStem, "а", "у", "ові", "ом", "е", "і");
            }
            if (lower.endsWith("ел") && n > 4) {
                add(forms, name.substring(0, n - 2) + "л", "а", "у", "ом", "е"); // Павел Павла
            }
        }
        return forms;
    }

    private static void add(Set<String> forms, String stem, String... endings) {
        for (String ending : endings) {
            forms.add(stem + ending);
        }
    }

    /** The stem with its last г, к or х as before a dative і: Ольг- Ольз-, Наталк- Наталц-, Тих- Тис-. */
    private static String dativeStem(String stem) {
        return changedLast(stem, "з", "ц", "с");
    }

    /** The name with its last г, к or х as before a vocative е: Олег Олеж-, Марк Марч-. */
    private static String vocativeStem(String name) {
        return changedLast(name, "ж", "ч", "ш");
    }

    private static String changedLast(String word, String forG, String forK, String forKh) {
        if (word.length() < 2) {
            return null;
        }
        String head = word.substring(0, word.length() - 1);
        return switch (word.charAt(word.length() - 1)) {
            case 'г' -> head + forG;
            case 'к' -> head + forK;
            case 'х' -> head + forKh;
            default -> null;
        };
    }
}
