package nl.wegwijs.matching.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the engine needs to know about a candidate: no name or contact data. {@code authorisedUntil} is
 * null when the right to work has no end date.
 */
public record CandidateProfile(
        UUID id,
        double latitude,
        double longitude,
        List<LanguageLevel> languages,
        List<String> skills,
        List<String> certificates,
        List<Occupation> occupations,
        int maxTravelKm,
        int hoursMin,
        int hoursMax,
        Set<DrivingLicence> drivingLicences,
        LocalDate availableFrom,
        LocalDate authorisedUntil) {}
