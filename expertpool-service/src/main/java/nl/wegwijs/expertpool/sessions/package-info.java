/** Thematic sessions: scheduling, suggested and sent invitations, replies, attendance and minutes. */
package nl.wegwijs.expertpool.sessions;
