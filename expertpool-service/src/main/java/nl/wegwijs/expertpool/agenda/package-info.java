/**
 * Agenda points: raised in a session, supported by experts, prioritised by coordinators, and walked
 * from RAISED to PRESENTED (to members of parliament), SUBMITTED (as written questions), ANSWERED and CLOSED.
 */
package nl.wegwijs.expertpool.agenda;
