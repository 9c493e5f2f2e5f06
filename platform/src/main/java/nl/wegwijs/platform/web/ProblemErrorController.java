package nl.wegwijs.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes the errors that never reach a controller as problem details, in place of Spring Boot's
 * {@code {timestamp, status, error, path}}: what the servlet container or a filter answers with
 * {@code sendError} (a URL the firewall rejects, a body too large) or throws. {@code type}, {@code
 * title}, {@code status} and a {@code detail} that says nothing about the cause.
 */
@Hidden // not an API: OpenAPI listed "/error" with all seven methods in every service
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatusCode.valueOf(code)
                : HttpStatus.NOT_FOUND; // the error path asked for directly: there is nothing here
        String detail;
        if (status.is5xxServerError()) {
            String reference = UUID.randomUUID().toString();
            Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "Error outside the controllers ({}), reference {}",
                    status.value(),
                    reference,
                    cause instanceof Throwable t ? t : null);
            detail = "Something went wrong on our side. Reference " + reference;
        } else if (status.value() == 400) {
            detail = "The request was rejected as malformed";
        } else if (status.value() == 404) {
            detail = "There is no endpoint at this path";
        } else {
            detail = ProblemTypes.title(status);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(ProblemTypes.type(status)));
        problem.setTitle(ProblemTypes.title(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // the path was rejected for being malformed; the problem does without an instance
            }
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
