/**
 * Published knowledge-base articles likely to answer a ticket, from knowledge-service's search, with
 * a short timeout and a circuit breaker: when knowledge-service is down the ticket page still works.
 */
package nl.wegwijs.helpdesk.suggestions;
