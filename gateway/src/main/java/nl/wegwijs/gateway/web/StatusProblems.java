package nl.wegwijs.gateway.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The problem detail for a bare status, where nothing more is known than that: a request Tomcat
 * refused before any of the gateway's code saw it, one Spring Security's firewall refused, an error
 * outside every controller. The detail says what kind of request that is, never what the request
 * said: its path or headers may be anything.
 */
final class StatusProblems {

    private StatusProblems() {}

    static String json(int status, String detail) {
        return Problems.json(status, ProblemTypes.typeOf(status), title(status), detail, Map.of());
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    static String detail(int status) {
        return switch (status) {
            case 400 ->
                "The request was refused as malformed: its request line, path, query, headers or body are not"
                        + " valid or not allowed here.";
            case 401 -> "Sign in first.";
            case 403 -> "This request is not allowed.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed at this path; the Allow header lists the ones that are.";
            case 406 -> "No answer in a media type the Accept header allows can be given here.";
            case 408 -> "The rest of the request did not arrive in time.";
            case 413 -> "The request is too large.";
            case 414 -> "The request line is too long.";
            case 415 -> "The request body's Content-Type is not accepted here.";
            case 429 -> "Too many requests; try again later.";
            case 431 -> "The request headers are too large.";
            case 500 -> "Something went wrong on the gateway's side.";
            case 501 -> "The request needs something the gateway does not support, such as an unknown transfer coding.";
            case 503 -> "This part of Wegwijs is unavailable right now; try again later.";
            case 505 -> "This HTTP version is not supported; use HTTP/1.1.";
            default -> "The request could not be answered.";
        };
    }
}
