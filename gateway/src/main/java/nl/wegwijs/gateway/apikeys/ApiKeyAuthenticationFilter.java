package nl.wegwijs.gateway.apikeys;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import nl.wegwijs.gateway.limits.UnknownApiKeyLimit;
import nl.wegwijs.gateway.web.Problems;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /api/employer/**} answers only to a valid {@code X-API-Key}: missing, unknown or revoked
 * keys get 401. Sessions and bearer tokens do not count there.
 *
 * <p>A key issued a moment ago may not have arrived from the topic yet. An unknown key (once the
 * topic has been read to its end after start-up) is first counted against its client address's
 * {@link UnknownApiKeyLimit} (429 past it), then the request waits up to
 * {@code wegwijs.api-keys.wait-for-new} for the key to arrive before it gets 401. Requests run on
 * virtual threads, so a waiting request holds no platform thread. A known key never waits, nor
 * does a revoked one.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";

    private final ApiKeyRegistry registry;
    private final UnknownApiKeyLimit unknownKeys;
    private final Duration waitForNew;

    public ApiKeyAuthenticationFilter(ApiKeyRegistry registry, UnknownApiKeyLimit unknownKeys, Duration waitForNew) {
        this.registry = registry;
        this.unknownKeys = unknownKeys;
        this.waitForNew = waitForNew;
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
        presented = presented.trim();
        ApiKeyRegistry.Lookup lookup = registry.lookup(presented);
        if (lookup.key().isEmpty() && !lookup.revoked()) {
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
            if (!unknownKeys.take(request, response)) {
                return;
            }
            lookup = registry.awaitIssued(presented, waitForNew);
        }
        Optional<ApiKeyRegistry.ApiKey> key = lookup.key();
        if (key.isEmpty()) {
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
