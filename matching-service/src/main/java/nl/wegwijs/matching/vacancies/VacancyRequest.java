package nl.wegwijs.matching.vacancies;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.matching.engine.DrivingLicence;
import nl.wegwijs.matching.engine.HoursPerWeek;
import nl.wegwijs.matching.engine.LanguageLevel;
import nl.wegwijs.matching.engine.LanguageRequirement;
import nl.wegwijs.matching.engine.Location;
import nl.wegwijs.platform.web.MaxCodePoints;

/**
 * A vacancy as an employer writes it. {@code languages}, {@code skills}, {@code certificates} and {@code
 * drivingLicences} are required of a candidate; {@code preferred*} only rank. The example is API.md's.
 */
@Schema(example = """
                {"title": "Orderpicker", "description": "...", "isco": "9333",
                 "location": {"city": "Venlo", "postcode": "5928 AA"},
                 "languages": [{"anyOf": ["nl", "en", "pl"], "level": "A2"}],
                 "preferredLanguages": [{"code": "uk", "level": "B1"}],
                 "skills": ["order picking", "handheld scanner"], "preferredSkills": ["electric pallet truck"],
                 "certificates": [], "drivingLicences": [], "minYearsExperience": 0,
                 "hoursPerWeek": {"min": 32, "max": 40}, "contractType": "TEMPORARY_AGENCY",
                 "salary": {"min": 14.40, "max": 15.20, "per": "HOUR", "currency": "EUR"},
                 "startDate": "2027-01-12"}""")
public record VacancyRequest(
        @NotBlank @MaxCodePoints(200) String title,
        @MaxCodePoints(5000) String description,

        @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be an ISCO-08 unit group of four digits")
        String isco,

        Sector sector,
        @NotNull @Valid Location location,
        @Size(max = 10) List<@NotNull @Valid LanguageRequirement> languages,
        @Size(max = 10) List<@NotNull @Valid LanguageLevel> preferredLanguages,
        @Size(max = 30) List<@NotBlank @MaxCodePoints(100) String> skills,
        @Size(max = 30) List<@NotBlank @MaxCodePoints(100) String> preferredSkills,
        @Size(max = 20) List<@NotBlank @MaxCodePoints(100) String> certificates,
        @Size(max = 15) List<@NotNull DrivingLicence> drivingLicences,
        @Min(0) @Max(40) Integer minYearsExperience,
        @NotNull @Valid HoursPerWeek hoursPerWeek,
        @NotNull ContractType contractType,
        @NotNull @Valid Salary salary,
        @NotNull LocalDate startDate) {

    /** The same vacancy with empty lists instead of absent ones, so stored documents are uniform. */
    VacancyRequest normalised() {
        return new VacancyRequest(
                title.strip(),
                description,
                isco,
                sector == null ? Sector.fromIsco(isco) : sector,
                location,
                orEmpty(languages),
                orEmpty(preferredLanguages),
                orEmpty(skills),
                orEmpty(preferredSkills),
                orEmpty(certificates),
                orEmpty(drivingLicences),
                minYearsExperience == null ? 0 : minYearsExperience,
                hoursPerWeek,
                contractType,
                salary.currency() == null ? new Salary(salary.min(), salary.max(), salary.per(), "EUR") : salary,
                startDate);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
