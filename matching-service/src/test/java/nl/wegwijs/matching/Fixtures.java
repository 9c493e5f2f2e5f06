package nl.wegwijs.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.TestTokens;

/** Request bodies and set-up steps the API tests share. */
public final class Fixtures {

    public static final String ADMIN = TestTokens.bearer("admin", "ADMIN");
    public static final String MATCHER = TestTokens.bearer("coach", "MATCHER");

    private Fixtures() {}

    public static String uniqueKvk() {
        return String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
    }

    public static UUID employer(Api api, String name) {
        Api.Res res = api.post(
                ADMIN,
                "/api/matching/employers",
                Map.of("name", name, "kvkNumber", uniqueKvk(), "contactEmail", "jobs@example.nl"));
        if (res.status() != 201) {
            throw new AssertionError(res.raw());
        }
        return res.id();
    }

    public static Map<String, Object> vacancy() {
        Map<String, Object> v = new HashMap<>();
        v.put("title", "Orderpicker");
        v.put("description", "Picking orders in a distribution centre.");
        v.put("isco", "9333");
        v.put("location", Map.of("city", "Venlo", "postcode", "5928 AA"));
        v.put("languages", List.of(Map.of("anyOf", List.of("nl", "en", "pl"), "level", "A2")));
        v.put("preferredLanguages", List.of(Map.of("code", "uk", "level", "B1")));
        v.put("skills", List.of("order picking", "handheld scanner"));
        v.put("preferredSkills", List.of("electric pallet truck"));
        v.put("certificates", List.of());
        v.put("drivingLicences", List.of());
        v.put("minYearsExperience", 0);
        v.put("hoursPerWeek", Map.of("min", 32, "max", 40));
        v.put("contractType", "TEMPORARY_AGENCY");
        v.put("salary", Map.of("min", 15.00, "max", 15.80, "per", "HOUR", "currency", "EUR"));
        v.put("startDate", LocalDate.now().plusDays(30).toString());
        return v;
    }

    public static Map<String, Object> candidate() {
        Map<String, Object> c = new HashMap<>();
        c.put("name", "Olena Kovalenko");
        c.put("languages", List.of(Map.of("code", "uk", "level", "NATIVE"), Map.of("code", "en", "level", "B2")));
        c.put("skills", List.of("order picking", "handscanner", "EPM"));
        c.put("certificates", List.of("VCA basis"));
        c.put("occupations", List.of(Map.of("isco", "9333", "title", "warehouse order picker", "yearsExperience", 2)));
        c.put("location", Map.of("city", "Venlo", "postcode", "5913 AB"));
        c.put("maxTravelKm", 25);
        c.put("hoursPerWeek", Map.of("min", 32, "max", 40));
        c.put("drivingLicences", List.of("B"));
        c.put("availableFrom", LocalDate.now().plusDays(20).toString());
        c.put("workAuthorisation", Map.of("basis", "TEMPORARY_PROTECTION", "validUntil", "2027-03-04"));
        c.put("consentToShare", true);
        return c;
    }

    public static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
