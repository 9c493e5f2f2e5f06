package nl.wegwijs.knowledge.grouping;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the group an answered question belongs to: the group holding the most similar question or title
 * (single link) among those whose similarity reaches what the pair needs ({@link GroupingScore#required}).
 */
public final class Grouper {

    /** The chosen group, the question in it that matched best, and why. */
    public record Match<G>(G group, int memberIndex, GroupingScore why) {}

    private final GroupingScorer scorer;

    public Grouper(GroupingScorer scorer) {
        this.scorer = scorer;
    }

    public GroupingScorer scorer() {
        return scorer;
    }

    /** The best group whose best member scores what it needs, or empty when the question starts a new one. */
    public <G> Optional<Match<G>> bestGroup(
            QuestionFeatures question, Map<G, ? extends List<QuestionFeatures>> groups) {
        return Optional.ofNullable(best(question, groups.entrySet(), true));
    }

    /** The most similar member of any group, grouping or not: why a question started a new draft. */
    public <G> Optional<Match<G>> nearest(QuestionFeatures question, Map<G, ? extends List<QuestionFeatures>> groups) {
        return Optional.ofNullable(best(question, groups.entrySet(), false));
    }

    private <G> Match<G> best(
            QuestionFeatures question,
            Collection<? extends Map.Entry<G, ? extends List<QuestionFeatures>>> groups,
            boolean onlyGrouping) {
        Match<G> best = null;
        for (var group : groups) {
            List<QuestionFeatures> members = group.getValue();
            for (int i = 0; i < members.size(); i++) {
                GroupingScore why = scorer.score(question, members.get(i));
                if ((!onlyGrouping || why.groups())
                        && (best == null || why.score() > best.why().score())) {
                    best = new Match<>(group.getKey(), i, why);
                }
            }
        }
        return best;
    }
}
