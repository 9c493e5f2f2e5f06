package nl.wegwijs.helpdesk.cases;

/** The steps a household takes to settle, in the usual order. */
enum Milestone {
    MUNICIPAL_REGISTRATION,
    BSN,
    BANK_ACCOUNT,
    HEALTH_INSURANCE,
    HOUSING,
    SCHOOL_FOR_CHILDREN,
    LANGUAGE_COURSE,
    FIRST_JOB
}
