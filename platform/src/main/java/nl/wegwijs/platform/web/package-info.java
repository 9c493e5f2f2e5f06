/** The web conventions of every Wegwijs API: problem details, paging, error exceptions. */
package nl.wegwijs.platform.web;
