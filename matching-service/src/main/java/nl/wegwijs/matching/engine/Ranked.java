package nl.wegwijs.matching.engine;

import java.util.List;
import java.util.UUID;

/**
 * A scored pair with its explanation. {@code eligible} says whether every hard constraint is met;
 * {@code nearMiss} marks a pair that fails only because a required language is one level short.
 */
public record Ranked(
        UUID vacancyId,
        UUID candidateId,
        double score,
        boolean eligible,
        boolean nearMiss,
        List<Criterion> explanation) {}
