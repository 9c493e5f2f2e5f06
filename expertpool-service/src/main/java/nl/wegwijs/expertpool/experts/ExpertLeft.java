package nl.wegwijs.expertpool.experts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Domain event on {@code expertpool.expert.v1}, also published inside the service: the expert no
 * longer takes part ({@code CONSENT_WITHDRAWN}) or was erased ({@code ERASED}). Sessions cancel
 * their open invitations; on erasure agenda points drop their quotes.
 */
public record ExpertLeft(UUID expertId, Reason reason, OffsetDateTime leftAt) {

    public enum Reason {
        CONSENT_WITHDRAWN,
        ERASED
    }
}
