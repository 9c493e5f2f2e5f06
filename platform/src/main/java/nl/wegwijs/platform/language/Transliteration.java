package nl.wegwijs.platform.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ukrainian and Russian between Cyrillic and Latin letters: the one table every service uses.
 *
 * <p>Newcomers write their languages in Latin letters in several ways: their passport has the official spelling
 * ("Iuliia"), a chat message the popular one ("Yuliya"), and a search box whatever comes to mind ("Julia"). Three
 * uses, three kinds of method:
 *
 * <ul>
 *   <li>{@link #toLatin(String, Scheme)}: a text in one named {@link Scheme}, to know a word in the spellings people
 *       will type (matching-service knows its Ukrainian and Russian skill labels in Latin letters this way);
 *   <li>{@link #toCyrillic(String, String)}: Latin-letter Ukrainian or Russian back to Cyrillic, best effort, for
 *       what only reads Cyrillic (knowledge-service's lemmatisers);
 *   <li>{@link #searchKey(String)} and {@link #nameKey(String)}: one key for a word in either script and any
 *       spelling, to compare words, not to read them (knowledge-service's search terms; the redactor's names);
 *       {@link #nameSoundKeys(String)}: how a name sounds, read as Dutch, German, Polish, French and English spell
 *       Ukrainian and Russian names ("Mychajlo", "Michail", "Mykhailo"; "Gryzenko", "Hrycenko", "Hrytsenko").
 * </ul>
 *
 * Pure and thread-safe.
 */
public final class Transliteration {

    /**
     * The named ways of writing Ukrainian or Russian in Latin letters. A letter the scheme's language does not have
     * (Russian ы in a Ukrainian scheme, Ukrainian ї in a Russian one) stays as it is; apostrophes are left out
     * ("м'ясо" is "miaso"); capitals stay capitals ("Київ" is "Kyiv", "КИЇВ" is "KYIV").
     */
    public enum Scheme {
        /**
         * Ukraine's national system (Cabinet of Ministers resolution 55 of 2010), in Ukrainian passports and on road
         * signs, so what a Ukrainian's documents say: Київ Kyiv, Харків Kharkiv, щ shch, ґ g, ь left out; є ї й ю я
         * are ye yi y yu ya at the start of a word and ie i i iu ia elsewhere (also after an apostrophe: Знам'янка
         * Znamianka); зг is zgh, so that it is not read as ж.
         */
        UKRAINIAN_NATIONAL("г h, ґ g, и y, і i, є ie, ї i, й i, ю iu, я ia", "є ye, ї yi, й y, ю yu, я ya"),
        /** Ukrainian as people type it: є ї й ю я always ye yi y yu ya (Київ Kyyiv, Марія Mariya). */
        UKRAINIAN_POPULAR("г h, ґ g, и y, і i, є ye, ї yi, й y, ю yu, я ya", ""),
        /**
         * Russian passports since 2013 (ICAO Doc 9303), so what a Russian's documents say: ё e, й i, ъ ie, ы y, э e,
         * ю iu, я ia everywhere (Юлия Iuliia, Артём Artem).
         */
        RUSSIAN_PASSPORT("г g, ё e, и i, й i, ъ ie, ы y, э e, ю iu, я ia", ""),
        /** Russian as people type it: ё yo, й y, ю yu, я ya, ъ left out (Юлия Yuliya, Артём Artyom). */
        RUSSIAN_POPULAR("г g, ё yo, и i, й y, ъ, ы y, э e, ю yu, я ya", "");

        private final Map<Character, String> letters;
        private final Map<Character, String> atWordStart;

        Scheme(String ownLetters, String atWordStart) {
            Map<Character, String> all = new HashMap<>(Letters.SHARED);
            all.putAll(Letters.table(ownLetters));
            this.letters = Map.copyOf(all);
            this.atWordStart = Letters.table(atWordStart);
        }

        /** The Latin spelling of one lower-case letter, or null when the scheme does not have it. */
        String latin(char lower, boolean wordStart) {
            String start = wordStart ? atWordStart.get(lower) : null;
            return start != null ? start : letters.get(lower);
        }
    }

    private static final class Letters {

        /** What every scheme writes alike; ь and apostrophes are left out. */
        static final Map<Character, String> SHARED =
                table("а a, б b, в v, д d, е e, ж zh, з z, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u, ф f, х kh,"
                        + " ц ts, ч ch, ш sh, щ shch, ь, ', ’, ʼ");

        private Letters() {}

        /** Reads "г h, ъ, ...": a Cyrillic letter and its Latin spelling; a letter alone is left out. */
        static Map<Character, String> table(String pairs) {
            Map<Character, String> table = new HashMap<>();
            for (String pair : pairs.split(",")) {
                String entry = pair.strip();
                if (!entry.isEmpty()) {
                    table.put(entry.charAt(0), entry.substring(1).strip());
                }
            }
            return Map.copyOf(table);
        }
    }

    private Transliteration() {}

    // --- Cyrillic to Latin in one scheme

    /** The text with its Cyrillic letters in Latin letters as {@code scheme} writes them; other characters as they are. */
    public static String toLatin(String text, Scheme scheme) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin;
            if (scheme == Scheme.UKRAINIAN_NATIONAL
                    && lower == 'г'
                    && i > 0
                    && Character.toLowerCase(text.charAt(i - 1)) == 'з') {
                latin = "gh";
            } else {
                latin = scheme.latin(lower, isWordStart(text, i));
            }
            if (latin == null) {
                out.append(c);
            } else if (c != lower && !latin.isEmpty()) {
                out.append(allCaps(text, i) ? latin.toUpperCase(Locale.ROOT) : capitalised(latin));
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    /** At the start of a word: not after a letter, nor after an apostrophe inside a word ("п'ять"). */
    private static boolean isWordStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Character.isLetter(before)) {
            return false;
        }
        return !(isApostrophe(before) && i > 1 && Character.isLetter(text.charAt(i - 2)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    /** A capital in a word of capitals ("ЩО" is "SHCHO", "Що" is "Shcho"). */
    private static boolean allCaps(String text, int i) {
        boolean next = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        if (next) {
            return Character.isUpperCase(text.charAt(i + 1));
        }
        return i > 0 && Character.isLetter(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i - 1));
    }

    private static String capitalised(String latin) {
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    // --- Latin to Cyrillic

    /**
     * Latin-letter Ukrainian ({@code "uk"}) or Russian ({@code "ru"}) back to Cyrillic, in lower case and best effort
     * ("dopomoha" is "допомога", "gde rabota" is "где работа"): it reads the national, passport and popular spellings
     * alike (ya, ia, ja are all я), and h is г in Ukrainian but х in Russian. Good enough for a lemmatiser, not for
     * showing to a person.
     */
    public static String toCyrillic(String latin, String language) {
        if (!"uk".equals(language) && !"ru".equals(language)) {
            throw new IllegalArgumentException("only Ukrainian (uk) or Russian (ru), not " + language);
        }
        boolean russian = "ru".equals(language);
        String s = latin.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        String[][] digraphs = russian ? RU_DIGRAPHS : UK_DIGRAPHS;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z')) {
                out.append(c);
                i++;
                continue;
            }
            String[] digraph = digraphAt(s, i, digraphs);
            if (digraph != null) {
                out.append(digraph[1]);
                i += digraph[0].length();
                continue;
            }
            if (c == 'y') {
                boolean afterVowel = i > 0 && "aeiouy".indexOf(s.charAt(i - 1)) >= 0;
                out.append(afterVowel ? 'й' : russian ? 'ы' : 'и');
            } else {
                out.append(cyrillicLetter(c, russian));
            }
            i++;
        }
        return out.toString();
    }

    private static String[] digraphAt(String s, int i, String[][] digraphs) {
        for (String[] d : digraphs) {
            if (s.startsWith(d[0], i)) {
                return d;
            }
        }
        return null;
    }

    private static final String[][] UK_DIGRAPHS = {
        {"shch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"ya", "я"}, {"yu", "ю"},
        {"ye", "є"}, {"yi", "ї"}, {"ja", "я"}, {"ju", "ю"}, {"je", "є"}, {"ji", "ї"}, {"ia", "я"}, {"iu", "ю"},
        {"ie", "є"}
    };
    private static final String[][] RU_DIGRAPHS = {
        {"shch", "щ"}, {"sch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"ya", "я"},
        {"yu", "ю"}, {"ye", "е"}, {"yo", "ё"}, {"ja", "я"}, {"ju", "ю"}, {"je", "е"}, {"ia", "я"}, {"iu", "ю"},
        {"iy", "ий"}, {"yy", "ый"}
    };

    private static char cyrillicLetter(char c, boolean russian) {
        return switch (c) {
            case 'a' -> 'а';
            case 'b' -> 'б';
            case 'v', 'w' -> 'в';
            case 'g' -> 'г';
            case 'h' -> russian ? 'х' : 'г';
            case 'd' -> 'д';
            case 'e' -> 'е';
            case 'z' -> 'з';
            case 'i' -> russian ? 'и' : 'і';
            case 'j' -> 'й';
            case 'k', 'q' -> 'к';
            case 'l' -> 'л';
            case 'm' -> 'м';
            case 'n' -> 'н';
            case 'o' -> 'о';
            case 'p' -> 'п';
            case 'r' -> 'р';
            case 's' -> 'с';
            case 't' -> 'т';
            case 'u' -> 'у';
            case 'f' -> 'ф';
            case 'c' -> 'ц';
            case 'x' -> 'х';
            default -> c;
        };
    }

    // --- Keys to compare words by, whatever their script and spelling

    /**
     * A word's Cyrillic letter in Latin letters when the word's language is not known: the popular spelling, the
     * Ukrainian reading of letters both languages have (г h, и y), the Russian one of letters only Russian has.
     */
    private static String popularLatin(char lower) {
        String latin = Scheme.UKRAINIAN_POPULAR.latin(lower, false);
        return latin != null ? latin : Scheme.RUSSIAN_POPULAR.latin(lower, false);
    }

    /**
     * The key of a search term: the word in Latin letters, accents off, and the spellings transliterations disagree
     * on collapsed (shch/sch/sh/s, zh/z, kh/h/g, ch/c, ts/tz/c, y/i/j, ck/k, ph/f, w/v, q/k, doubled letters), so a
     * Cyrillic word and its transliterations share one key ("страховка", "strakhovka", "strahovka"). Digits stay.
     * Collapses more than {@link #nameKey}, as a search may find a little too much; ё is yo, so "жильё" meets the
     * "zhilyo" people type.
     */
    public static String searchKey(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String mapped = popularLatin(c);
            if (mapped != null) {
                latin.append(mapped);
            } else if (Character.isLetterOrDigit(c)) {
                latin.append(c);
            }
        }
        return collapsed(Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", ""), SEARCH_SPELLINGS);
    }

    /**
     * The key of a name: the name in Latin letters, accents off, and only the spellings transliterations of names
     * disagree on collapsed (kh/h/g, y/i/j, w/v, x/ks, doubled letters, apostrophes), so "Юлія", "Yulia" and "Julia"
     * share one and "Дар'я" and "Darya" another. Keeps zh, sh, ch and ts apart ("Шура" is not "Сура"), as a redactor
     * taking ordinary words for a name would blank out too much; ё is e, as most Russians write it in names ("Алёна",
     * "Алена", "Alena"). Letters only.
     */
    public static String nameKey(String word) {
        StringBuilder latin = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            String mapped = c == 'ё' ? "e" : popularLatin(c);
            if (mapped != null) {
                latin.append(mapped);
            } else if (Character.isLetter(c)) {
                latin.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                        .charAt(0));
            }
        }
        return collapsed(latin.toString(), NAME_SPELLINGS);
    }

    /** What {@link #searchKey} takes for one spelling, in this order: the first of each pair becomes the second. */
    private static final String[][] SEARCH_SPELLINGS = {
        {"shch", "s"}, {"sch", "s"}, {"kh", "h"}, {"zh", "z"}, {"sh", "s"}, {"ch", "c"}, {"ts", "c"}, {"tz", "c"},
        {"ck", "k"}, {"ph", "f"}, {"w", "v"}, {"x", "ks"}, {"q", "k"}, {"j", "i"}, {"y", "i"}, {"g", "h"}
    };
    /** What {@link #nameKey} takes for one spelling, in this order. */
    private static final String[][] NAME_SPELLINGS = {
        {"kh", "h"}, {"g", "h"}, {"j", "i"}, {"y", "i"}, {"w", "v"}, {"x", "ks"}
    };

    /** The spellings replaced in order, then doubled letters made single. */
    private static String collapsed(String latin, String[][] spellings) {
        String s = latin;
        for (String[] spelling : spellings) {
            s = s.replace(spelling[0], spelling[1]);
        }
        return withoutDoubledLetters(s);
    }

    private static String withoutDoubledLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // --- How a name sounds, whichever language's spelling wrote it down

    /**
     * The sound keys of a name: the name as it sounds, read the way Dutch, German, Polish, French and English (the
     * passport and the popular transliterations) write Ukrainian and Russian names, so that two spellings of one name
     * share a key: "Михайло", "Mykhailo" (passport), "Mychajlo" (Dutch, German), "Michail", "Mikhail", "Mihailo";
     * "Гриценко", "Hrytsenko", "Gritsenko", "Gryzenko" and "Hryzenko" (German z for ц), "Grycenko" (Polish c), "Hrytzenko";
     * "Шевчук", "Shevchuk", "Sjevtsjoek" (Dutch), "Schewtschuk" (German), "Szewczuk" (Polish), "Chevtchouk" (French).
     *
     * <p>One key per reading, as the letters say different things in different languages: "ch" is х to a Dutchman, a
     * German and a Pole, ч to an Englishman and ш to a Frenchman; "z" is з except to a German (ц); "c" is ц to a Pole
     * and к elsewhere; "j" is й except to a Frenchman (ж). A Cyrillic word reads one way: one key. Within a reading:
     * г, ґ, х, h, g, kh and gh are one sound; ш and ж another (sh, sch, sj, sz, rz, zh, zj, ž); ч (ch, tsch, tsj, cz,
     * tch, č); щ (shch, schtsch, sjtsj, szcz); ц (ts, tz, c, z, ć); у (u, oe, ou, ó); й, и, і, ї, y, i and j are i; е,
     * є, ye, je and ie at the start of a word or after a vowel are e (Євген, Yevhen, Jewgeni, Evgeniy); ё, ьо, yo, jo
     * and io after a consonant are o (Журавльов, Журавлёв, Zhuravlyov, Zjoeravljov); w is v, x is ks; doubled letters
     * count once; accents go.
     *
     * <p>Much coarser than {@link #nameKey}, so for comparing a word with a name someone gave, not for telling
     * whether a word is a name: ordinary words that sound like a name share its keys. Empty for a word without
     * letters.
     */
    public static Set<String> nameSoundKeys(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (hasCyrillicLetter(lower)) {
            String key = Reading.ENGLISH.sounds(lower);
            return key.isEmpty() ? Set.of() : Set.of(key);
        }
        String first = Reading.ENGLISH.sounds(lower);
        if (first.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>(8);
        keys.add(first);
        for (Reading reading : Reading.OTHERS) {
            keys.add(reading.sounds(lower));
        }
        return keys.size() == 1 ? Set.of(first) : Collections.unmodifiableSet(keys);
    }

    /** A letter of the Cyrillic block (cheaper than {@link #hasCyrillic} for a word). */
    private static boolean hasCyrillicLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return true;
            }
        }
        return false;
    }

    /**
     * How one language spells the sounds of Ukrainian and Russian names in Latin letters: its letter groups, longest
     * first, and what they stand for. The sounds: H for г/х, X for ш/ж, Q for ч, C for ц, and small letters.
     */
    private enum Reading {
        /** The passport spellings (Ukrainian national, Russian ICAO) and the popular ones: kh, zh, ts, ch, sh, shch. */
        ENGLISH("shch XQ, sch XQ, zh X, kh H, ts C, tz C, ch Q, sh X, ck k, c k"),
        /** Mychajlo, Sjevtsjenko, Tsjernenko, Zjoekov, Joelia. */
        DUTCH("sjtsj XQ, tsj Q, sj X, zj X, zh X, sh X, kh H, ch H, oe u, ts C, tz C, ck k, c k"),
        /** Michail, Schewtschenko, Tschernenko, Gryzenko, Jewgeni. */
        GERMAN("schtsch XQ, tsch Q, sch X, zh X, sh X, kh H, ch H, tz C, ts C, z C, ck k, c k"),
        /** Michajło, Szewczenko, Czernenko, Grycenko, Hryćenko. */
        POLISH("szcz XQ, cz Q, sz X, rz X, zh X, sh X, kh H, ch H, ts C, c C"),
        /** Mikhaïl, Chevtchenko, Tchernenko, Ioulia, Jouravlev (ж). */
        FRENCH("chtch XQ, tch Q, zh X, sh X, ch X, kh H, ou u, ts C, tz C, j X, ck k, c k");

        static final List<Reading> OTHERS = List.of(DUTCH, GERMAN, POLISH, FRENCH);

        /** What every reading spells alike, after its own groups. */
        private static final String SHARED =
                "ph f, gh H, h H, g H, y i, j i, w v, q k, x ks, č Q, š X, ž X, ż X, ć C," + " ł l, ó u, ś s, ź z, ń n";
        /** The sounds of the Cyrillic letters, alike in every reading; ь, ъ and apostrophes are none. */
        private static final String[] CYRILLIC = byLetter(soundTable(
                "а a, б b, в v, г H, ґ H, д d, е e, ё io, є ie, ж X, з z, и i, і i, ї i, й i, к k, л l, м m, н n, о o,"
                        + " п p, р r, с s, т t, у u, ф f, х H, ц C, ч Q, ш X, щ XQ, ъ, ы i, ь, э e, ю iu, я ia"));
        /** The letters looked up by position (Latin, its accented letters and Cyrillic), not by a boxed key. */
        private static final int LETTERS = 0x500;

        /** Per first letter (by its code), the letter groups starting with it, longest first, each with its sounds. */
        private final String[][][] groups = new String[LETTERS][][];

        Reading(String own) {
            Map<String, String> all = new HashMap<>();
            for (String pair : (SHARED + ", " + own).split(",")) {
                String[] parts = pair.strip().split(" ");
                all.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
            Map<Character, List<String[]>> byFirst = new HashMap<>();
            all.forEach((spelling, sound) -> byFirst.computeIfAbsent(spelling.charAt(0), c -> new ArrayList<>())
                    .add(new String[] {spelling, sound}));
            byFirst.forEach((first, list) -> {
                list.sort(Comparator.comparingInt((String[] g) -> g[0].length()).reversed());
                groups[first] = list.toArray(String[][]::new);
            });
        }

        private static String[] byLetter(Map<Character, String> table) {
            String[] sounds = new String[LETTERS];
            table.forEach((letter, sound) -> sounds[letter] = sound);
            return sounds;
        }

        private static Map<Character, String> soundTable(String pairs) {
            Map<Character, String> table = new HashMap<>();
            for (String pair : pairs.split(",")) {
                String entry = pair.strip();
                if (!entry.isEmpty()) {
                    table.put(entry.charAt(0), entry.substring(1).strip());
                }
            }
            return Map.copyOf(table);
        }

        /** The sounds of a lower-case word in this reading, doubled sounds once, a glide before e left out. */
        String sounds(String lower) {
            StringBuilder out = new StringBuilder(lower.length() + 4);
            int i = 0;
            while (i < lower.length()) {
                char c = lower.charAt(i);
                String cyrillic = c < LETTERS ? CYRILLIC[c] : null;
                if (cyrillic != null) {
                    appendSounds(out, cyrillic);
                    i++;
                    continue;
                }
                String[][] candidates = c < LETTERS ? groups[c] : null;
                String[] group = null;
                if (candidates != null) {
                    for (String[] candidate : candidates) {
                        if (lower.startsWith(candidate[0], i)) {
                            group = candidate;
                            break;
                        }
                    }
                }
                if (group != null) {
                    appendSounds(out, group[1]);
                    i += group[0].length();
                    continue;
                }
                if (c >= 'a' && c <= 'z') {
                    appendSounds(out, String.valueOf(c));
                } else if (Character.isLetter(c)) {
                    char plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                            .charAt(0);
                    if (plain >= 'a' && plain <= 'z') {
                        appendSounds(out, plain == 'y' || plain == 'j' ? "i" : String.valueOf(plain));
                    }
                }
                i++;
            }
            return out.toString();
        }

        /**
         * Appends sounds, each only when it is not the one before ("Mariia" is "maria"), an e after the glide i at the
         * start of a word or after a vowel without the glide ("Yevhen", "Jelena", "Sergejev": evHen, elena, serHev),
         * and an o after a consonant and the glide without the glide ("Zhuravlyov", "Журавльов": Xuravlov).
         */
        private static void appendSounds(StringBuilder out, String sounds) {
            for (int k = 0; k < sounds.length(); k++) {
                char s = sounds.charAt(k);
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) == s) {
                    continue;
                }
                if (s == 'e' && n > 0 && out.charAt(n - 1) == 'i' && (n == 1 || isVowel(out.charAt(n - 2)))) {
                    out.setLength(n - 1);
                    if (n >= 2 && out.charAt(n - 2) == 'e') {
                        continue; // "Sergeev": one e
                    }
                } else if (s == 'o' && n >= 2 && out.charAt(n - 1) == 'i' && !isVowel(out.charAt(n - 2))) {
                    out.setLength(n - 1); // "Zhuravlyov", "Zjoeravljov", "Журавльов", "Журавлёв"; "Fyodor", "Фёдор"
                }
                out.append(s);
            }
        }

        private static boolean isVowel(char c) {
            return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        }
    }

    // --- Which script

    /** True when the text has Cyrillic letters. */
    public static boolean hasCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** True when most letters of the text are Latin (and it has letters). */
    public static boolean mostlyLatin(String text) {
        long latin = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters > 0 && latin * 2 > letters;
    }
}
