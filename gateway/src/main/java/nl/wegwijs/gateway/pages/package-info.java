/**
 * The staff UI and public pages ({@code classpath:/static}, module {@code staff-ui}) as browsers
 * should get them on slow, metered connections: scripts and styles under a versioned path that is
 * cached for a year, pages revalidated with an ETag, and a friendly 404 page for a bad link.
 */
package nl.wegwijs.gateway.pages;
