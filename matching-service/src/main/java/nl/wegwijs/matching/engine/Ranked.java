package nl.wegwijs.matching.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A scored pair with its explanation. {@code score} is exact, one decimal (95.6), as it is shown and stored;
 * {@code eligible} says whether every hard constraint is met; {@code nearMiss} marks a pair that fails only because
 * a required language is one level short (its score is 0.0).
 */
public record Ranked(
        UUID vacancyId,
        UUID candidateId,
        BigDecimal score,
        boolean eligible,
        boolean nearMiss,
        List<Criterion> explanation) {}
