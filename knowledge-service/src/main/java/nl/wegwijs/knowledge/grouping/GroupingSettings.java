package nl.wegwijs.knowledge.grouping;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of grouping ({@code wegwijs.knowledge.grouping.*}); the README explains each knob.
 *
 * @param threshold a question joins the best group whose score reaches this
 * @param conflictFactor multiplies the score when the two questions name different members of one
 *     concept family (health vs car insurance)
 * @param sideConceptFactor multiplies the weight of a concept a question names only on the side ("... ? I
 *     have no BSN yet", "without a BSN"): 1.0 counts it like what is asked, 0 ignores it
 * @param differentTopicMargin added to the threshold when the helpdesk gave the two questions different
 *     topics and they share fewer than two asked concepts (one shared concept is not enough across topics)
 */
@ConfigurationProperties("wegwijs.knowledge.grouping")
public record GroupingSettings(
        Double threshold,
        Weights weights,
        Double conflictFactor,
        Double sideConceptFactor,
        Double differentTopicMargin) {

    public static final GroupingSettings DEFAULTS = new GroupingSettings(null, null, null, null, null);

    public GroupingSettings {
        threshold = threshold == null ? 0.40 : threshold;
        weights = weights == null ? Weights.DEFAULTS : weights;
        conflictFactor = conflictFactor == null ? 0.25 : conflictFactor;
        sideConceptFactor = sideConceptFactor == null ? 0.2 : sideConceptFactor;
        differentTopicMargin = differentTopicMargin == null ? 0.10 : differentTopicMargin;
    }

    /** Weights of the parts of the score; they need not add up to one. */
    public record Weights(Double concepts, Double terms, Double answers, Double topic, Double semantic) {

        public static final Weights DEFAULTS = new Weights(null, null, null, null, null);

        public Weights {
            concepts = concepts == null ? 0.50 : concepts;
            terms = terms == null ? 0.20 : terms;
            answers = answers == null ? 0.25 : answers;
            topic = topic == null ? 0.10 : topic;
            semantic = semantic == null ? 0.30 : semantic;
        }
    }
}
