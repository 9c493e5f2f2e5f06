package nl.wegwijs.expertpool.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import nl.wegwijs.platform.web.MaxCodePoints;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A session to schedule; {@code location} is a place or an online link; capacity defaults to 20.
 * {@code startsAt} without an offset is Amsterdam time (see {@link AmsterdamTime}).
 */
record SessionRequest(
        @NotBlank @MaxCodePoints(100) String theme,
        @NotBlank @MaxCodePoints(200) String title,

        @NotNull @JsonDeserialize(using = AmsterdamTime.Deserializer.class)
        OffsetDateTime startsAt,

        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as uk")
        String language,

        @NotBlank @MaxCodePoints(500) String location,
        @Min(1) @Max(500) Integer capacity) {

    static final int DEFAULT_CAPACITY = 20;
}
