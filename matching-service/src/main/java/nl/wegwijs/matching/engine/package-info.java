/**
 * The matching engine: one scoring function for both directions, hard constraints first, soft signals to
 * rank, an explanation per criterion. Candidates live in a compact columnar in-memory index kept current
 * from the service's own events.
 */
package nl.wegwijs.matching.engine;
