package nl.wegwijs.expertpool.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Domain event on {@code expertpool.session.v1}: a thematic session was scheduled. */
public record SessionScheduled(
        UUID sessionId,
        String theme,
        String title,
        OffsetDateTime startsAt,
        String language,
        boolean online,
        int capacity) {}
