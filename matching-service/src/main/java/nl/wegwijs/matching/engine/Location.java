package nl.wegwijs.matching.engine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import nl.wegwijs.platform.web.MaxCodePoints;

/** A Dutch place and, optionally, a postcode. */
public record Location(
        @NotBlank @MaxCodePoints(100) String city,

        @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "must be a Dutch postcode such as 5928 AA")
        String postcode) {}
