package nl.wegwijs.matching.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The places shipped in {@code places/nl-places.csv}: every Dutch municipality (2024 borders, 342) by its
 * name and, where the municipality is not named after it, its main place(s). Names match without regard
 * to case, accents, hyphens or a leading "'s-"; an unknown name gets close spellings by edit distance.
 */
public class Places {

    private final Map<String, Place> byKey = new LinkedHashMap<>();

    public Places() {
        this("places/nl-places.csv");
    }

    Places(String resource) {
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = splitCsv(line);
                Place place = new Place(
                        cells.get(0), cells.get(1), Double.parseDouble(cells.get(2)), Double.parseDouble(cells.get(3)));
                byKey.putIfAbsent(key(place.name()), place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Place> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
    }

    public int size() {
        return byKey.size();
    }

    public Collection<Place> all() {
        return byKey.values();
    }

    /** Up to {@code limit} known names closest to the given one by edit distance. */
    public List<String> suggestions(String name, int limit) {
        String wanted = key(name == null ? "" : name);
        int tolerance = Math.max(2, wanted.length() / 3);
        return byKey.entrySet().stream()
                .map(e -> Map.entry(e.getValue().name(), editDistance(wanted, e.getKey())))
                .filter(e -> e.getValue() <= tolerance)
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    static String key(String name) {
        String plain = Normalizer.normalize(name.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('-', ' ')
                .replaceAll("\\s+", " ");
        return plain.startsWith("'s ") ? plain.substring(3) : plain;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
