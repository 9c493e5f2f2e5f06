package nl.wegwijs.knowledge.grouping;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the group an answered question belongs to: the group holding the most similar question
 * (single link), if that similarity reaches the threshold.
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

    /** The best group at or above the threshold, or empty when the question starts a new one. */
    public <G> Optional<Match<G>> bestGroup(
            QuestionFeatures question, Map<G, ? extends List<QuestionFeatures>> groups) {
        Match<G> best = bestAny(question, groups.entrySet());
        if (best == null || best.why().score() < scorer.settings().threshold()) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private <G> Match<G> bestAny(
            QuestionFeatures question, Collection<? extends Map.Entry<G, ? extends List<QuestionFeatures>>> groups) {
        Match<G> best = null;
        for (var group : groups) {
            List<QuestionFeatures> members = group.getValue();
            for (int i = 0; i < members.size(); i++) {
                GroupingScore why = scorer.score(question, members.get(i));
                if (best == null || why.score() > best.why().score()) {
                    best = new Match<>(group.getKey(), i, why);
                }
            }
        }
        return best;
    }
}
