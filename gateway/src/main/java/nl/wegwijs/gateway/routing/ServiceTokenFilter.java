package nl.wegwijs.gateway.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.gateway.accounts.StaffIdentity;
import nl.wegwijs.gateway.apikeys.EmployerAuthentication;
import nl.wegwijs.gateway.tokens.Caller;
import nl.wegwijs.gateway.tokens.ServiceTokens;
import nl.wegwijs.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request the gateway passes to a service carries the gateway's own token for the caller
 * ({@code Authorization: Bearer}), and none of the caller's credentials: their Authorization
 * header, API key, cookies and CSRF header stay at the gateway. Public requests always go as
 * {@code public}, whoever sends them.
 *
 * <p>A header it would pass on whose value is not plain ASCII ({@link RefusedRequests}) gets the
 * caller 400 {@code malformed-request} naming the header (never its value), logged at WARN, before
 * the request is routed: the proxy could not send it as it came, and finding that out inside a
 * route's circuit breaker made it count as the service failing. This runs after authentication and
 * the rate limits, like every other request of that caller.
 */
public class ServiceTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ServiceTokenFilter.class);

    private static final Set<String> WITHHELD =
            Set.of("authorization", "x-api-key", "cookie", "x-xsrf-token", "proxy-authorization");

    private final ServiceTokens tokens;
    private final String oidcUsernameClaim;

    public ServiceTokenFilter(ServiceTokens tokens, String oidcUsernameClaim) {
        this.tokens = tokens;
        this.oidcUsernameClaim = oidcUsernameClaim;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") || path.startsWith("/api-docs/")) || path.startsWith("/api/auth/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refused = RefusedRequests.headerNotPlainAscii(request, name -> !withheld(name));
        if (refused.isPresent()) {
            refuse(request, response, refused.get());
            return;
        }
        Optional<Caller> caller = callerOf(request);
        String authorization = caller.map(c -> "Bearer " + tokens.tokenFor(c)).orElse(null);
        chain.doFilter(new ProxiedRequest(request, authorization), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String name)
            throws IOException {
        // a header name is a token (Tomcat refuses others), but it may be long
        String header = name.length() > 64 ? name.substring(0, 64) + "..." : name;
        log.warn(
                "Refused {} {}: the value of header {} is not plain ASCII; not passed on",
                request.getMethod(),
                RefusedRequests.pathForLog(request.getRequestURI()),
                header);
        Problems.write(
                response,
                400,
                "malformed-request",
                "Bad Request",
                "The value of the header " + header + " is not plain ASCII. Header values may hold visible"
                        + " US-ASCII characters and spaces only (RFC 9110); send other text percent-encoded"
                        + " (UTF-8).",
                Map.of("header", header));
    }

    private static boolean withheld(String name) {
        return WITHHELD.contains(name.toLowerCase(Locale.ROOT));
    }

    private Optional<Caller> callerOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/public/") || path.startsWith("/api-docs/")) {
            return Optional.of(Caller.PUBLIC);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof EmployerAuthentication employer) {
            return Optional.of(Caller.employer(employer.employerId(), employer.keyId()));
        }
        return StaffIdentity.of(auth, oidcUsernameClaim);
    }

    /** The request as the service sees it: credentials replaced by the gateway's token. */
    private static final class ProxiedRequest extends HttpServletRequestWrapper {
        private final String authorization;
        private List<String> headerNames;

        ProxiedRequest(HttpServletRequest request, String authorization) {
            super(request);
            this.authorization = authorization;
        }

        @Override
        public String getHeader(String name) {
            if ("authorization".equalsIgnoreCase(name)) {
                return authorization;
            }
            return withheld(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if ("authorization".equalsIgnoreCase(name)) {
                return authorization == null
                        ? Collections.emptyEnumeration()
                        : Collections.enumeration(List.of(authorization));
            }
            return withheld(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        /** Worked out once: the proxy asks for the names several times per request. */
        @Override
        public Enumeration<String> getHeaderNames() {
            if (headerNames == null) {
                List<String> names = new ArrayList<>();
                for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                    String name = e.nextElement();
                    if (!withheld(name)) {
                        names.add(name);
                    }
                }
                if (authorization != null) {
                    names.add("Authorization");
                }
                headerNames = names;
            }
            return Collections.enumeration(headerNames);
        }
    }
}
