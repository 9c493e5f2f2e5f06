package nl.wegwijs.matching.matches;

import java.util.List;
import java.util.UUID;
import nl.wegwijs.matching.engine.Criterion;
import nl.wegwijs.matching.engine.Ranked;

/** A ranking as a coach sees it; {@code rankingId} names its audit entry. */
record RankingView(List<Item> items, List<Item> nearMisses, int considered, String scoringVersion, UUID rankingId) {

    record Item(UUID vacancyId, UUID candidateId, double score, List<Criterion> explanation) {
        static Item of(Ranked r) {
            return new Item(r.vacancyId(), r.candidateId(), r.score(), r.explanation());
        }
    }

    /** What the audit keeps of each result: ids and scores (explanations can be recomputed from the inputs). */
    record Logged(UUID vacancyId, UUID candidateId, double score, boolean nearMiss) {}
}
