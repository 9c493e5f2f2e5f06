/** Redaction of personal data from text that leaves the helpdesk, on top of the platform's redactor. */
package nl.wegwijs.helpdesk.privacy;
