package nl.wegwijs.matching.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Interns normalised skills and certificates as small integers, so a profile holds sorted int arrays. */
final class Vocabulary {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> names = new CopyOnWriteArrayList<>();

    synchronized int intern(String raw) {
        String name = Skills.normalise(raw);
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            names.add(name);
            ids.put(name, id);
        }
        return id;
    }

    /** The id of a known name, or -1: a vacancy requiring a skill nobody has never matches on it. */
    int lookup(String raw) {
        return ids.getOrDefault(Skills.normalise(raw), -1);
    }

    String name(int id) {
        return names.get(id);
    }

    int[] internAll(Collection<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        return raw.stream().mapToInt(this::intern).distinct().sorted().toArray();
    }

    int[] lookupAll(Collection<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        return raw.stream().mapToInt(this::lookup).toArray();
    }

    static final int[] EMPTY = new int[0];

    static boolean contains(int[] sorted, int id) {
        return id >= 0 && Arrays.binarySearch(sorted, id) >= 0;
    }
}
