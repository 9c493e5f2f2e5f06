package nl.wegwijs.matching.matches;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Events of topic {@code matching.match.v1} (key = matchId) and the match events for analysts. */
final class MatchEvents {

    static final String TOPIC = "matching.match.v1";
    static final String TYPE_PREFIX = "nl.wegwijs.matching.Match";
    static final String ANALYTICS_TOPIC = "analytics.matching.v1";
    static final String ANALYTICS_PREFIX = "nl.wegwijs.analytics.matching.Match";

    private MatchEvents() {}

    /** {@code MatchProposed}, {@code MatchIntroduced}, {@code MatchHired}, {@code MatchDeclined}; reason redacted. */
    record MatchChanged(
            UUID matchId,
            UUID vacancyId,
            UUID candidateId,
            String status,
            BigDecimal score,
            boolean overridden,
            String reason,
            OffsetDateTime occurredAt) {}

    /** For analysts: the person only as a pseudonym; no names, places or free text. */
    record MatchProgressed(
            UUID matchId,
            String candidate,
            UUID vacancyId,
            String status,
            String sector,
            String iscoMajorGroup,
            List<String> languageLevels,
            String distanceBand,
            BigDecimal score,
            boolean overridden,
            Integer daysFromProfileToFirstMatch,
            Integer daysFromProfileToHire,
            OffsetDateTime occurredAt) {}

    static String typeFor(MatchStatus status) {
        return TYPE_PREFIX + suffix(status);
    }

    static String analyticsTypeFor(MatchStatus status) {
        return ANALYTICS_PREFIX + suffix(status);
    }

    private static String suffix(MatchStatus status) {
        return switch (status) {
            case PROPOSED -> "Proposed";
            case INTRODUCED -> "Introduced";
            case HIRED -> "Hired";
            case DECLINED -> "Declined";
        };
    }

    static String distanceBand(double km) {
        if (km < 10) {
            return "0-10";
        }
        if (km < 25) {
            return "10-25";
        }
        if (km < 50) {
            return "25-50";
        }
        return "50+";
    }
}
