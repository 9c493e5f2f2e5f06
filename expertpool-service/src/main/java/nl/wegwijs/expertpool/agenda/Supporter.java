package nl.wegwijs.expertpool.agenda;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An expert's support for a point, with the expert's current consent (for quoting) and name. */
public record Supporter(
        UUID expertId, String name, String quote, boolean active, boolean mayBeQuoted, OffsetDateTime supportedAt) {}
