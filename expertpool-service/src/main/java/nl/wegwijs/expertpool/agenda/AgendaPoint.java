package nl.wegwijs.expertpool.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An agenda point as stored. {@code visitors} are the experts who went to parliament. */
public record AgendaPoint(
        UUID id,
        UUID sessionId,
        String theme,
        String text,
        AgendaStatus status,
        Integer priority,
        String reference,
        LocalDate visitDate,
        List<UUID> visitors,
        LocalDate answeredOn,
        String answerSummary,
        OffsetDateTime raisedAt,
        OffsetDateTime updatedAt) {}
