/** Employers' API keys: read from matching-service's events, checked on {@code /api/employer/**}. */
package nl.wegwijs.gateway.apikeys;
