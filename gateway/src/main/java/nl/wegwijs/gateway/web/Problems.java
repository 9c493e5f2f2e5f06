package nl.wegwijs.gateway.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details from filters, where no controller advice reaches. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        write(response, status, type, title, detail, Map.of());
    }

    /**
     * A problem whose {@code type} and {@code title} follow from its status alone, the same as
     * where Tomcat, the firewall or Spring MVC refuse a request with that status (e.g. 413 {@code
     * content-too-large} wherever the request is found too large).
     */
    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        write(response, status, ProblemTypes.typeOf(status), StatusProblems.title(status), detail, Map.of());
    }

    public static void write(
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            Map<String, Object> extra)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, type, title, detail, extra));
        response.flushBuffer();
    }

    /** The body {@link #write} writes, for where there is no servlet response to write to. */
    static String json(int status, String type, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://wegwijs.nl/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extra);
        return JSON.writeValueAsString(body);
    }
}
