/** Real parts for integration tests: Kafka, PostgreSQL, gateway tokens, topic probes, event schemas. */
package nl.wegwijs.testsupport;
