package nl.wegwijs.matching.engine;

import java.util.List;

/**
 * A ranking as the engine produced it: the best matches, the near misses beside them, and how many were
 * considered (the candidates in the index, or the open vacancies; erased candidates are not among them).
 */
public record Ranking(List<Ranked> items, List<Ranked> nearMisses, int considered, String scoringVersion) {}
