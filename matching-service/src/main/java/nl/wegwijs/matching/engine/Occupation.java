package nl.wegwijs.matching.engine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.wegwijs.platform.web.MaxCodePoints;

/** Work someone has done: an ISCO-08 unit group (four digits), a title in their words, and years. */
public record Occupation(
        @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be an ISCO-08 unit group of four digits")
        String isco,

        @MaxCodePoints(200) String title,
        @Min(0) @Max(60) Integer yearsExperience) {

    public int years() {
        return yearsExperience == null ? 0 : yearsExperience;
    }
}
