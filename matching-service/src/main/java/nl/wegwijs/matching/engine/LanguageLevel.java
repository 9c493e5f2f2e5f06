package nl.wegwijs.matching.engine;

import jakarta.validation.constraints.NotNull;
import nl.wegwijs.platform.web.IsoLanguage;

/** A language someone speaks (or a vacancy prefers) at a CEFR level. */
public record LanguageLevel(
        @NotNull @IsoLanguage String code, @NotNull Cefr level) {}
