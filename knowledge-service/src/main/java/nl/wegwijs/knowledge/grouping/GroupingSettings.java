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
 * @param conceptEvidence the weight the shared concepts need together for the concept part to count
 *     fully; below it, the part counts in proportion, so one generic concept (such as {@code work}, weight 1)
 *     is not enough on its own ("Where can I find a job as a nurse?" is not "May I work?")
 * @param answerConceptFactor a question that names only generic concepts (none weighing 2 or more: "Can I
 *     work while I am studying?" names work) is read with the specific concepts of its staff answer, at this
 *     factor of their weight; 0 reads questions by their own words only
 * @param differentContentFactor multiplies the score when the two share a concept but one asks about something
 *     specific (weight 2 or more) that the other names nowhere, neither in its question nor in its staff answer,
 *     and that outweighs the specific concepts they share ("Я забув пароль від DigiD" and "Як отримати DigiD?":
 *     a forgotten password, weight 4, against DigiD, 3; rent arrears against a pet in a rented home, sharing
 *     only housing); 1.0 disables it
 * @param unrelatedAnswers staff answers less similar than this say something else: when two questions have nothing
 *     specific in common (no concept weighing 2 or more that both ask, or that one asks and the other's answer
 *     names), the broad concepts they share (housing, work) count only as much as the answers agree, so one broad
 *     concept cannot carry them to the threshold ("my landlord raised the rent" and "how do I end my lease", sharing
 *     housing, answers 0); 0 disables it
 */
@ConfigurationProperties("wegwijs.knowledge.grouping")
public record GroupingSettings(
        Double threshold,
        Weights weights,
        Double conflictFactor,
        Double sideConceptFactor,
        Double differentTopicMargin,
        Double conceptEvidence,
        Double answerConceptFactor,
        Double differentContentFactor,
        Double unrelatedAnswers) {

    public static final GroupingSettings DEFAULTS =
            new GroupingSettings(null, null, null, null, null, null, null, null, null);

    public GroupingSettings {
        threshold = threshold == null ? 0.40 : threshold;
        weights = weights == null ? Weights.DEFAULTS : weights;
        conflictFactor = conflictFactor == null ? 0.25 : conflictFactor;
        sideConceptFactor = sideConceptFactor == null ? 0.2 : sideConceptFactor;
        differentTopicMargin = differentTopicMargin == null ? 0.10 : differentTopicMargin;
        conceptEvidence = conceptEvidence == null ? 2.0 : conceptEvidence;
        answerConceptFactor = answerConceptFactor == null ? 0.5 : answerConceptFactor;
        differentContentFactor = differentContentFactor == null ? 0.25 : differentContentFactor;
        unrelatedAnswers = unrelatedAnswers == null ? 0.1 : unrelatedAnswers;
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
