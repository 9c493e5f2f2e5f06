package nl.wegwijs.expertpool.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Domain event on {@code expertpool.session.v1}: attendance was first recorded, so the session took place. */
public record SessionHeld(
        UUID sessionId, String theme, OffsetDateTime startsAt, int attendeeCount, OffsetDateTime recordedAt) {}
