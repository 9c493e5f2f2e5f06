package nl.wegwijs.knowledge.grouping;

import java.util.Map;
import java.util.Set;

/**
 * What grouping knows of one answered question (or of one title of a draft or article): derived data
 * only (concept ids and folded terms of the question and of the staff answer), stored with the question
 * and recomputable from its text.
 *
 * @param sideConcepts concepts the question names only on the side, not in what it asks: in a sentence
 *     that is not the question ("Як відкрити рахунок у банку? У мене немає BSN ще") or after "without"
 *     ("... without a BSN?"); they count for little (features stored before they existed have none)
 * @param embedding a vector from a {@link TextEmbedder}, or null when none is configured
 */
public record QuestionFeatures(
        String language,
        Map<String, Double> concepts,
        Set<String> sideConcepts,
        Set<String> terms,
        Map<String, Double> answerConcepts,
        Set<String> answerTerms,
        String topic,
        float[] embedding) {

    public QuestionFeatures {
        concepts = concepts == null ? Map.of() : concepts;
        sideConcepts = sideConcepts == null ? Set.of() : sideConcepts;
        terms = terms == null ? Set.of() : terms;
        answerConcepts = answerConcepts == null ? Map.of() : answerConcepts;
        answerTerms = answerTerms == null ? Set.of() : answerTerms;
    }

    public static QuestionFeatures none(String language) {
        return new QuestionFeatures(language, Map.of(), Set.of(), Set.of(), Map.of(), Set.of(), null, null);
    }
}
