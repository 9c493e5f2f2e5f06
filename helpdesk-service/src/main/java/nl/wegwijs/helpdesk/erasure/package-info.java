/**
 * Erasure of a person: their contact data and the free text of their question, answer and notes
 * are removed, and so is their name from the label of their household's case; anonymous facts
 * (language, topic, channel, timings, milestones) stay for statistics; the ticket's events leave the
 * outbox once sent; a {@code PersonErased} event tells other services to erase what they hold.
 */
package nl.wegwijs.helpdesk.erasure;
