package nl.wegwijs.matching.vacancies;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored vacancy: the employer's document plus its identity, status and version (the ETag). */
public record Vacancy(
        UUID id,
        UUID employerId,
        Status status,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime closedAt,
        @JsonUnwrapped VacancyRequest vacancy) {

    public enum Status {
        OPEN,
        CLOSED
    }

    @JsonIgnore
    public String etag() {
        return "\"" + version + "\"";
    }
}
