/** The Wegwijs gateway: the single entry point for staff, employers and the public. */
package nl.wegwijs.gateway;
