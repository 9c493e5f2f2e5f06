/** Pseudonyms for the analytics event stream. */
package nl.wegwijs.platform.analytics;
