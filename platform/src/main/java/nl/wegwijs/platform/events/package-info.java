/** The CloudEvents envelope as it travels over Kafka. */
package nl.wegwijs.platform.events;
