package nl.wegwijs.expertpool.experts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of an expert's consent history: when, by whom it was recorded, the full scope after the
 * change, and which permissions changed ({@code given} and {@code withdrawn} name them).
 */
public record ConsentChange(
        OffsetDateTime changedAt,
        String recordedBy,
        boolean participate,
        boolean quoteAnonymously,
        boolean contact,
        List<String> given,
        List<String> withdrawn) {}
