/**
 * Cases: households followed closely, their linked tickets and milestones with dates. Events on
 * {@code helpdesk.case.v1}; analytics get time-to-milestone with pseudonyms only.
 */
package nl.wegwijs.helpdesk.cases;
