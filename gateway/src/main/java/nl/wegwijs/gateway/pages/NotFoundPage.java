package nl.wegwijs.gateway.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The page a browser gets for a bad link ({@code static/not-found.html} of the staff UI, in
 * Ukrainian, Russian, Dutch and English, with a link back to the start page), with status 404,
 * in place of the problem detail that scripts and API clients get. Only for a browser's
 * navigation: a {@code GET} or {@code HEAD} that accepts {@code text/html}, to a path outside
 * {@code /api/}. Everything else keeps its {@code application/problem+json}.
 */
public final class NotFoundPage {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final Set<String> NAVIGATION = Set.of("GET", "HEAD");

    private final byte[] html;

    private NotFoundPage(byte[] html) {
        this.html = html;
    }

    /** The staff UI's page with its links versioned; none (problem details for everyone) if it is missing. */
    public static NotFoundPage of(AssetVersion version) {
        ClassPathResource page = new ClassPathResource("static/not-found.html");
        if (!page.exists()) {
            return new NotFoundPage(null);
        }
        try (InputStream in = page.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new NotFoundPage(version.linkVersioned(text).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this is a browser navigating to a path that is not there, which should see the page. */
    public boolean isFor(HttpServletRequest request) {
        if (html == null || !NAVIGATION.contains(request.getMethod())) {
            return false;
        }
        String path = originalPath(request);
        if (path == null || path.equals("/api") || path.startsWith("/api/")) {
            return false;
        }
        for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
            if (accept.toLowerCase(Locale.ROOT).contains("text/html")) {
                return true;
            }
        }
        return false;
    }

    /** Writes the page with status 404. */
    public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(404);
        response.setContentType(HTML.toString());
        response.setContentLength(html.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(html);
        }
        response.flushBuffer();
    }

    private static String originalPath(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            return path;
        }
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String path) {
            return path;
        }
        return request.getRequestURI();
    }
}
