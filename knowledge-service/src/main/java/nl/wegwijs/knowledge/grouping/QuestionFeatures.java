package nl.wegwijs.knowledge.grouping;

import java.util.Map;
import java.util.Set;

/**
 * What grouping knows of one answered question: derived data only (concept ids and folded terms of
 * the question and of the staff answer), stored with the question and recomputable from its text.
 *
 * @param embedding a vector from a {@link TextEmbedder}, or null when none is configured
 */
public record QuestionFeatures(
        String language,
        Map<String, Double> concepts,
        Set<String> terms,
        Map<String, Double> answerConcepts,
        Set<String> answerTerms,
        String topic,
        float[] embedding) {

    public static QuestionFeatures none(String language) {
        return new QuestionFeatures(language, Map.of(), Set.of(), Map.of(), Set.of(), null, null);
    }
}
