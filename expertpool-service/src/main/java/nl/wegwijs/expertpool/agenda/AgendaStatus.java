package nl.wegwijs.expertpool.agenda;

import java.util.List;

/** The road of an agenda point. Each status has one next step; a point may also be closed early. */
public enum AgendaStatus {
    RAISED,
    PRIORITISED,
    PRESENTED,
    SUBMITTED,
    ANSWERED,
    CLOSED;

    /** The statuses this one may move to: the next on the road, and CLOSED (early, with a note). */
    public List<AgendaStatus> allowedNext() {
        return switch (this) {
            case RAISED -> List.of(PRIORITISED, CLOSED);
            case PRIORITISED -> List.of(PRESENTED, CLOSED);
            case PRESENTED -> List.of(SUBMITTED, CLOSED);
            case SUBMITTED -> List.of(ANSWERED, CLOSED);
            case ANSWERED -> List.of(CLOSED);
            case CLOSED -> List.of();
        };
    }

    public boolean mayBecome(AgendaStatus next) {
        return allowedNext().contains(next);
    }
}
