/**
 * Tickets: questions from the public and from staff on someone's behalf, their workflow (assign,
 * answer, review of superlocal answers, close, reopen), notes and history. Contact data is kept in
 * its own table and shown only to AGENT and ADMIN.
 */
package nl.wegwijs.helpdesk.tickets;
