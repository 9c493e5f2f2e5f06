package nl.wegwijs.helpdesk.tickets;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which languages each staff member and superlocal speaks, e.g. {@code wegwijs.staff.languages.agent=nl,en};
 * used to suggest assignees for a question.
 */
@ConfigurationProperties("wegwijs.staff")
record StaffProperties(Map<String, List<String>> languages) {

    StaffProperties {
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }
}
