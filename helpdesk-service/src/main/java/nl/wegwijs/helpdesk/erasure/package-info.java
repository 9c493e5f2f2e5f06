/**
 * Erasure of a person: their contact data and the free text of their question, answer and notes
 * are removed; anonymous facts (language, topic, channel, timings) stay for statistics; a
 * {@code PersonErased} event tells other services to erase what they hold.
 */
package nl.wegwijs.helpdesk.erasure;
