/** Transactional outbox: events commit with the state change and a relay publishes them in order. */
package nl.wegwijs.platform.outbox;
