package nl.wegwijs.matching.engine;

/** Driving-licence categories of the EU licence. */
public enum DrivingLicence {
    AM,
    A1,
    A2,
    A,
    B,
    BE,
    C1,
    C1E,
    C,
    CE,
    D1,
    D1E,
    D,
    DE,
    T;

    public int bit() {
        return 1 << ordinal();
    }
}
