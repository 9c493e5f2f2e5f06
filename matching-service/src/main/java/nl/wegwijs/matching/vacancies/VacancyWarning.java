package nl.wegwijs.matching.vacancies;

/**
 * Something about a vacancy that is allowed but deserves a second look (pay below the adult minimum wage):
 * the vacancy is kept, and employer and coaches see the warning with it. Errors are 400s instead.
 */
public record VacancyWarning(String field, String message) {}
