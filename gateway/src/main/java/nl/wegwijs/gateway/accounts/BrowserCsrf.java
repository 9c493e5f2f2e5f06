package nl.wegwijs.gateway.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * What {@code csrf.spa()} does for the staff pages (an {@code XSRF-TOKEN} cookie on every response,
 * the raw token accepted from the {@code X-XSRF-TOKEN} header, the masked one from a form field),
 * but only for browsers. Requests with their own credentials (bearer token, API key, the public
 * API) get no token minted and no cookie written: that was a random token and a {@code Set-Cookie}
 * on every proxied script call.
 */
final class BrowserCsrf implements CsrfTokenRequestHandler {

    private final RequestMatcher ownCredentials;
    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    private final XorCsrfTokenRequestAttributeHandler eager = new XorCsrfTokenRequestAttributeHandler();
    private final XorCsrfTokenRequestAttributeHandler lazy = new XorCsrfTokenRequestAttributeHandler();

    BrowserCsrf(RequestMatcher ownCredentials) {
        this.ownCredentials = ownCredentials;
        // without an attribute name the handler reads the token at once, which writes the cookie
        eager.setCsrfRequestAttributeName(null);
        lazy.setCsrfRequestAttributeName("_csrf");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        (ownCredentials.matches(request) ? lazy : eager).handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        boolean fromHeader = StringUtils.hasText(request.getHeader(token.getHeaderName()));
        return (fromHeader ? plain : eager).resolveCsrfTokenValue(request, token);
    }
}
