package nl.wegwijs.gateway.accounts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.gateway.tokens.Caller;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Roles of people who sign in through OpenID Connect, read from a claim of their ID token or user
 * info ({@code wegwijs.oidc.roles-claim}, default {@code roles}; a dotted path such as
 * {@code realm_access.roles} reaches into Keycloak's nested claim). Values may carry a
 * {@code ROLE_} prefix and any case; only Wegwijs' staff roles are kept.
 */
class OidcRoles implements GrantedAuthoritiesMapper {

    private final String claimPath;

    OidcRoles(String claimPath) {
        this.claimPath = claimPath;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                Object value = oidc.getIdToken().getClaims().get(claimPath.split("\\.")[0]);
                if (oidc.getUserInfo() != null && value == null) {
                    value = oidc.getUserInfo().getClaims().get(claimPath.split("\\.")[0]);
                }
                value = descend(value, claimPath);
                for (String role : roles(value)) {
                    mapped.add(new SimpleGrantedAuthority("ROLE_" + role));
                }
            }
        }
        return mapped;
    }

    private static Object descend(Object value, String path) {
        String[] parts = path.split("\\.");
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        return value;
    }

    static Set<String> roles(Object value) {
        Set<String> roles = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> roles.addAll(roles(v)));
        } else if (value instanceof String text) {
            for (String part : text.split("[\\s,]+")) {
                String role = part.toUpperCase(Locale.ROOT);
                role = role.startsWith("ROLE_") ? role.substring(5) : role;
                if (Caller.STAFF_ROLES.contains(role)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
