package nl.wegwijs.matching.matches;

/** The road of a match: a coach proposes, introduces with the candidate's consent, and it ends hired or declined. */
enum MatchStatus {
    PROPOSED,
    INTRODUCED,
    HIRED,
    DECLINED
}
