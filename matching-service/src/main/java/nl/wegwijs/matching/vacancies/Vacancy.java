package nl.wegwijs.matching.vacancies;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored vacancy: the employer's document plus its identity, status and version (the ETag), and the
 * warnings its content gave when it was last written (an empty list when none).
 */
public record Vacancy(
        UUID id,
        UUID employerId,
        Status status,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime closedAt,
        @JsonUnwrapped VacancyRequest vacancy,
        List<VacancyWarning> warnings) {

    public Vacancy {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public enum Status {
        OPEN,
        CLOSED
    }

    @JsonIgnore
    public String etag() {
        return "\"" + version + "\"";
    }
}
