package nl.wegwijs.expertpool.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An expert's invitation to a session, the reply and whether they came; {@code name} is null once erased. */
record Invitation(
        UUID expertId,
        String name,
        Status status,
        OffsetDateTime invitedAt,
        OffsetDateTime repliedAt,
        boolean attended) {

    enum Status {
        INVITED,
        ACCEPTED,
        DECLINED,
        /** Withdrawn by the service: the expert withdrew consent or was erased. */
        CANCELLED;

        boolean open() {
            return this == INVITED || this == ACCEPTED;
        }
    }
}
