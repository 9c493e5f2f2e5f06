package nl.wegwijs.expertpool.agenda;

import java.util.List;
import java.util.UUID;

/** A status change out of order: answered with 409 and the allowed next steps. */
class StatusStepRefused extends RuntimeException {

    private final List<AgendaStatus> allowed;

    StatusStepRefused(UUID id, AgendaStatus current, AgendaStatus requested) {
        super("Agenda point " + id + " is " + current + " and cannot become " + requested + "; "
                + (current.allowedNext().isEmpty()
                        ? "it is closed, no further steps are allowed"
                        : "allowed next: "
                                + String.join(
                                        ", ",
                                        current.allowedNext().stream()
                                                .map(Enum::name)
                                                .toList())));
        this.allowed = current.allowedNext();
    }

    List<AgendaStatus> allowed() {
        return allowed;
    }
}
