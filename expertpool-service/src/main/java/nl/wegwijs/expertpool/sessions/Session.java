package nl.wegwijs.expertpool.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A thematic session as stored. */
public record Session(
        UUID id,
        String theme,
        String title,
        OffsetDateTime startsAt,
        String language,
        String location,
        int capacity,
        String minutes,
        OffsetDateTime minutesUpdatedAt,
        OffsetDateTime heldAt,
        OffsetDateTime createdAt) {

    boolean online() {
        return location.startsWith("http://") || location.startsWith("https://");
    }
}
