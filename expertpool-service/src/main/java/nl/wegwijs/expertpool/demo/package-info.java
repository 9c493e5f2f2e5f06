/** Demo data for the one-command local run: a small pool, two sessions and agenda points on their road. */
package nl.wegwijs.expertpool.demo;
