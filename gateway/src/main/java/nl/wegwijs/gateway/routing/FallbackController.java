package nl.wegwijs.gateway.routing;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
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
 * detail that says which part of Wegwijs is down, and that the rest still works.
 */
@RestController
class FallbackController {

    private static final Map<String, String> PARTS = Map.of(
            "helpdesk", "The helpdesk",
            "knowledge", "The knowledge base",
            "matching", "Job matching",
            "expertpool", "The expert pool");

    @RequestMapping("/fallback/{part}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String part, HttpServletRequest request) {
        String name = PARTS.getOrDefault(part, "This part of Wegwijs");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, name + " is unavailable right now; the rest of Wegwijs works.");
        problem.setType(URI.create("https://wegwijs.nl/problems/service-unavailable"));
        problem.setTitle(name + " is unavailable");
        problem.setProperty("service", PARTS.containsKey(part) ? part : "unknown");
        // the path the caller asked for, not this fallback's
        Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        problem.setInstance(URI.create(asked instanceof String path ? path : request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
