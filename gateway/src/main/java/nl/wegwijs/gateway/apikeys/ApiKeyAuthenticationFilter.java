package nl.wegwijs.gateway.apikeys;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.wegwijs.gateway.web.Problems;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /api/employer/**} answers only to a valid {@code X-API-Key}: missing, unknown or revoked
 * keys get 401. Sessions and bearer tokens do not count there.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";

    private final ApiKeyRegistry registry;

    public ApiKeyAuthenticationFilter(ApiKeyRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/employer/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isBlank() || presented.length() > 512) {
            unauthorized(response, "An API key is required: send it in the X-API-Key header.");
            return;
        }
        Optional<ApiKeyRegistry.ApiKey> key = registry.find(presented.trim());
        if (key.isEmpty()) {
            if (!registry.caughtUp()) {
                response.setHeader("Retry-After", "5");
                Problems.write(
                        response,
                        503,
                        "starting",
                        "Starting",
                        "The gateway is still loading API keys; try again in a few seconds.");
                return;
            }
            unauthorized(response, "This API key is unknown or has been revoked.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new EmployerAuthentication(key.get().employerId(), key.get().keyId()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
        Problems.write(response, 401, "unauthorized", "Unauthorized", detail);
    }
}
