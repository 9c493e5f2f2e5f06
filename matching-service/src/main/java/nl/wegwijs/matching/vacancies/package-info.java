/**
 * Vacancies: employers post and manage their own through the API (idempotent creation, optimistic
 * locking with ETag / If-Match, closing); coaches read them. Another employer's vacancy is always a 404.
 */
package nl.wegwijs.matching.vacancies;
