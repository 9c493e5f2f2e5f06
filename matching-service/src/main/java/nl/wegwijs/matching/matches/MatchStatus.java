package nl.wegwijs.matching.matches;

/** The road of a match: a coach proposes, introduces with the candidate's consent, and it ends hired or declined. */
enum MatchStatus {
    PROPOSED,
    INTRODUCED,
    HIRED,
    DECLINED;

    /** The status with the article a message needs before it: "a PROPOSED", "an INTRODUCED". */
    String withArticle() {
        return ("AEIOU".indexOf(name().charAt(0)) >= 0 ? "an " : "a ") + name();
    }
}
