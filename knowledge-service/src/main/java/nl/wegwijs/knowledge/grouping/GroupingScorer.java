package nl.wegwijs.knowledge.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.wegwijs.knowledge.lexicon.Lexicon;

/**
 * Scores how likely two answered questions ask the same thing:
 *
 * <pre>
 * score = w.concepts * weightedDice(question concepts; a concept named only on the side weighs
 *                                    sideConceptFactor of its weight, a shared one the smaller of its two weights)
 *       + w.terms    * dice(question terms)          (same-language wording)
 *       + w.answers  * mean(weightedDice(answer concepts), dice(answer terms))   (the staff answers as a bridge;
 *                      dice of terms alone when neither answer names a concept)
 *       + w.topic    * (+1 same topic, -1 different topics, 0 unknown)
 *       + w.semantic * cosine(embeddings)            (only with a TextEmbedder)
 * score *= conflictFactor when they name different members of one concept family
 * </pre>
 *
 * The pair groups when the score reaches the threshold; when the helpdesk gave them different topics
 * and they share fewer than two asked concepts, the threshold plus differentTopicMargin.
 *
 * Pure and thread-safe.
 */
public final class GroupingScorer {

    private final GroupingSettings settings;
    private final Supplier<Lexicon> lexicon;

    public GroupingScorer(GroupingSettings settings, Lexicon lexicon) {
        this(settings, () -> lexicon);
    }

    /** With a supplier, every score uses the lexicon current at that moment. */
    public GroupingScorer(GroupingSettings settings, Supplier<Lexicon> lexicon) {
        this.settings = settings;
        this.lexicon = lexicon;
    }

    public GroupingSettings settings() {
        return settings;
    }

    public GroupingScore score(QuestionFeatures a, QuestionFeatures b) {
        GroupingSettings.Weights w = settings.weights();
        double terms = dice(a.terms(), b.terms());
        // when the lexicon knows neither question, their words stand in for the concepts
        boolean noConcepts = a.concepts().isEmpty() && b.concepts().isEmpty();
        double concepts = noConcepts
                ? terms
                : weightedDice(asked(a.concepts(), a.sideConcepts()), asked(b.concepts(), b.sideConcepts()));
        double answers = 0;
        if (!a.answerTerms().isEmpty() && !b.answerTerms().isEmpty()) {
            double answerTerms = dice(a.answerTerms(), b.answerTerms());
            answers = a.answerConcepts().isEmpty() && b.answerConcepts().isEmpty()
                    ? answerTerms
                    : (weightedDice(a.answerConcepts(), b.answerConcepts()) + answerTerms) / 2;
        }
        double topic = 0;
        if (a.topic() != null && b.topic() != null) {
            topic = a.topic().equals(b.topic()) ? 1 : -1;
        }
        Double semantic = null;
        if (a.embedding() != null && b.embedding() != null) {
            semantic = cosine(a.embedding(), b.embedding());
        }
        double score = w.concepts() * concepts
                + w.terms() * terms
                + w.answers() * answers
                + w.topic() * topic
                + (semantic == null ? 0 : w.semantic() * semantic);
        List<String> conflicts = conflicts(a.concepts(), b.concepts());
        if (!conflicts.isEmpty()) {
            score *= settings.conflictFactor();
        }
        List<String> shared = new ArrayList<>(new TreeSet<>(a.concepts().keySet()));
        shared.retainAll(b.concepts().keySet());
        long sharedAsked = shared.stream()
                .filter(c -> !a.sideConcepts().contains(c) && !b.sideConcepts().contains(c))
                .count();
        double required = topic < 0 && sharedAsked < 2
                ? settings.threshold() + settings.differentTopicMargin()
                : settings.threshold();
        return new GroupingScore(
                round(score),
                round(concepts),
                round(terms),
                round(answers),
                topic,
                semantic,
                shared,
                conflicts,
                round(required));
    }

    /** The concepts with the weight they have in this question: concepts named only on the side weigh less. */
    private Map<String, Double> asked(Map<String, Double> concepts, Set<String> side) {
        if (side.isEmpty()) {
            return concepts;
        }
        Map<String, Double> out = new java.util.HashMap<>(concepts);
        for (String c : side) {
            out.computeIfPresent(c, (k, w) -> w * settings.sideConceptFactor());
        }
        return out;
    }

    /** Pairs like "health-insurance/car-insurance": one family, different members, not shared. */
    private List<String> conflicts(Map<String, Double> a, Map<String, Double> b) {
        List<String> out = new ArrayList<>();
        Lexicon lexicon = this.lexicon.get();
        for (String ca : new TreeSet<>(a.keySet())) {
            String family = lexicon.family(ca);
            if (family == null || b.containsKey(ca)) {
                continue;
            }
            for (String cb : new TreeSet<>(b.keySet())) {
                if (!cb.equals(ca) && family.equals(lexicon.family(cb)) && !a.containsKey(cb)) {
                    out.add(ca + "/" + cb);
                }
            }
        }
        return out;
    }

    static double weightedDice(Map<String, Double> a, Map<String, Double> b) {
        double sumA = a.values().stream().mapToDouble(Double::doubleValue).sum();
        double sumB = b.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sumA + sumB == 0) {
            return 0;
        }
        double shared = 0;
        for (var e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                shared += Math.min(e.getValue(), other);
            }
        }
        return 2 * shared / (sumA + sumB);
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : a) {
            if (b.contains(t)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
