package nl.wegwijs.matching.matches;

import java.net.URI;
import java.util.List;
import nl.wegwijs.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A pair proposed again: the platform's 409 conflict, plus the existing match's id and location. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MatchProblems {

    @ExceptionHandler(PairMatchedException.class)
    ResponseEntity<ProblemDetail> pairMatched(PairMatchedException e) {
        ProblemDetail problem =
                ProblemDetailsAdvice.problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), List.of());
        problem.setProperty("matchId", e.matchId());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .location(URI.create("/api/matching/matches/" + e.matchId()))
                .body(problem);
    }
}
