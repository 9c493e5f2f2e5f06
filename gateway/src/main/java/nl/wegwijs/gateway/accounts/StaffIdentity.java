package nl.wegwijs.gateway.accounts;

import java.util.List;
import java.util.Optional;
import nl.wegwijs.gateway.tokens.Caller;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The staff member behind an authentication, however they signed in: a configured account (session),
 * an OpenID Connect login (session), or an access token from {@code POST /api/auth/token}.
 */
public final class StaffIdentity {

    private StaffIdentity() {}

    public static Optional<Caller> of(Authentication auth, String oidcUsernameClaim) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        List<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .toList();
        Object principal = auth.getPrincipal();
        if (principal instanceof StaffUser user) {
            return Optional.of(Caller.staff(user.getUsername(), user.displayName(), roles, user.languages()));
        }
        if (auth instanceof JwtAuthenticationToken jwt) {
            String name = jwt.getToken().getClaimAsString("name");
            List<String> languages = jwt.getToken().getClaimAsStringList("languages");
            return Optional.of(Caller.staff(jwt.getName(), name == null ? jwt.getName() : name, roles, languages));
        }
        if (principal instanceof OidcUser oidc) {
            String username = oidc.getClaimAsString(oidcUsernameClaim);
            if (username == null || username.isBlank()) {
                username = oidc.getName();
            }
            String display = oidc.getFullName() != null ? oidc.getFullName() : username;
            List<String> languages = oidc.getClaimAsStringList("languages");
            return Optional.of(Caller.staff(username, display, roles, languages));
        }
        return Optional.empty();
    }
}
