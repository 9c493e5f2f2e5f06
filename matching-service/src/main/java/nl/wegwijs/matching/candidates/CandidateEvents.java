package nl.wegwijs.matching.candidates;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Events of topic {@code matching.candidate.v1} (key = candidateId) and candidate events for analysts. */
final class CandidateEvents {

    static final String TOPIC = "matching.candidate.v1";
    static final String UPDATED = "nl.wegwijs.matching.CandidateUpdated";
    static final String ANALYTICS_TOPIC = "analytics.matching.v1";
    static final String ANALYTICS_PROFILED = "nl.wegwijs.analytics.matching.CandidateProfiled";
    static final String ERASED = "nl.wegwijs.matching.CandidateErased";
    static final String ANALYTICS_ERASED = "nl.wegwijs.analytics.matching.CandidateErased";

    private CandidateEvents() {}

    /** A profile was created or changed. Carries no personal data: consumers read the profile they need. */
    record CandidateUpdated(UUID candidateId, int version, boolean created, OffsetDateTime updatedAt) {}

    /** For analysts: a pseudonym, language levels and occupation groups; no name, place or free text. */
    record CandidateProfiled(
            String candidate,
            int version,
            List<String> languageLevels,
            List<String> iscoMajorGroups,
            String workAuthorisationBasis,
            OffsetDateTime profiledAt) {}

    /** A candidate was erased: every instance drops it from its index and suggestions. Ids only. */
    record CandidateErased(UUID candidateId, OffsetDateTime erasedAt) {}

    /** For analysts: the pseudonym whose earlier events now belong to an erased person; nothing else. */
    record CandidateErasedForAnalysts(String candidate, OffsetDateTime erasedAt) {}
}
