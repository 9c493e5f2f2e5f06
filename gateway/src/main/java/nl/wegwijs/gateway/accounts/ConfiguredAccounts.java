package nl.wegwijs.gateway.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijs.gateway.GatewayProperties;
import nl.wegwijs.gateway.tokens.Caller;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Staff accounts from configuration ({@code wegwijs.accounts[n]}), passwords as bcrypt hashes.
 * Enough for a small organisation; larger ones sign in through their OpenID Connect provider.
 */
class ConfiguredAccounts implements UserDetailsService {

    private final Map<String, StaffUser> accounts;

    ConfiguredAccounts(GatewayProperties properties) {
        this.accounts = properties.accounts().stream()
                .filter(a -> a.username() != null && a.passwordHash() != null)
                // no hash, no account: the server set-up's admin stays off until a hash is given
                .filter(a -> !a.passwordHash().isBlank())
                .map(a -> new StaffUser(
                        a.username(),
                        a.passwordHash(),
                        a.roles().stream()
                                .map(r -> r.toUpperCase(Locale.ROOT))
                                .filter(Caller.STAFF_ROLES::contains)
                                .toList(),
                        a.displayName(),
                        a.languages()))
                .collect(Collectors.toMap(u -> u.getUsername().toLowerCase(Locale.ROOT), Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = username == null ? null : accounts.get(username.toLowerCase(Locale.ROOT));
        if (user == null) {
            throw new UsernameNotFoundException("no such account");
        }
        // a copy: Spring Security erases the credentials of the object it authenticated
        return new StaffUser(
                user.getUsername(),
                user.getPassword(),
                user.getAuthorities().stream()
                        .map(a -> a.getAuthority().substring(5))
                        .toList(),
                user.displayName(),
                user.languages());
    }
}
