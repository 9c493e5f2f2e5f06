package nl.wegwijs.gateway.accounts;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's header checks without its regular expressions, which walked every character of
 * the {@code Authorization} header (an 800-character bearer token) on each read of it: together
 * about 13% of the CPU of a proxied request in {@code GatewayOverheadBenchmark}'s profile.
 */
final class HeaderChecks {

    private HeaderChecks() {}

    /** The strict firewall; header names, values and parameter names: assigned, no control characters. */
    static HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderChecks::assignedAndNotControl);
        firewall.setAllowedHeaderValues(HeaderChecks::assignedAndNotControl);
        firewall.setAllowedParameterNames(HeaderChecks::assignedAndNotControl);
        return firewall;
    }

    /** The {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} of {@link StrictHttpFirewall}. */
    static boolean assignedAndNotControl(String value) {
        for (int i = 0; i < value.length(); ) {
            char ascii = value.charAt(i);
            if (ascii >= 0x20 && ascii < 0x7f) {
                i++;
                continue;
            }
            int c = value.codePointAt(i);
            if (Character.isISOControl(c) || !Character.isDefined(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * The token of {@code Authorization: Bearer <token>}: no header or another scheme is no bearer
     * token; "Bearer" with nothing after it is a malformed one (401). The token's characters are
     * not checked here: its signature is verified next, and nothing else passes that.
     */
    static BearerTokenResolver bearerToken() {
        return HeaderChecks::bearerToken;
    }

    private static String bearerToken(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // a forward to a fallback, or an error page, was authenticated as the request it serves;
            // by then the proxy has put the service token (which the gateway refuses) in this header
            return null;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer", 0, 6)) {
            return null;
        }
        String token = header.length() > 7 && header.charAt(6) == ' '
                ? header.substring(7).strip()
                : "";
        if (token.isEmpty()) {
            throw malformed();
        }
        return token;
    }

    private static OAuth2AuthenticationException malformed() {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }
}
