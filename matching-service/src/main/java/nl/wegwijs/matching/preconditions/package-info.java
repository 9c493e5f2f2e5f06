/**
 * Conditional requests on versioned resources (vacancies, candidate profiles): If-Match evaluated with the strong
 * comparison of RFC 9110, and the 412 problem that names what was changed.
 */
package nl.wegwijs.matching.preconditions;
