/** The gateway's signing key, its JWKS, and the short-lived tokens it passes to services. */
package nl.wegwijs.gateway.tokens;
