package nl.wegwijs.helpdesk.tickets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which languages each staff member and superlocal speaks, e.g. {@code wegwijs.staff.languages.agent=nl,en}: the
 * configured part of the helpdesk's staff directory ({@link StaffDirectory}, which also remembers staff who called the
 * helpdesk), and the only source of language skills for suggested assignees.
 */
@ConfigurationProperties("wegwijs.staff")
record StaffProperties(Map<String, List<String>> languages) {

    StaffProperties {
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }

    /** The staff member's user name as configured, found in any case ("Olena" is "olena"); empty when unknown. */
    Optional<String> member(String username) {
        if (username == null) {
            return Optional.empty();
        }
        if (languages.containsKey(username)) {
            return Optional.of(username);
        }
        String lower = username.toLowerCase(Locale.ROOT);
        return languages.keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).equals(lower))
                .sorted()
                .findFirst();
    }
}
