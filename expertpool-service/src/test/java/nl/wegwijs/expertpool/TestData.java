package nl.wegwijs.expertpool;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates experts and sessions through the API, each with its own theme so tests do not see each other. */
final class TestData {

    private TestData() {}

    /** Today as the service counts days: in Amsterdam, not in the machine's zone. */
    static LocalDate today() {
        return AmsterdamDays.today(Clock.systemUTC());
    }

    static String theme() {
        return "theme-" + UUID.randomUUID();
    }

    static UUID expert(Api api, String name, String theme, String language, boolean participate, boolean quote) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("languages", List.of(language));
        body.put("city", "Zwolle");
        body.put("themes", List.of(theme));
        body.put("consent", Map.of("participate", participate, "quoteAnonymously", quote, "contact", false));
        var created = api.post("/api/expertpool/experts", body);
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        return created.id();
    }

    static UUID expert(Api api, String theme) {
        return expert(api, "Expert " + UUID.randomUUID().toString().substring(0, 6), theme, "uk", true, true);
    }

    static Map<String, Object> session(String theme, OffsetDateTime startsAt, Integer capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("theme", theme);
        body.put("title", "Session about " + theme);
        body.put("startsAt", startsAt.toString());
        body.put("language", "uk");
        body.put("location", "https://meet.example.org/wegwijs");
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return body;
    }

    static UUID session(Api api, String theme, OffsetDateTime startsAt, Integer capacity) {
        var created = api.post("/api/expertpool/sessions", session(theme, startsAt, capacity));
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        return created.id();
    }

    static Map<String, Object> ids(UUID... ids) {
        return Map.of("expertIds", List.of(ids));
    }
}
