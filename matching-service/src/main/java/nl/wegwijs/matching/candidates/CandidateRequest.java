package nl.wegwijs.matching.candidates;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.matching.engine.DrivingLicence;
import nl.wegwijs.matching.engine.HoursPerWeek;
import nl.wegwijs.matching.engine.LanguageLevel;
import nl.wegwijs.matching.engine.Location;
import nl.wegwijs.matching.engine.Occupation;
import nl.wegwijs.matching.engine.WorkAuthorisation;
import nl.wegwijs.platform.web.MaxCodePoints;

/**
 * A candidate's profile as a coach writes it. {@code ticketId} (optional) names the helpdesk question the
 * person came with: when the helpdesk erases that person, this candidate is erased too.
 */
@Schema(example = """
                {"name": "Olena K.", "languages": [{"code": "uk", "level": "NATIVE"}, {"code": "en", "level": "B2"}],
                 "skills": ["order picking"], "certificates": ["VCA basis"],
                 "occupations": [{"isco": "9333", "title": "warehouse order picker", "yearsExperience": 2}],
                 "location": {"city": "Venlo", "postcode": "5913 AB"}, "maxTravelKm": 25,
                 "hoursPerWeek": {"min": 32, "max": 40}, "drivingLicences": ["B"], "availableFrom": "2027-01-05",
                 "workAuthorisation": {"basis": "TEMPORARY_PROTECTION", "validUntil": "2027-03-04"},
                 "consentToShare": true, "ticketId": "0b7f6c1e-2d4a-4f4e-9a51-3c2e8d9b7a10"}""")
public record CandidateRequest(
        @NotBlank @MaxCodePoints(200) String name,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid LanguageLevel> languages,
        @Size(max = 50) List<@NotBlank @MaxCodePoints(100) String> skills,
        @Size(max = 20) List<@NotBlank @MaxCodePoints(100) String> certificates,
        @Size(max = 10) List<@NotNull @Valid Occupation> occupations,
        @NotNull @Valid Location location,
        @NotNull @Min(0) @Max(300) Integer maxTravelKm,
        @NotNull @Valid HoursPerWeek hoursPerWeek,
        @Size(max = 15) List<@NotNull DrivingLicence> drivingLicences,
        LocalDate availableFrom,
        @NotNull @Valid WorkAuthorisation workAuthorisation,
        @NotNull Boolean consentToShare,

        @Schema(description = "the helpdesk ticket the person came with; its PersonErased event erases this candidate")
        UUID ticketId) {

    CandidateRequest normalised(LocalDate temporaryProtectionUntil) {
        WorkAuthorisation authorisation = workAuthorisation;
        if (authorisation.basis() == WorkAuthorisation.Basis.TEMPORARY_PROTECTION
                && authorisation.validUntil() == null) {
            authorisation = new WorkAuthorisation(authorisation.basis(), temporaryProtectionUntil);
        }
        return new CandidateRequest(
                name.strip(),
                List.copyOf(languages),
                orEmpty(skills),
                orEmpty(certificates),
                orEmpty(occupations),
                location,
                maxTravelKm,
                hoursPerWeek,
                orEmpty(drivingLicences),
                availableFrom,
                authorisation,
                consentToShare,
                ticketId);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
