package nl.wegwijs.gateway.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as a problem detail instead of its HTML page. Tomcat writes that page for
 * the requests it refuses itself, before the gateway's filters or Spring MVC see them: a request
 * line or header it cannot parse (raw non-ASCII bytes, {@code %00}, {@code %zz}, {@code %2F} or
 * {@code %5C} in the path, a path that climbs above the root), a request line or headers too long,
 * an unknown transfer coding (501), an HTTP version it does not speak (505). The status stays
 * Tomcat's; the body never repeats the request and names neither Tomcat nor its version. The
 * answer carries the {@link SecurityHeaders} every other answer has.
 *
 * <p>Public, with a public constructor: Tomcat's host may create it from its class name ({@link
 * TomcatProblemReports}). Errors the gateway's own code answers never get here: they are written already, or Spring
 * Boot's error page ({@code /error}, {@link ProblemErrorController}) wrote them.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as ErrorReportValve: only an error, only if nothing is written yet, and only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is gone or broken: nobody would read it
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            SecurityHeaders.write(request, response);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(StatusProblems.json(status, StatusProblems.detail(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away meanwhile; Tomcat closes the connection
        }
    }
}
