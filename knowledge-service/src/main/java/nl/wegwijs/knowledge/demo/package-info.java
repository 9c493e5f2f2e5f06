/** Demo data for a fresh local run: a few published articles so the public search answers at once. */
package nl.wegwijs.knowledge.demo;
