package nl.wegwijs.expertpool.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.wegwijs.platform.web.ConflictException;

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

    /**
     * Refuses (409) what only happens in or after the session while it has not started yet: attendance, minutes,
     * agenda points raised in it. Preparing the session (invitations, replies) is not checked here.
     *
     * @param what what becomes possible at the start, as the end of the message says it ("minutes can be recorded")
     */
    public void requireStarted(OffsetDateTime now, String what) {
        if (startsAt.isAfter(now)) {
            throw new ConflictException("The session has not started yet: it starts at "
                    + AmsterdamTime.inAmsterdam(startsAt) + "; " + what + " from then on");
        }
    }

    boolean online() {
        return location.startsWith("http://") || location.startsWith("https://");
    }
}
