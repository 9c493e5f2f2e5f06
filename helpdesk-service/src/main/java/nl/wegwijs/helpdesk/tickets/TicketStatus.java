package nl.wegwijs.helpdesk.tickets;

import java.util.List;

/** Where a ticket is in its workflow, and what may happen to it next. */
public enum TicketStatus {
    OPEN(List.of("assign", "answer", "close")),
    ASSIGNED(List.of("assign", "answer", "close")),
    ANSWERED(List.of("close", "reopen")),
    CLOSED(List.of("reopen"));

    private final List<String> allowed;

    TicketStatus(List<String> allowed) {
        this.allowed = allowed;
    }

    List<String> allowedActions() {
        return allowed;
    }

    boolean allows(String action) {
        return allowed.contains(action);
    }
}
