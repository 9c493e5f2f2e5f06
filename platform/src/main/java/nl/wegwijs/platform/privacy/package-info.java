/** Keeping newcomers' personal data where it belongs: redaction of free text. */
package nl.wegwijs.platform.privacy;
