/** The expert pool: newcomers as experts, thematic sessions, agenda points on their road to parliament. */
package nl.wegwijs.expertpool;
