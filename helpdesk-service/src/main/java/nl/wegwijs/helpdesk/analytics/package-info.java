/**
 * Events for analysts on {@code analytics.helpdesk.v1}: languages, topics, channels, timings;
 * people only as keyed pseudonyms, never names, contact data or free text.
 */
package nl.wegwijs.helpdesk.analytics;
