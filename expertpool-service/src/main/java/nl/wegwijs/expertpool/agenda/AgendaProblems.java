package nl.wegwijs.expertpool.agenda;

import java.util.List;
import nl.wegwijs.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Adds the allowed next statuses to the problem detail of a refused status step. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgendaProblems {

    @ExceptionHandler(StatusStepRefused.class)
    ProblemDetail refused(StatusStepRefused e) {
        ProblemDetail problem = ProblemDetailsAdvice.problem(
                HttpStatus.CONFLICT, "status-step-refused", "Status step refused", e.getMessage(), List.of());
        problem.setProperty("allowedNextStatuses", e.allowed());
        return problem;
    }
}
