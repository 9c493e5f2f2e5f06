/**
 * Personal data in knowledge text: redaction on top of the platform's (defence in depth) and which kinds
 * a text seems to hold, for warnings to editors and the check before anything is published.
 */
package nl.wegwijs.knowledge.privacy;
