/** Counts for the staff dashboard: drafts created and articles published per week. */
package nl.wegwijs.knowledge.stats;
