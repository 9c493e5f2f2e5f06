package nl.wegwijs.expertpool.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One step in an agenda point's history, with what was recorded at that step. */
record AgendaHistoryEntry(
        AgendaStatus from,
        AgendaStatus to,
        OffsetDateTime changedAt,
        String changedBy,
        String note,
        String reference,
        LocalDate visitDate,
        Integer visitorCount,
        LocalDate answeredOn,
        String answerSummary) {}
