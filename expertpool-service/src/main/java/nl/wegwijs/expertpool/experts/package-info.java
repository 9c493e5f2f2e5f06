/** Experts: profiles of newcomers who take part, their consent with its history, and erasure. */
package nl.wegwijs.expertpool.experts;
