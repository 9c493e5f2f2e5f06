package nl.wegwijs.gateway.accounts;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A configured staff account as Spring Security sees it, with the name and languages staff see. */
class StaffUser extends User {

    private final String displayName;
    private final List<String> languages;

    StaffUser(String username, String passwordHash, List<String> roles, String displayName, List<String> languages) {
        super(
                username,
                passwordHash,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        this.displayName = displayName;
        this.languages = List.copyOf(languages);
    }

    String displayName() {
        return displayName;
    }

    List<String> languages() {
        return languages;
    }
}
