package nl.wegwijs.matching.engine;

/** Language levels of the Common European Framework of Reference, and a native speaker above C2. */
public enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    NATIVE;

    /** 1 (A1) to 7 (NATIVE); 0 means the language is not spoken. */
    public int rank() {
        return ordinal() + 1;
    }

    public static String nameOf(int rank) {
        return rank <= 0 ? "none" : values()[rank - 1].name();
    }
}
