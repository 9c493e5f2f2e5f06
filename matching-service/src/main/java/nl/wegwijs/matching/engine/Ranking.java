package nl.wegwijs.matching.engine;

import java.util.List;

/**
 * A ranking as the engine produced it: the best matches, the near misses beside them, how many were considered
 * (the candidates in the index, or the open vacancies; erased candidates are not among them), and warnings that
 * say why it is empty when a requirement is met by nobody (an empty list otherwise).
 */
public record Ranking(
        List<Ranked> items,
        List<Ranked> nearMisses,
        int considered,
        String scoringVersion,
        List<RankingWarning> warnings) {

    public Ranking {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
