package nl.wegwijs.expertpool.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An agenda point as the API shows it; supporters and history only on a single point. */
record AgendaPointView(
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
        int supporterCount,
        List<AgendaStatus> allowedNextStatuses,
        OffsetDateTime raisedAt,
        OffsetDateTime updatedAt,
        List<Supporter> supporters,
        List<AgendaHistoryEntry> history) {

    static AgendaPointView of(
            AgendaPoint p, int supporterCount, List<Supporter> supporters, List<AgendaHistoryEntry> history) {
        return new AgendaPointView(
                p.id(),
                p.sessionId(),
                p.theme(),
                p.text(),
                p.status(),
                p.priority(),
                p.reference(),
                p.visitDate(),
                p.visitors(),
                p.answeredOn(),
                p.answerSummary(),
                supporterCount,
                p.status().allowedNext(),
                p.raisedAt(),
                p.updatedAt(),
                supporters,
                history);
    }
}
