/** Rate limits (Bucket4j), trusted client addresses and request size limits. */
package nl.wegwijs.gateway.limits;
