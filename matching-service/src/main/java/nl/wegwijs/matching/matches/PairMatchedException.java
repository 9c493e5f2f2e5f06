package nl.wegwijs.matching.matches;

import java.util.UUID;
import nl.wegwijs.platform.web.ConflictException;

/** The vacancy and candidate have a match already (409, naming it). */
class PairMatchedException extends ConflictException {

    private final UUID matchId;

    PairMatchedException(UUID matchId) {
        super("This candidate was proposed for this vacancy before: match " + matchId
                + "; see GET /api/matching/matches/" + matchId);
        this.matchId = matchId;
    }

    UUID matchId() {
        return matchId;
    }
}
