package nl.wegwijs.matching.preconditions;

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

/** A failed If-Match as a problem detail (RFC 9110: 412), with the current ETag when known. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PreconditionProblems {

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
