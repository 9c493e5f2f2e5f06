package nl.wegwijs.matching.vacancies;

public enum ContractType {
    PERMANENT,
    FIXED_TERM,
    TEMPORARY_AGENCY,
    SEASONAL,
    INTERNSHIP
}
