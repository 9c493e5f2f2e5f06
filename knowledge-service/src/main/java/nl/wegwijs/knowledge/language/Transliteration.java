package nl.wegwijs.knowledge.language;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Transliteration between Cyrillic and Latin letters for Ukrainian and Russian, and the folded key in
 * which all four languages meet.
 *
 * <p>People write Ukrainian and Russian in Latin letters in many ways ("strakhovka", "strahovka",
 * "straxovka"). {@link #fold} maps Cyrillic to Latin and then collapses the spelling variants
 * (kh/h, zh/z, y/i/j, ya/ia/ja, g/h, doubled letters), so a Cyrillic word and its transliterations
 * share one key. {@link #toCyrillic} goes the other way, so the Ukrainian and Russian analysers can
 * lemmatise transliterated text.
 */
public final class Transliteration {

    private static final Map<Character, String> CYRILLIC_TO_LATIN = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "h"),
            Map.entry('ґ', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('є', "ye"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "y"),
            Map.entry('і', "i"),
            Map.entry('ї', "yi"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ь', ""),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            Map.entry('ы', "y"),
            Map.entry('э', "e"),
            Map.entry('ё', "yo"),
            Map.entry('ъ', ""));

    private Transliteration() {}

    /** True when the text has Cyrillic letters. */
    public static boolean hasCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** True when most letters of the text are Latin. */
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

    /** The folded key of one word: Latin letters, spelling variants collapsed. */
    public static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String mapped = CYRILLIC_TO_LATIN.get(c);
            if (mapped != null) {
                latin.append(mapped);
            } else if (Character.isLetterOrDigit(c)) {
                latin.append(c);
            }
        }
        String s = stripAccents(latin.toString());
        s = s.replace("shch", "s")
                .replace("sch", "s")
                .replace("kh", "h")
                .replace("zh", "z")
                .replace("sh", "s")
                .replace("ch", "c")
                .replace("ts", "c")
                .replace("tz", "c")
                .replace("ck", "k")
                .replace("ph", "f")
                .replace('w', 'v')
                .replace("x", "ks")
                .replace('q', 'k')
                .replace('j', 'i')
                .replace('y', 'i')
                .replace('g', 'h');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Latin-letter Ukrainian or Russian back to Cyrillic, best effort, so the analysers can lemmatise it. */
    public static String toCyrillic(String text, String language) {
        boolean russian = "ru".equals(language);
        String s = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            String rest = s.substring(i);
            if (!(c >= 'a' && c <= 'z')) {
                out.append(c == '\'' && !russian ? '\'' : c);
                i++;
                continue;
            }
            String[][] digraphs = russian ? RU_DIGRAPHS : UK_DIGRAPHS;
            boolean matched = false;
            for (String[] d : digraphs) {
                if (rest.startsWith(d[0])) {
                    out.append(d[1]);
                    i += d[0].length();
                    matched = true;
                    break;
                }
            }
            if (matched) {
                continue;
            }
            if (c == 'y') {
                boolean afterVowel = i > 0 && "aeiouy".indexOf(s.charAt(i - 1)) >= 0;
                out.append(afterVowel ? 'й' : russian ? 'ы' : 'и');
            } else {
                out.append(single(c, russian));
            }
            i++;
        }
        return out.toString();
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

    private static char single(char c, boolean russian) {
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

    private static String stripAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }
}
