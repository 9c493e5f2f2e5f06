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
 *                                    sideConceptFactor of its weight, a shared one the smaller of its two weights;
 *                                    a question naming only generic ones takes its answer's specific concepts
 *                                    at answerConceptFactor of their weight)
 *                    * min(1, max(weight of the shared concepts / conceptEvidence, answers))
 *                                    (one generic concept is little unless the answers agree; nothing specific in
 *                                    common and answers below unrelatedAnswers: * answers only)
 *       + w.terms    * dice(question terms)          (same-language wording)
 *       + w.answers  * mean(weightedDice(answer concepts), dice(answer terms))   (the staff answers as a bridge;
 *                      dice of terms alone when neither answer names a concept)
 *       + w.topic    * (+1 same topic, -1 different topics, 0 unknown)
 *       + w.semantic * cosine(embeddings)            (only with a TextEmbedder)
 * score *= conflictFactor when they name different members of one concept family
 * score *= differentContentFactor when they share a concept but one asks about something specific that the
 *          other names nowhere (question or answer) and that outweighs the specific concepts they share (or
 *          weighs as much, and the answers part is below 0.5)
 * </pre>
 *
 * The pair groups when the score reaches the threshold; when the helpdesk gave them different topics
 * and they share fewer than two asked concepts, the threshold plus differentTopicMargin.
 *
 * Pure and thread-safe.
 */
public final class GroupingScorer {

    /** A concept weighing this much names what is asked (specific concepts weigh 2-3, generic ones 1-1.5). */
    static final double SPECIFIC = 2.0;

    /**
     * Staff answers this similar say the same: a question asking as much besides what it shares ("Can I open a
     * bank account with only my passport?" against "How do I open a bank account?") then still groups.
     */
    static final double ANSWERS_AGREE = 0.5;

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
        Map<String, Double> askedA = asked(a);
        Map<String, Double> askedB = asked(b);
        boolean noConcepts = askedA.isEmpty() && askedB.isEmpty();
        double answers = 0;
        if (!a.answerTerms().isEmpty() && !b.answerTerms().isEmpty()) {
            double answerTerms = dice(a.answerTerms(), b.answerTerms());
            answers = a.answerConcepts().isEmpty() && b.answerConcepts().isEmpty()
                    ? answerTerms
                    : (weightedDice(a.answerConcepts(), b.answerConcepts()) + answerTerms) / 2;
        }
        double concepts = terms;
        if (!noConcepts) {
            // little shared (one generic concept: work, municipality) is little evidence: it counts in proportion,
            // unless the staff answers say the same
            double evidence = Math.min(1, Math.max(sharedWeight(askedA, askedB) / settings.conceptEvidence(), answers));
            if (answers < settings.unrelatedAnswers()
                    && !a.answerTerms().isEmpty()
                    && !b.answerTerms().isEmpty()
                    && sharedSpecificWeight(a, b, askedA, askedB) == 0) {
                // nothing specific in common and staff answers that say something else: what they share is broad
                // (housing), and counts no more than the answers agree
                evidence = answers;
            }
            concepts = weightedDice(askedA, askedB) * evidence;
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
        List<String> differentContent = differentContent(a, b, askedA, askedB, answers);
        if (!differentContent.isEmpty()) {
            score *= settings.differentContentFactor();
        }
        // shown to editors: what the two have in common, concepts read from a vague question's answer too
        List<String> shared = new ArrayList<>(new TreeSet<>(askedA.keySet()));
        shared.retainAll(askedB.keySet());
        // across topics only what both questions name themselves, not on the side, lowers what they need
        long sharedAsked = a.concepts().keySet().stream()
                .filter(c -> b.concepts().containsKey(c))
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
                differentContent,
                round(required));
    }

    /**
     * The concepts with the weight they have in this question: concepts named only on the side weigh less;
     * a question that names only generic concepts ("Can I work while I am studying?": work) is read with the
     * specific concepts of its staff answer, at {@code answerConceptFactor} of their weight.
     */
    private Map<String, Double> asked(QuestionFeatures q) {
        // vague: names something the lexicon knows, but nothing specific ("work"); a question naming nothing
        // known is not read through its answer ("practise the tuba" is no school question for "music schools")
        boolean vague =
                !q.concepts().isEmpty() && q.concepts().values().stream().noneMatch(w -> w >= SPECIFIC);
        if (q.sideConcepts().isEmpty() && !(vague && settings.answerConceptFactor() > 0)) {
            return q.concepts();
        }
        Map<String, Double> out = new java.util.HashMap<>(q.concepts());
        for (String c : q.sideConcepts()) {
            out.computeIfPresent(c, (k, w) -> w * settings.sideConceptFactor());
        }
        if (vague) {
            q.answerConcepts().forEach((c, w) -> {
                if (w >= SPECIFIC) {
                    out.putIfAbsent(c, w * settings.answerConceptFactor());
                }
            });
        }
        return out;
    }

    /**
     * What one question asks about, specifically, and the other names nowhere (neither its question nor its staff
     * answer), when it outweighs the specific concepts the two share: "Я забув пароль від DigiD, що робити?" asks
     * about a forgotten password (account-recovery, 4), which "Як отримати DigiD?" and its answer never mention,
     * and which outweighs the DigiD (3) they share; "У мене борг за оренду" (rent-arrears, 3) and "Чи можна взяти
     * собаку в соціальне житло?" share only housing (generic). Only for questions that share something; the
     * concepts of one side, in its order ("account-recovery"), else empty. A long question whose other concepts
     * the other's answer mentions (BSN, health insurer) or that weigh less than what is shared still groups; one
     * whose other concepts weigh as much as what is shared ("Can I open a bank account with only my Ukrainian
     * passport?": bank account and passport, 3 each) groups where the staff answers agree (the bank account
     * questions) and not where they do not (the passport questions).
     */
    private static List<String> differentContent(
            QuestionFeatures a,
            QuestionFeatures b,
            Map<String, Double> askedA,
            Map<String, Double> askedB,
            double answers) {
        if (askedA.keySet().stream().noneMatch(askedB::containsKey)) {
            return List.of();
        }
        double sharedSpecific = sharedSpecificWeight(a, b, askedA, askedB);
        boolean answersAgree = answers >= ANSWERS_AGREE;
        List<String> out = new ArrayList<>(unexplained(a, b, sharedSpecific, answersAgree));
        out.addAll(unexplained(b, a, sharedSpecific, answersAgree));
        return out;
    }

    /**
     * The weight of the specific concepts (2 or more) the two have in common: asked by both (each counting the smaller
     * of its two weights), or asked by one and named by the other's staff answer ("Can I start working before my
     * residence sticker arrives?" answered "your employer notifies UWV" shares the notification with "May I work?").
     */
    private static double sharedSpecificWeight(
            QuestionFeatures a, QuestionFeatures b, Map<String, Double> askedA, Map<String, Double> askedB) {
        Map<String, Double> shared = new java.util.HashMap<>();
        for (var e : askedA.entrySet()) {
            Double other = askedB.get(e.getKey());
            if (other != null) {
                shared.put(e.getKey(), Math.min(e.getValue(), other));
            }
        }
        confirmedByAnswer(a, b, shared);
        confirmedByAnswer(b, a, shared);
        return shared.values().stream()
                .filter(w -> w >= SPECIFIC)
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    private static void confirmedByAnswer(QuestionFeatures q, QuestionFeatures other, Map<String, Double> shared) {
        q.concepts().forEach((c, w) -> {
            if (!q.sideConcepts().contains(c) && other.answerConcepts().containsKey(c)) {
                shared.putIfAbsent(c, w);
            }
        });
    }

    /**
     * The specific concepts {@code q} asks that {@code other} names nowhere, if together they outweigh what is
     * shared, or weigh as much and the staff answers do not say the same.
     */
    private static List<String> unexplained(
            QuestionFeatures q, QuestionFeatures other, double sharedSpecific, boolean answersAgree) {
        List<String> unexplained = new ArrayList<>();
        double weight = 0;
        for (var e : new java.util.TreeMap<>(q.concepts()).entrySet()) {
            String c = e.getKey();
            if (e.getValue() >= SPECIFIC
                    && !q.sideConcepts().contains(c)
                    && !other.concepts().containsKey(c)
                    && !other.answerConcepts().containsKey(c)) {
                unexplained.add(c);
                weight += e.getValue();
            }
        }
        boolean outweighs = weight > sharedSpecific || (weight == sharedSpecific && !answersAgree);
        return outweighs ? unexplained : List.of();
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

    /** The shared concepts' weight: each counts the smaller of its two weights. */
    static double sharedWeight(Map<String, Double> a, Map<String, Double> b) {
        double shared = 0;
        for (var e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                shared += Math.min(e.getValue(), other);
            }
        }
        return shared;
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
