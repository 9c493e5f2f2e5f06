/** Idempotent consumers: handled event ids recorded with their effect. */
package nl.wegwijs.platform.inbox;
