package nl.wegwijs.knowledge.grouping;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Supplier;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;

/** Turns an answered question into the {@link QuestionFeatures} grouping compares. */
public final class FeatureExtractor {

    private final TextAnalysis analysis;
    private final Supplier<Lexicon> lexicon;
    private final TextEmbedder embedder;

    public FeatureExtractor(TextAnalysis analysis, Supplier<Lexicon> lexicon, TextEmbedder embedder) {
        this.analysis = analysis;
        this.lexicon = lexicon;
        this.embedder = embedder;
    }

    public QuestionFeatures features(
            String question, String questionLanguage, String answer, String answerLanguage, String topic) {
        Lexicon current = lexicon.get();
        TextAnalysis.Analysed q = analysis.analyse(question, questionLanguage);
        Map<String, Double> concepts = current.conceptsIn(q.terms());
        var answerTerms = new LinkedHashSet<String>();
        Map<String, Double> answerConcepts = Map.of();
        if (answer != null && !answer.isBlank()) {
            TextAnalysis.Analysed a = analysis.analyse(answer, answerLanguage);
            answerTerms.addAll(a.terms());
            answerConcepts = current.conceptsIn(a.terms());
        }
        float[] embedding = embedder == null ? null : embedder.embed(question, q.language());
        return new QuestionFeatures(
                q.language(),
                concepts,
                new LinkedHashSet<>(q.terms()),
                answerConcepts,
                answerTerms,
                topic == null || topic.isBlank() ? null : topic,
                embedding);
    }
}
