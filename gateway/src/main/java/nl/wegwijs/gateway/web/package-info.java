/** Small web helpers shared by the gateway's filters: problem details. */
package nl.wegwijs.gateway.web;
