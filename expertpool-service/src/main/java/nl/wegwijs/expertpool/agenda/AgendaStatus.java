package nl.wegwijs.expertpool.agenda;

import java.util.Arrays;
import java.util.List;

/**
 * The road of an agenda point, in order. A point moves forward only, and may skip statuses on the way
 * (a point can be answered without a visit to parliament, or closed from any open status); nothing
 * comes after CLOSED.
 */
public enum AgendaStatus {
    RAISED,
    PRIORITISED,
    PRESENTED,
    SUBMITTED,
    ANSWERED,
    CLOSED;

    /** The statuses this one may move to: every later status on the road, CLOSED included. */
    public List<AgendaStatus> allowedNext() {
        return Arrays.stream(values()).filter(s -> s.ordinal() > ordinal()).toList();
    }

    public boolean mayBecome(AgendaStatus next) {
        return next.ordinal() > ordinal();
    }
}
