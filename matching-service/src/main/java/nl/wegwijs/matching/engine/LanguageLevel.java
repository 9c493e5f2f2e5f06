package nl.wegwijs.matching.engine;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A language someone speaks (or a vacancy prefers) at a CEFR level. */
public record LanguageLevel(
        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as nl")
        String code,

        @NotNull Cefr level) {}
