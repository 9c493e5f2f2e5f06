package nl.wegwijs.matching.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the engine needs to know about a vacancy, its place already resolved to coordinates. */
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
        LocalDate startDate) {}
