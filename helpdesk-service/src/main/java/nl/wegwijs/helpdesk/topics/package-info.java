/** The taxonomy of what newcomers ask about: seeded, editable by admins, suggested from keywords. */
package nl.wegwijs.helpdesk.topics;
