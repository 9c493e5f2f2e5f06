package nl.wegwijs.gateway.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import nl.wegwijs.gateway.pages.NotFoundPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The gateway's own errors (unknown path, wrong method or media type, unreadable body) as problem
 * details with a {@code type}, like every other error of Wegwijs: Spring leaves it at
 * {@code about:blank} and then does not write it at all. A browser that follows a bad link gets
 * the {@link NotFoundPage} instead of the 404 problem.
 */
@RestControllerAdvice
class ProblemTypes extends ResponseEntityExceptionHandler {

    private final NotFoundPage notFoundPage;

    ProblemTypes(NotFoundPage notFoundPage) {
        this.notFoundPage = notFoundPage;
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (showedNotFoundPage(request)) {
            return null;
        }
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (showedNotFoundPage(request)) {
            return null;
        }
        return super.handleNoHandlerFoundException(ex, headers, status, request);
    }

    /** For a browser's navigation, writes the page (the response is then complete: null tells Spring so). */
    private boolean showedNotFoundPage(WebRequest request) {
        if (request instanceof ServletWebRequest servlet
                && servlet.getResponse() != null
                && notFoundPage.isFor(servlet.getRequest())) {
            try {
                notFoundPage.write(servlet.getRequest(), servlet.getResponse());
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    /**
     * The {@code type} of the status, and a fixed {@code detail} per status ({@link
     * StatusProblems#detail}): Spring's own details repeat the request ("Method 'X' is not
     * supported.", "Content-Type 'x' is not supported.", "No static resource x.").
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
                problem.setType(URI.create("https://wegwijs.nl/problems/" + typeOf(status.value())));
            }
            problem.setDetail(StatusProblems.detail(status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** The last part of the {@code type} of a problem with this status, when nothing more specific is known. */
    static String typeOf(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 408 -> "request-timeout";
            case 413 -> "content-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 431 -> "header-fields-too-large";
            case 500 -> "internal-error";
            case 501 -> "not-implemented";
            case 503 -> "service-unavailable";
            case 505 -> "http-version-not-supported";
            default -> Integer.toString(status);
        };
    }
}
