package nl.wegwijs.matching.matches;

import nl.wegwijs.matching.candidates.CandidateService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the match side holds about a candidate goes with the candidate's erasure, in the same transaction:
 * the matches with their history (including coaches' decline reasons), so employers' match views no longer
 * show them, the stored suggestions, and the free-text override reasons in the audit log.
 */
@Component
class ErasedCandidates {

    private final Matches matches;
    private final Suggestions suggestions;
    private final RankingAudit audit;

    ErasedCandidates(Matches matches, Suggestions suggestions, RankingAudit audit) {
        this.matches = matches;
        this.suggestions = suggestions;
        this.audit = audit;
    }

    @EventListener
    void erase(CandidateService.Erasing erasing) {
        matches.deleteForCandidate(erasing.candidateId());
        suggestions.removeCandidate(erasing.candidateId());
        audit.forgetReasonsAbout(erasing.candidateId());
    }
}
