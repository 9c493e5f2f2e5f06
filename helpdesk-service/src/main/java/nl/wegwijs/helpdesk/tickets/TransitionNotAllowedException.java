package nl.wegwijs.helpdesk.tickets;

import java.util.List;

/** Answers 409 naming the ticket's status and the actions it allows. */
class TransitionNotAllowedException extends RuntimeException {

    private final TicketStatus current;
    private final List<String> allowed;

    TransitionNotAllowedException(String action, TicketStatus current, List<String> allowed, String reason) {
        super("Cannot " + action + " a ticket that is " + current + (reason == null ? "" : " (" + reason + ")")
                + "; allowed: " + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed)));
        this.current = current;
        this.allowed = allowed;
    }

    TicketStatus current() {
        return current;
    }

    List<String> allowed() {
        return allowed;
    }
}
