/**
 * Problem details everywhere: written from filters, for the gateway's own MVC errors, for Spring
 * Boot's error page and in place of Tomcat's HTML error report.
 */
package nl.wegwijs.gateway.web;
