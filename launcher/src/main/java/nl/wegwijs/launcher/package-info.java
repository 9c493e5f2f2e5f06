/** Runs the whole platform on one machine without Docker: ./wegwijs up. */
package nl.wegwijs.launcher;
