package nl.wegwijs.gateway.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.wegwijs.gateway.pages.NotFoundPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's error page ({@code /error}) as a problem detail, in place of its {@code {timestamp,
 * status, error, path}} (or the "Whitelabel" HTML page for browsers), which repeated the path asked
 * for. It answers what reached no controller: a request Spring Security's firewall refused
 * ({@code ;}, {@code %25}, {@code ..;/}, {@code //} in the path, a header value it does not allow),
 * an exception thrown in a filter, a {@code sendError} from the servlet container. Asked for
 * directly, {@code /error} is a path like any other with nothing there: 404 (for a browser's
 * navigation the {@link NotFoundPage}, as for every other path with nothing there). Either way with
 * the {@link SecurityHeaders} every other answer has.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final NotFoundPage notFoundPage;

    ProblemErrorController(NotFoundPage notFoundPage) {
        this.notFoundPage = notFoundPage;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : 404;
        // a request the firewall refused passed no security filter that would have set them
        SecurityHeaders.write(request, response);
        if (status == 404 && notFoundPage.isFor(request)) {
            notFoundPage.write(request, response);
            return;
        }
        String detail = StatusProblems.detail(status);
        if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            log.error(
                    "Error outside the controllers ({}), reference {}",
                    status,
                    reference,
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null);
            detail = detail + " Reference " + reference + ".";
        }
        Problems.write(response, status, detail);
    }
}
