package nl.wegwijs.matching.places;

/** A Dutch place (at least every municipality's main place) with its coordinates. */
public record Place(String name, String municipality, double latitude, double longitude) {

    /** Distance as the crow flies, in kilometres. */
    public double kilometresTo(Place other) {
        return Geo.haversineKm(latitude, longitude, other.latitude, other.longitude);
    }
}
