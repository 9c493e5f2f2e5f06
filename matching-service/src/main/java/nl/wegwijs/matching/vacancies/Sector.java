package nl.wegwijs.matching.vacancies;

/** The sectors Wegwijs reports on; derived from the ISCO code when the employer gives none. */
public enum Sector {
    LOGISTICS,
    HORTICULTURE,
    CARE,
    HOSPITALITY,
    IT,
    EDUCATION,
    CLEANING,
    CONSTRUCTION,
    FOOD,
    OTHER;

    /** A rough mapping from ISCO-08 unit groups to sectors, good enough for analytics. */
    public static Sector fromIsco(String isco) {
        if (isco == null || isco.length() < 2) {
            return OTHER;
        }
        String two = isco.substring(0, 2);
        String three = isco.substring(0, 3);
        return switch (two) {
            case "25", "35" -> IT;
            case "23" -> EDUCATION;
            case "22", "32", "53" -> CARE;
            case "51" -> three.equals("512") || three.equals("513") ? HOSPITALITY : OTHER;
            case "94" -> HOSPITALITY;
            case "91" -> CLEANING;
            case "71", "72", "93" -> three.equals("933") ? LOGISTICS : CONSTRUCTION;
            case "83", "43" -> LOGISTICS;
            case "61", "92" -> HORTICULTURE;
            case "75", "81" -> FOOD;
            default -> OTHER;
        };
    }
}
