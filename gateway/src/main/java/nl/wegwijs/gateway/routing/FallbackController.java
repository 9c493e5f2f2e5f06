package nl.wegwijs.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a route's circuit breaker sends a request its service could not answer: a 503 problem
 * detail that says which part of Wegwijs is down, and that the rest still works. The breaker sends
 * every failure here, also those that are not the service's ({@link ServiceFailures}): a request
 * the gateway cannot pass on as it is gets 400 {@code malformed-request} (for that caller only, and
 * not counted against the service), a fault of the gateway itself 500 with a logged reference. A
 * body Tomcat could not read never arrives: Tomcat has answered it already ({@link
 * UnreadableBodyFilter}).
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private static final Map<String, String> PARTS = Map.of(
            "helpdesk", "The helpdesk",
            "knowledge", "The knowledge base",
            "matching", "Job matching",
            "expertpool", "The expert pool");

    @RequestMapping("/fallback/{part}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String part, HttpServletRequest request) {
        Object failure = request.getAttribute(MvcUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure instanceof Throwable thrown
                && !(thrown instanceof CallNotPermittedException)
                && !ServiceFailures.ofTheService(thrown)) {
            return notTheServices(thrown, part, request);
        }
        String name = PARTS.getOrDefault(part, "This part of Wegwijs");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, name + " is unavailable right now; the rest of Wegwijs works.");
        problem.setType(URI.create("https://wegwijs.nl/problems/service-unavailable"));
        problem.setTitle(name + " is unavailable");
        problem.setProperty("service", PARTS.containsKey(part) ? part : "unknown");
        problem.setInstance(URI.create(askedFor(request)));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The caller's 400, or the gateway's own 500; never the message of what was thrown in the log or
     * the answer (Spring Security's firewall puts the refused header value in its message).
     */
    private static ResponseEntity<ProblemDetail> notTheServices(
            Throwable failure, String part, HttpServletRequest request) {
        String path = askedFor(request);
        ProblemDetail problem;
        if (ServiceFailures.causedByTheRequest(failure)) {
            if (!ServiceFailures.callerWentAway(failure)) {
                log.warn(
                        "Refused {} {}: a request the gateway cannot pass on to {} as it is ({}); not counted"
                                + " against the service",
                        request.getMethod(),
                        RefusedRequests.pathForLog(path),
                        part,
                        ServiceFailures.kindOf(failure));
            }
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    "The request was refused as malformed: it cannot be passed on as it is (a query parameter,"
                            + " header or body that is not valid or not allowed here).");
            problem.setType(URI.create("https://wegwijs.nl/problems/malformed-request"));
            problem.setTitle("Bad Request");
        } else {
            String reference = UUID.randomUUID().toString();
            log.error("Could not pass a request on to {}, reference {}", part, reference, failure);
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the gateway's side. Reference " + reference + ".");
            problem.setType(URI.create("https://wegwijs.nl/problems/internal-error"));
            problem.setTitle("Internal Server Error");
        }
        problem.setInstance(URI.create(path));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The path the caller asked for, not this fallback's. */
    private static String askedFor(HttpServletRequest request) {
        Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return asked instanceof String path ? path : request.getRequestURI();
    }
}
