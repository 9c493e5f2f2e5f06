package nl.wegwijs.gateway.routing;

import java.io.IOException;
import java.util.function.Predicate;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.coyote.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.CircuitBreakerStatusCodeException;
import org.springframework.cloud.gateway.server.mvc.filter.RetryFilterFunctions;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * What a route's circuit breaker may hold against its service. Everything thrown while a request is
 * passed on lands in the breaker, whoever caused it; only the service's own failures count:
 *
 * <ul>
 *   <li>an I/O error on the way to or from the service: connection refused, reset or closed without
 *       an answer (for a {@code GET}, still so after its retries: {@link ConnectionRetries}), no
 *       answer within the read timeout, no free connection to it within 2 s;
 *   <li>a 502 or 504 answer (the route's {@code statusCodes}), or a {@code GET} that still answered
 *       5xx after its retries.
 * </ul>
 *
 * <p>Never the caller's doing: a request the gateway cannot pass on as it is, found out only when
 * the proxy reads it (a header value or parameter name Spring Security's firewall refuses, more
 * parameters than Tomcat takes, a body Tomcat cannot read, a caller that went away while sending
 * it). Those are the caller's 400 ({@link FallbackController}; for a body, Tomcat's own answer:
 * {@link UnreadableBodyFilter}). Anything else (a fault of the gateway itself) does not count either.
 */
final class ServiceFailures {

    /** Deeper than any wrapping seen (circuit breaker, retry, unchecked I/O); guards against cycles. */
    private static final int MAX_DEPTH = 16;

    private ServiceFailures() {}

    static boolean ofTheService(Throwable failure) {
        if (causedByTheRequest(failure)) {
            return false;
        }
        return any(
                failure,
                t -> t instanceof CircuitBreakerStatusCodeException
                        || (t instanceof RetryFilterFunctions.RetryException retry
                                && retry.getResponse().statusCode().is5xxServerError())
                        || t instanceof IOException);
    }

    /** The request itself could not be read or passed on: the caller's 400, never the service's failure. */
    static boolean causedByTheRequest(Throwable failure) {
        return any(
                failure,
                t -> t instanceof RequestRejectedException
                        || t instanceof InvalidParameterException
                        // Tomcat's, reading the caller's body (ClientAbortException is one too)
                        || t instanceof BadRequestException);
    }

    /** The caller closed the connection (or stopped sending) before its request was read. */
    static boolean callerWentAway(Throwable failure) {
        return any(failure, t -> t instanceof ClientAbortException);
    }

    /** The class of the innermost cause (which says what was wrong), never a message. */
    static String kindOf(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t.getCause() != null && depth < MAX_DEPTH; depth++) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    private static boolean any(Throwable failure, Predicate<Throwable> test) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
