/** Staff sign-in: configured accounts, OpenID Connect, sessions, CSRF, throttling, access tokens. */
package nl.wegwijs.gateway.accounts;
