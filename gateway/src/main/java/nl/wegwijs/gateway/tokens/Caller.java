package nl.wegwijs.gateway.tokens;

import java.util.List;

/**
 * Who a proxied request is made for, as the gateway established it: a staff member, an employer's
 * API key, or the anonymous public.
 */
public record Caller(
        String subject, String name, List<String> roles, List<String> languages, String employerId, String keyId) {

    public static final List<String> STAFF_ROLES =
            List.of("ADMIN", "AGENT", "SUPERLOCAL", "EDITOR", "MATCHER", "COORDINATOR", "ANALYST");

    public static final Caller PUBLIC = new Caller("public", "public", List.of("PUBLIC"), List.of(), null, null);

    public Caller {
        roles = List.copyOf(roles);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** A staff member; an administrator holds every staff role. */
    public static Caller staff(String username, String displayName, List<String> roles, List<String> languages) {
        List<String> effective = roles.contains("ADMIN")
                ? STAFF_ROLES
                : roles.stream().filter(STAFF_ROLES::contains).distinct().toList();
        return new Caller(username, displayName, effective, languages, null, null);
    }

    public static Caller employer(String employerId, String keyId) {
        return new Caller(
                "employer:" + employerId, "employer:" + employerId, List.of("EMPLOYER"), List.of(), employerId, keyId);
    }
}
