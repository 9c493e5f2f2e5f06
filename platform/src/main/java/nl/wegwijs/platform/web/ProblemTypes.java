package nl.wegwijs.platform.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** The {@code type} and {@code title} of a problem detail for a status, when nothing more specific is known. */
final class ProblemTypes {

    static final String BASE = "https://wegwijs.nl/problems/";

    private ProblemTypes() {}

    static URI uri(String type) {
        return URI.create(BASE + type);
    }

    static String type(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 500 -> "internal-error";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known == null
                        ? "status-" + status.value()
                        : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            }
        };
    }

    static String title(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Invalid request";
            case 404 -> "Not found";
            case 500 -> "Internal error";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                if (known == null) {
                    yield "Error " + status.value();
                }
                String phrase = known.getReasonPhrase().toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
            }
        };
    }
}
