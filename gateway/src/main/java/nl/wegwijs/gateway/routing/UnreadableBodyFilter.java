package nl.wegwijs.gateway.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a proxied request end quietly when Tomcat could not read its body while the proxy passed it
 * on: the caller went away or stopped sending it (or sent one Tomcat cannot decode). Tomcat answers
 * such a request itself the moment the read fails (400; 408 when the body stopped coming until the
 * connection timed out), so when the route's circuit breaker then hands the failure to its fallback
 * ({@link FallbackController}), the response is committed and the forward fails ("Cannot forward
 * after response has been committed"). That was logged at ERROR twice (Tomcat's "Servlet.service()
 * ... threw exception", then the error page's 500 with a reference), and a caller still listening got
 * that 500 instead of Tomcat's 400. The fault is the caller's, and the circuit breaker did not count
 * it ({@link ServiceFailures}): Tomcat's answer stands (its error page writes it as a problem
 * detail), logged at WARN like the other refusals, and not at all when the caller went away.
 */
final class UnreadableBodyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableBodyFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException thrown) {
            if (!answeredByTomcat(request, response)) {
                throw thrown;
            }
        }
    }

    /** The route failed on what the caller sent, and Tomcat has answered already. */
    private static boolean answeredByTomcat(HttpServletRequest request, HttpServletResponse response) {
        Object failure = request.getAttribute(MvcUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (!(failure instanceof Throwable thrown)
                || !response.isCommitted()
                || !ServiceFailures.causedByTheRequest(thrown)) {
            return false;
        }
        if (ServiceFailures.callerWentAway(thrown)) {
            log.debug("{} {}: the caller went away while sending its body", request.getMethod(), pathOf(request));
        } else {
            log.warn(
                    "Refused {} {}: a body that cannot be read ({}); not passed on, not counted against the"
                            + " service",
                    request.getMethod(),
                    pathOf(request),
                    ServiceFailures.kindOf(thrown));
        }
        return true;
    }

    private static String pathOf(HttpServletRequest request) {
        return RefusedRequests.pathForLog(request.getRequestURI());
    }
}
