/**
 * Public knowledge-base search: an in-memory Lucene index of published article translations, derived
 * from the database at start-up and kept current from article events, across languages through the lexicon.
 */
package nl.wegwijs.knowledge.search;
