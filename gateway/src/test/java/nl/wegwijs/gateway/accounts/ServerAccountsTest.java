package nl.wegwijs.gateway.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.wegwijs.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The administrator account of the server set-up (docker-compose.yml, README "On a server"). */
class ServerAccountsTest {

    /** {@code htpasswd -nbBC 4 '' 'pw'}, the way the README makes the hash. */
    private static final String HTPASSWD_HASH = "$2y$04$L4FJjO6tRh0wLIzqmkQXEe.oZOfjsACB1OqyHgovnrDPLJRrttDGC";

    @Test
    void theAdministratorSignsInWithAnHtpasswdHash() {
        ConfiguredAccounts accounts = adminWith(HTPASSWD_HASH);

        var admin = accounts.loadUserByUsername("admin");

        assertThat(new BCryptPasswordEncoder().matches("pw", admin.getPassword()))
                .isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }

    @Test
    void withoutAHashThereIsNoAdministrator() {
        ConfiguredAccounts accounts = adminWith("");

        assertThatThrownBy(() -> accounts.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
    }

    private static ConfiguredAccounts adminWith(String passwordHash) {
        var admin = new GatewayProperties.Account("admin", passwordHash, List.of("ADMIN"), null, null);
        return new ConfiguredAccounts(
                new GatewayProperties(List.of(admin), null, null, null, null, null, null, null, null, null));
    }
}
