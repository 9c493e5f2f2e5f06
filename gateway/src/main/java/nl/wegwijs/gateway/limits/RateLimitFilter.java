package nl.wegwijs.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.wegwijs.gateway.GatewayProperties;
import nl.wegwijs.gateway.apikeys.EmployerAuthentication;
import nl.wegwijs.gateway.web.Problems;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits: the public API per client address ({@code wegwijs.limits.public-per-minute}), the
 * employer API per API key ({@code wegwijs.limits.employer-per-minute}). Past the limit: 429
 * problem detail with {@code Retry-After} in seconds. Runs after authentication, so the employer's
 * key is known; requests with a key the gateway does not know never get here, they are limited per
 * client address by {@link UnknownApiKeyLimit} inside authentication.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final ClientAddresses addresses;
    private final RateLimits publicLimits;
    private final RateLimits employerLimits;

    public RateLimitFilter(ClientAddresses addresses, GatewayProperties properties) {
        this.addresses = addresses;
        this.publicLimits = new RateLimits(properties.limits().publicPerMinute());
        this.employerLimits = new RateLimits(properties.limits().employerPerMinute());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        RateLimits limits = null;
        String key = null;
        if (path.startsWith("/api/public/")) {
            limits = publicLimits;
            key = addresses.of(request);
        } else if (path.startsWith("/api/employer/")) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth instanceof EmployerAuthentication employer) {
                limits = employerLimits;
                key = employer.keyId();
            }
        }
        if (limits == null) {
            chain.doFilter(request, response);
            return;
        }
        if (take(limits, key, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Takes one request from {@code key}'s bucket and writes the {@code X-RateLimit-*} headers;
     * past the limit, answers 429 with {@code Retry-After} and returns false.
     */
    static boolean take(RateLimits limits, String key, HttpServletResponse response) throws IOException {
        ConsumptionProbe probe = limits.take(key);
        response.setHeader("X-RateLimit-Limit", String.valueOf(limits.perMinute()));
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            return true;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setHeader("X-RateLimit-Remaining", "0");
        Problems.write(
                response,
                429,
                "too-many-requests",
                "Too many requests",
                "Please wait " + retryAfter + (retryAfter == 1 ? " second" : " seconds") + " before trying again.",
                Map.of("retryAfterSeconds", retryAfter));
        return false;
    }
}
