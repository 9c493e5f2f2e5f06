package nl.wegwijs.matching.engine;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A language a vacancy requires at a level: either one {@code code}, or {@code anyOf} several languages,
 * any of which at that level meets it.
 */
public record LanguageRequirement(
        @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as nl")
        String code,

        @Size(max = 10)
        List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as nl") String> anyOf,

        @NotNull Cefr level) {

    public List<String> codes() {
        if (anyOf != null && !anyOf.isEmpty()) {
            return anyOf;
        }
        return code == null ? List.of() : List.of(code);
    }

    @AssertTrue(message = "give either code or anyOf")
    boolean isCodeOrAnyOf() {
        return !codes().isEmpty();
    }
}
