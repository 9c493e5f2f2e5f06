/** The analytics stream {@code analytics.expertpool.v1}: counts, themes, durations; people only as pseudonyms. */
package nl.wegwijs.expertpool.analytics;
