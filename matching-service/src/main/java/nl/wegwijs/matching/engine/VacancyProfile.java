package nl.wegwijs.matching.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the engine needs to know about a vacancy, its place already resolved to coordinates. {@code place} is the
 * name of the place those coordinates are the centre of (null when not known), for explanations: distances are
 * between place centres, postcodes are not used.
 */
public record VacancyProfile(
        UUID id,
        String isco,
        double latitude,
        double longitude,
        List<LanguageRequirement> languages,
        List<LanguageLevel> preferredLanguages,
        List<String> skills,
        List<String> preferredSkills,
        List<String> certificates,
        Set<DrivingLicence> drivingLicences,
        int minYearsExperience,
        int hoursMin,
        int hoursMax,
        LocalDate startDate,
        String place) {

    /** A vacancy whose place has no name to show. */
    public VacancyProfile(
            UUID id,
            String isco,
            double latitude,
            double longitude,
            List<LanguageRequirement> languages,
            List<LanguageLevel> preferredLanguages,
            List<String> skills,
            List<String> preferredSkills,
            List<String> certificates,
            Set<DrivingLicence> drivingLicences,
            int minYearsExperience,
            int hoursMin,
            int hoursMax,
            LocalDate startDate) {
        this(
                id,
                isco,
                latitude,
                longitude,
                languages,
                preferredLanguages,
                skills,
                preferredSkills,
                certificates,
                drivingLicences,
                minYearsExperience,
                hoursMin,
                hoursMax,
                startDate,
                null);
    }
}
