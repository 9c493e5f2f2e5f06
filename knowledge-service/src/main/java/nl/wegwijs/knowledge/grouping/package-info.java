/**
 * Grouping: decides whether an answered question asks what an existing draft or article answers, from
 * shared concepts, shared analysed terms, similar staff answers and the same topic, and says why.
 */
package nl.wegwijs.knowledge.grouping;
