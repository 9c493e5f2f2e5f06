package nl.wegwijs.knowledge.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.knowledge.language.TextAnalysis;

/**
 * Finds the concepts named in analysed text. Every term is analysed once with its own language's
 * analyser and folded; a text's folded terms then match terms of any language (so mixed-language
 * questions and transliterations work). Words match when equal, when they differ only in a short
 * ending, or (for longer words) by one typo; a one-word term also matches two adjacent words written
 * apart ("zorg verzekering"). Immutable and thread-safe.
 */
public final class Lexicon implements TextAnalysis.Vocabulary {

    private record CompiledTerm(String conceptId, List<String> tokens, long initials) {
        CompiledTerm(String conceptId, List<String> tokens) {
            this(conceptId, tokens, Lexicon.initials(tokens));
        }
    }

    /** A bit per first letter of the words: a term can only occur in a text that has all its initials. */
    private static long initials(List<String> words) {
        long mask = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                mask |= 1L << (w.charAt(0) & 63);
            }
        }
        return mask;
    }

    private final Map<String, Concept> concepts;
    private final List<CompiledTerm> terms;
    private final Map<String, Set<String>> words;

    private Lexicon(Map<String, Concept> concepts, List<CompiledTerm> terms, Map<String, Set<String>> words) {
        this.concepts = concepts;
        this.terms = terms;
        this.words = words;
    }

    public static Lexicon of(Collection<Concept> concepts, TextAnalysis analysis) {
        Map<String, Concept> byId = new LinkedHashMap<>();
        List<CompiledTerm> compiled = new ArrayList<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (Concept concept : concepts) {
            byId.put(concept.id(), concept);
            concept.terms().forEach((language, entries) -> {
                for (String entry : entries) {
                    List<String> tokens = analysis.termsKeepingAll(entry, language);
                    if (!tokens.isEmpty()) {
                        compiled.add(new CompiledTerm(concept.id(), tokens));
                        words.computeIfAbsent(language, l -> new HashSet<>()).addAll(tokens);
                    }
                }
            });
        }
        compiled.sort(
                java.util.Comparator.comparingInt((CompiledTerm t) -> t.tokens().size())
                        .reversed());
        Map<String, Set<String>> frozen = new HashMap<>();
        words.forEach((language, set) -> frozen.put(language, Set.copyOf(set)));
        return new Lexicon(Map.copyOf(byId), List.copyOf(compiled), Map.copyOf(frozen));
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of(), List.of(), Map.of());
    }

    /**
     * Whether a folded analysed word is a word of one of this language's terms ("gemeente" of Dutch
     * {@code municipality}): the vocabulary that tells a short query's language when nothing else does.
     */
    @Override
    public boolean has(String language, String term) {
        return words.getOrDefault(language, Set.of()).contains(term);
    }

    public Collection<Concept> concepts() {
        return concepts.values();
    }

    public double weight(String conceptId) {
        Concept c = concepts.get(conceptId);
        return c == null ? 0 : c.weight();
    }

    public String family(String conceptId) {
        Concept c = concepts.get(conceptId);
        return c == null ? null : c.family();
    }

    /**
     * The concepts named in a text's folded terms, each with its weight. Longer terms match first and
     * words they cover do not count again for another concept ("sticker in the passport" names the
     * residence sticker, not the passport).
     */
    public Map<String, Double> conceptsIn(List<String> text) {
        Map<String, Double> found = new HashMap<>();
        if (text.isEmpty()) {
            return found;
        }
        java.util.BitSet covered = new java.util.BitSet(text.size());
        long textInitials = initials(text);
        for (CompiledTerm term : terms) {
            if ((term.initials() & ~textInitials) != 0) {
                continue;
            }
            boolean known = found.containsKey(term.conceptId());
            // the first occurrence with a word no longer term took: "Working ...: no work permit" names work too
            for (int from = 0; from < text.size(); ) {
                java.util.BitSet at = occurrence(term.tokens(), text, from);
                if (at == null) {
                    break;
                }
                java.util.BitSet fresh = (java.util.BitSet) at.clone();
                fresh.andNot(covered);
                if (known) {
                    covered.or(at);
                    break;
                } else if (!fresh.isEmpty()) {
                    found.put(term.conceptId(), weight(term.conceptId()));
                    covered.or(at);
                    break;
                }
                from = at.nextSetBit(0) + 1;
            }
        }
        return found;
    }

    /** The positions of the first occurrence of the term in the text starting at or after {@code from}, or null. */
    private static java.util.BitSet occurrence(List<String> tokens, List<String> text, int from) {
        int k = tokens.size();
        String first = tokens.getFirst();
        for (int i = from; i < text.size(); i++) {
            java.util.BitSet at = new java.util.BitSet();
            if (k == 1) {
                if (similar(first, text.get(i))) {
                    at.set(i);
                    return at;
                }
                if (i + 1 < text.size() && first.length() >= 7 && similar(first, text.get(i) + text.get(i + 1))) {
                    at.set(i, i + 2);
                    return at;
                }
                continue;
            }
            String word = text.get(i);
            if (tokens.stream().noneMatch(t -> similar(t, word))) {
                continue;
            }
            int end = Math.min(text.size(), i + k + 2);
            boolean all = true;
            for (String t : tokens) {
                boolean hit = false;
                for (int j = i; j < end; j++) {
                    if (!at.get(j) && similar(t, text.get(j))) {
                        at.set(j);
                        hit = true;
                        break;
                    }
                }
                if (!hit) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return at;
            }
        }
        return null;
    }

    /** Two folded words name the same: equal, a different short ending, or one typo in a long word. */
    public static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // every rule below needs the same first letter: the cheap test first
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int min = Math.min(a.length(), b.length());
        int max = Math.max(a.length(), b.length());
        if (min < 4) {
            return false;
        }
        int prefix = 0;
        while (prefix < min && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int ending = min <= 4 ? 1 : min == 5 ? 2 : 3;
        if (prefix >= 4 && prefix >= min - 2 && max - prefix <= ending) {
            return true;
        }
        if (min >= 5 && max - min <= 1 && prefix >= 1 && distance(a, b, 1) <= 1) {
            return true;
        }
        return min >= 9 && max - min <= 2 && prefix >= 2 && distance(a, b, 2) <= 2;
    }

    /** Optimal string alignment distance, giving up above the limit. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }
}
