package nl.wegwijs.matching.vacancies;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Events of topic {@code matching.vacancy.v1} (key = vacancyId) and the vacancy events on {@code analytics.matching.v1}. */
final class VacancyEvents {

    static final String TOPIC = "matching.vacancy.v1";
    static final String POSTED = "nl.wegwijs.matching.VacancyPosted";
    static final String UPDATED = "nl.wegwijs.matching.VacancyUpdated";
    static final String CLOSED = "nl.wegwijs.matching.VacancyClosed";
    static final String ANALYTICS_TOPIC = "analytics.matching.v1";
    static final String ANALYTICS_POSTED = "nl.wegwijs.analytics.matching.VacancyPosted";

    private VacancyEvents() {}

    /** The state of a vacancy after a change; consumers refresh matches from it. */
    record VacancyChanged(
            UUID vacancyId,
            UUID employerId,
            int version,
            String status,
            String title,
            String isco,
            String sector,
            String city,
            LocalDate startDate,
            OffsetDateTime occurredAt) {}

    /** For analysts: no free text, no employer contact data. */
    record VacancyPostedForAnalytics(
            UUID vacancyId,
            String sector,
            String iscoMajorGroup,
            String contractType,
            List<String> requiredLanguageLevels,
            int hoursMin,
            int hoursMax,
            OffsetDateTime postedAt) {}
}
