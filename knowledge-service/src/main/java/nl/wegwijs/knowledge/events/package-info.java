/**
 * The events knowledge-service publishes (through the platform outbox, in the transaction of the change):
 * domain events on {@code knowledge.draft.v1} and {@code knowledge.article.v1}, and counts without free
 * text on {@code analytics.knowledge.v1}. Schemas: {@code classpath:schemas/<ce_type>.json}.
 */
package nl.wegwijs.knowledge.events;
