/**
 * Drafts: answered questions from the helpdesk, grouped into drafts ("asked as" variants), and the
 * editorial workflow OPEN -> IN_REVIEW -> PUBLISHED or REJECTED, with merge and split.
 */
package nl.wegwijs.knowledge.drafts;
