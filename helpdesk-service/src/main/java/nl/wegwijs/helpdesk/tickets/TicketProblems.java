package nl.wegwijs.helpdesk.tickets;

import java.util.List;
import nl.wegwijs.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused transition as a 409 problem detail with {@code currentStatus} and {@code allowed}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TicketProblems {

    @ExceptionHandler(TransitionNotAllowedException.class)
    ProblemDetail transitionNotAllowed(TransitionNotAllowedException e) {
        ProblemDetail problem = ProblemDetailsAdvice.problem(
                HttpStatus.CONFLICT, "transition-not-allowed", "Transition not allowed", e.getMessage(), List.of());
        problem.setProperty("currentStatus", e.current());
        problem.setProperty("allowed", e.allowed());
        return problem;
    }
}
