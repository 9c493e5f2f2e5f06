/** Verification of the gateway's short-lived token in every service. */
package nl.wegwijs.platform.security;
