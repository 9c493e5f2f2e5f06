/**
 * Real parts for integration tests: Kafka, PostgreSQL, gateway tokens, topic probes, event schemas,
 * and a way to pause the outbox relay ({@link nl.wegwijs.testsupport.PausedOutboxRelay}).
 */
package nl.wegwijs.testsupport;
