package nl.wegwijs.gateway.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.gateway.limits.ClientAddresses;
import nl.wegwijs.gateway.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of the browser sign-in ({@code POST /login}): refuses attempts for a user name or
 * address that failed too often (429 with {@code Retry-After}), and accepts the fields as JSON as
 * well as a form.
 */
class LoginRequestFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoginThrottle throttle;
    private final ClientAddresses addresses;

    LoginRequestFilter(LoginThrottle throttle, ClientAddresses addresses) {
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest login = request;
        if (isJson(request)) {
            login = jsonAsParameters(request);
        }
        Optional<Duration> wait = throttle.blocked(login.getParameter("username"), addresses.of(request));
        if (wait.isPresent()) {
            tooManyAttempts(response, wait.get());
            return;
        }
        chain.doFilter(login, response);
    }

    static void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, wait.toSeconds());
        response.setHeader("Retry-After", String.valueOf(seconds));
        Problems.write(
                response,
                429,
                "too-many-sign-in-attempts",
                "Too many sign-in attempts",
                "Too many failed sign-ins. Try again in " + Math.max(1, (seconds + 59) / 60) + " minute(s).",
                Map.of("retryAfterSeconds", seconds));
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static HttpServletRequest jsonAsParameters(HttpServletRequest request) throws IOException {
        Map<String, String[]> params = new HashMap<>();
        try {
            JsonNode body = JSON.readTree(request.getInputStream());
            for (String field : new String[] {"username", "password"}) {
                JsonNode value = body == null ? null : body.get(field);
                if (value != null && value.isString()) {
                    params.put(field, new String[] {value.asString()});
                }
            }
        } catch (RuntimeException e) {
            // unreadable JSON: no credentials, so the sign-in fails as any other would
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = params.get(name);
                return values == null ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(params);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(params.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return params.get(name);
            }
        };
    }
}
