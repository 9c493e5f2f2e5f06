/**
 * Rankings shown to coaches (each one logged for audit), the match lifecycle PROPOSED -> INTRODUCED ->
 * HIRED or DECLINED decided by people, the employer's anonymised view, and the event-driven refresh of
 * suggestions and of the in-memory index.
 */
package nl.wegwijs.matching.matches;
