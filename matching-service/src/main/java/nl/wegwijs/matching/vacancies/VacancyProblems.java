package nl.wegwijs.matching.vacancies;

import java.util.List;
import nl.wegwijs.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for the conditional-request rules of the vacancy API (RFC 9110: 412). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VacancyProblems {

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
        if (e.currentEtag() != null) {
            response.header(HttpHeaders.ETAG, e.currentEtag());
        }
        return response.body(ProblemDetailsAdvice.problem(
                HttpStatus.PRECONDITION_FAILED,
                "precondition-failed",
                "Precondition failed",
                e.getMessage(),
                List.of()));
    }
}
