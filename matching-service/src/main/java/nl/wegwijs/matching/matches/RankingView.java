package nl.wegwijs.matching.matches;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.matching.engine.Criterion;
import nl.wegwijs.matching.engine.Ranked;
import nl.wegwijs.matching.engine.RankingWarning;

/**
 * A ranking as a coach sees it (scores exact, one decimal: 95.6); {@code rankingId} names its audit entry. {@code warnings} says why it is empty when
 * a required skill or certificate is met by nobody ({@code [{field, message}]}, an empty list otherwise).
 */
record RankingView(
        List<Item> items,
        List<Item> nearMisses,
        int considered,
        String scoringVersion,
        UUID rankingId,
        List<RankingWarning> warnings) {

    record Item(UUID vacancyId, UUID candidateId, BigDecimal score, List<Criterion> explanation) {
        static Item of(Ranked r) {
            return new Item(r.vacancyId(), r.candidateId(), r.score(), r.explanation());
        }
    }

    /** What the audit keeps of each result: ids and scores (explanations can be recomputed from the inputs). */
    record Logged(UUID vacancyId, UUID candidateId, BigDecimal score, boolean nearMiss) {}
}
