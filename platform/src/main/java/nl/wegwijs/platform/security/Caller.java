package nl.wegwijs.platform.security;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling, as the gateway's token says: the user name, roles and, for employers, the employer. */
public record Caller(String username, Set<String> roles, UUID employerId) {

    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return new Caller("anonymous", Set.of(), null);
        }
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        UUID employer = null;
        if (auth instanceof JwtAuthenticationToken jwt) {
            String claim = jwt.getToken().getClaimAsString(GatewayTokens.EMPLOYER_ID);
            employer = claim == null ? null : UUID.fromString(claim);
        }
        return new Caller(auth.getName(), roles, employer);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
