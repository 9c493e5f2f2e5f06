/**
 * Signals: read models of the questions the helpdesk is asked (one per ticket, under the theme its ticket
 * has by now, from the helpdesk's ticket events and the knowledge base's draft events) and of the knowledge
 * base's analytics counts, so coordinators plan sessions on what newcomers run into now.
 */
package nl.wegwijs.expertpool.signals;
