/** Dutch places with coordinates, shipped with the service: lookup, close spellings, distance as the crow flies. */
package nl.wegwijs.matching.places;
