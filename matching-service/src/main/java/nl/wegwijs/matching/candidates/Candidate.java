package nl.wegwijs.matching.candidates;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored candidate profile. */
public record Candidate(
        UUID id,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonUnwrapped CandidateRequest profile) {

    @JsonIgnore
    public String etag() {
        return "\"" + version + "\"";
    }
}
