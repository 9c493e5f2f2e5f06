package nl.wegwijs.expertpool.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Domain events on {@code expertpool.agenda.v1}. */
final class AgendaEvents {

    private AgendaEvents() {}

    record AgendaPointRaised(UUID agendaPointId, UUID sessionId, String theme, OffsetDateTime raisedAt) {}

    record AgendaPointStatusChanged(
            UUID agendaPointId,
            String theme,
            AgendaStatus from,
            AgendaStatus to,
            String reference,
            LocalDate answeredOn,
            OffsetDateTime changedAt) {}

    /** Experts took the point to members of parliament. */
    record VisitHeld(
            UUID agendaPointId, String theme, LocalDate visitDate, int visitorCount, OffsetDateTime recordedAt) {}
}
