/**
 * Signals: a read model of counts by theme and language built from the helpdesk's and knowledge
 * base's analytics events, so coordinators plan sessions on what newcomers run into now.
 */
package nl.wegwijs.expertpool.signals;
