package nl.wegwijs.gateway.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class OidcRolesTest {

    private static List<String> mapped(String claimPath, Map<String, Object> claims) {
        OidcIdToken idToken =
                new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), withSubject(claims));
        return new OidcRoles(claimPath)
                .mapAuthorities(List.of(new OidcUserAuthority(idToken))).stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList();
    }

    private static Map<String, Object> withSubject(Map<String, Object> claims) {
        java.util.HashMap<String, Object> all = new java.util.HashMap<>(claims);
        all.put("sub", "someone");
        return all;
    }

    @Test
    void rolesComeFromTheConfiguredClaimInAnyCase() {
        assertThat(mapped("roles", Map.of("roles", List.of("agent", "ROLE_Editor", "janitor"))))
                .containsExactly("ROLE_AGENT", "ROLE_EDITOR");
    }

    @Test
    void aDottedPathReachesKeycloaksRealmRoles() {
        assertThat(mapped("realm_access.roles", Map.of("realm_access", Map.of("roles", List.of("analyst")))))
                .containsExactly("ROLE_ANALYST");
    }

    @Test
    void noClaimMeansNoRoles() {
        assertThat(mapped("roles", Map.of("email", "x@example.org"))).isEmpty();
    }
}
