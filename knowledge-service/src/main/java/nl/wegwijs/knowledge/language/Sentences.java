package nl.wegwijs.knowledge.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a question into sentences: at {@code .}, {@code !}, {@code ?} or {@code …} (or a run of them,
 * "?!", "...") followed by a blank or the end of the text. A dot is no sentence end after a number with
 * a dot or comma inside it ("14.05.1987.", "2.5.") or after an abbreviation ("т.д.", "bijv.", "вул.", a
 * capital letter as in initials); a dot inside a word or number ("14.05.1987, паспорт", "digid.nl") never
 * is, as it is not followed by a blank.
 */
public final class Sentences {

    private static final Pattern NUMBER_WITH_DOT = Pattern.compile(".*\\d[.,]\\d+");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("\\p{L}{1,3}(\\.\\p{L}{1,3})+");
    private static final Set<String> ABBREVIATIONS = Set.of(
            // en
            "e.g",
            "i.e",
            "etc",
            "vs",
            "nr",
            "dr",
            "mr",
            "mrs",
            "ms",
            "st",
            "approx",
            "tel",
            "incl",
            // nl
            "bijv",
            "bv",
            "o.a",
            "ca",
            "enz",
            "evt",
            "jl",
            "blz",
            "mevr",
            "dhr",
            "str",
            "zgn",
            // uk, ru
            "вул",
            "ул",
            "просп",
            "пр",
            "буд",
            "д",
            "кв",
            "м",
            "г",
            "р",
            "ст",
            "тис",
            "тыс",
            "грн",
            "руб",
            "див",
            "см",
            "напр",
            "ім",
            "им",
            "т.д",
            "т.п",
            "т.ч",
            "пл",
            "обл",
            "тел");

    private Sentences() {}

    /** The sentences of a text, stripped, in order; the whole text when it has no sentence end. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = text.strip().replaceAll("\\s+", " ");
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (!isEnd(s.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < s.length() && isEnd(s.charAt(i))) {
                i++;
            }
            boolean blankOrEnd = i == s.length() || Character.isWhitespace(s.charAt(i));
            if (blankOrEnd && !(onlyDots(s, runStart, i) && notASentenceEnd(s, start, runStart))) {
                add(out, s.substring(start, i));
                start = i;
            }
        }
        add(out, s.substring(start));
        return out;
    }

    /** True when the sentence asks something: it ends with a question mark (closing quotes or brackets aside). */
    public static boolean isQuestion(String sentence) {
        String s = sentence.strip().replaceAll("[\"'»“”’)\\]]+$", "");
        return s.endsWith("?") || s.endsWith("?!") || s.endsWith("?.");
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean onlyDots(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '.') {
                return false;
            }
        }
        return to - from == 1;
    }

    /** The word before a single dot is a number with a dot or comma in it, or an abbreviation. */
    private static boolean notASentenceEnd(String s, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = s.substring(wordStart, dot).replaceAll("^[(\"'«“]+", "");
        if (word.isEmpty()) {
            return false;
        }
        if (NUMBER_WITH_DOT.matcher(word).matches()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) || DOTTED_ABBREVIATION.matcher(lower).matches()) {
            return true;
        }
        // a capital letter alone: an initial ("J. Smith", "О. Коваль"); one-letter words ("є.", "a.") end sentences
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
