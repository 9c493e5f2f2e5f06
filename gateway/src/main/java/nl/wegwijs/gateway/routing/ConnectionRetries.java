package nl.wegwijs.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * When the proxy's HTTP client sends a request to a service again: a read ({@code GET}, {@code
 * HEAD}) whose connection failed before any answer came, twice at most, after 50 and 100 ms. A
 * connection fails so when the service refuses it (not started, restarting), resets it, or closes it
 * without a word (often a keep-alive connection it had dropped). Nothing else is sent again here:
 *
 * <ul>
 *   <li>never a change ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}): the service may
 *       have acted on it before the connection broke;
 *   <li>never after a timeout (no connection within the connect timeout, no answer within the read
 *       timeout, no free connection in the pool): the caller has waited that long already, and a
 *       service that is slow gets no extra load from the gateway;
 *   <li>never an answer: a service's 5xx to a {@code GET} is the route's {@code Retry} filter's
 *       business (application.yml).
 * </ul>
 *
 * <p>This replaces the client's default strategy, which sent an idempotent request without a body
 * again once after a reset or a connection closed without an answer ({@code DELETE} and {@code PUT}
 * included, a refused connection not), and any request without a body once more after an answer of
 * 429 or 503 (after 1 s, or after the answer's {@code Retry-After}), underneath the route's own
 * retries.
 *
 * <p>Why here and not in the route's {@code Retry} filter: that filter compares only the class of
 * what reaches it, and the proxy hands it every I/O error wrapped ({@code ResourceAccessException}
 * around the {@link IOException}), so its {@code IOException} default never matches. Here the
 * exception is seen as the connection threw it, and the client knows whether a request can be sent
 * again (a body streamed from the caller cannot).
 */
final class ConnectionRetries implements HttpRequestRetryStrategy {

    static final int MAX_RETRIES = 2;

    private static final long FIRST_INTERVAL_MILLIS = 50;

    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return execCount <= MAX_RETRIES
                && READS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && failedBeforeAnyAnswer(exception)
                && !(request instanceof CancellableDependency cancellable && cancellable.isCancelled());
    }

    /** 50 ms after the first failure, 100 ms after the second. */
    @Override
    public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return TimeValue.ofMilliseconds(FIRST_INTERVAL_MILLIS << Math.max(0, execCount - 1));
    }

    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        return false;
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        return TimeValue.ZERO_MILLISECONDS;
    }

    /**
     * Refused ({@link ConnectException}), closed without an answer ({@link NoHttpResponseException}),
     * reset or broken ({@link SocketException}). Timeouts are none of these: they are {@link
     * java.io.InterruptedIOException}s.
     */
    static boolean failedBeforeAnyAnswer(IOException exception) {
        return exception instanceof ConnectException
                || exception instanceof NoHttpResponseException
                || (exception instanceof SocketException && !(exception instanceof NoRouteToHostException));
    }
}
