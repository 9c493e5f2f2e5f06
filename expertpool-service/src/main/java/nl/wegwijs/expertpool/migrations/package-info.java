/**
 * Flyway migrations written in Java, for data changes SQL says badly; schema changes stay in
 * {@code src/main/resources/db/migration}. Each is a bean, which Spring Boot hands to Flyway.
 */
package nl.wegwijs.expertpool.migrations;
