package nl.wegwijs.matching.matches;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A match as coaches see it, with its history and, once hired, the employer's UWV checklist. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Match(
        UUID id,
        UUID vacancyId,
        UUID candidateId,
        MatchStatus status,
        BigDecimal score,
        String overrideReason,
        String proposedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<Step> history,
        UwvNotification uwvNotification) {

    record Step(MatchStatus status, String actor, String reason, OffsetDateTime at) {}

    Match with(List<Step> history, UwvNotification notification) {
        return new Match(
                id,
                vacancyId,
                candidateId,
                status,
                score,
                overrideReason,
                proposedBy,
                createdAt,
                updatedAt,
                history,
                notification);
    }
}
