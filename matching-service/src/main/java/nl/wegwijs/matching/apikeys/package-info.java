/**
 * Employers' API keys: issued once, stored as a SHA-256 hash, revocable, announced on {@code
 * matching.apikey.v1} so the gateway can check keys without calling this service.
 */
package nl.wegwijs.matching.apikeys;
