/** Routes to the services (in application.yml), their fallbacks, and the filters around them. */
package nl.wegwijs.gateway.routing;
