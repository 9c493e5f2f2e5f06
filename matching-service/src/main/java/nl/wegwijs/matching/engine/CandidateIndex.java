package nl.wegwijs.matching.engine;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import nl.wegwijs.platform.web.IsoLanguages;

/**
 * All candidates in a compact columnar layout: one primitive array per attribute, one row per candidate,
 * so the hard filters run as tight loops over arrays instead of chasing objects. Languages are one byte
 * column per ISO 639-1 language (0 = not spoken, 1..7 = A1..NATIVE; a code that is none is left out); skills, certificates and occupations are
 * small sorted int arrays per row. Scans hold the read lock; updates take the write lock briefly.
 * A removed candidate's row is wiped and handed to the next new candidate, so the index counts and
 * holds only the candidates it currently ranks.
 */
public final class CandidateIndex {

    static final int UNLIMITED = Integer.MAX_VALUE;

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final Vocabulary vocabulary = new Vocabulary();
    /** The live candidates and their rows; a removed candidate is no longer here. */
    private final Map<UUID, Integer> rows = new HashMap<>();
    /** Rows of removed candidates, wiped, waiting for the next new candidate. */
    private final ArrayDeque<Integer> freeRows = new ArrayDeque<>();

    /** Rows handed out so far, live or free: scans run over {@code [0, rowCount)}. */
    int rowCount;

    UUID[] ids;
    boolean[] active;
    float[] latitude;
    float[] longitude;
    short[] maxTravelKm;
    byte[] hoursMin;
    byte[] hoursMax;
    int[] availableFrom;
    int[] authorisedUntil;
    /** per row: the driving-licence categories the candidate may drive, those implied by the held ones included. */
    int[] licences;
    /** per row: the categories as the candidate's profile lists them, for explanations ("CE includes C"). */
    int[] licencesHeld;

    int[][] skills;
    int[][] certificates;
    /** per row: ISCO unit group * 100 + years of experience, one entry per occupation. */
    int[][] occupations;

    final Map<String, byte[]> languages = new HashMap<>();

    /** Inverted index: per skill id, a bitset of the rows that hold it (required skills are ANDed first). */
    final java.util.ArrayList<long[]> skillRows = new java.util.ArrayList<>();
    /** Bitset of active rows. */
    long[] activeRows;

    public CandidateIndex() {
        this(1024);
    }

    public CandidateIndex(int capacity) {
        allocate(Math.max(16, capacity));
    }

    /** Adds or replaces a candidate. */
    public void upsert(CandidateProfile p) {
        lock.writeLock().lock();
        try {
            Integer existing = rows.get(p.id());
            int row;
            if (existing != null) {
                row = existing;
                for (byte[] column : languages.values()) {
                    column[row] = 0;
                }
                for (int skill : skills[row]) {
                    clear(skillRows.get(skill), row);
                }
            } else if (!freeRows.isEmpty()) {
                row = freeRows.pop();
                rows.put(p.id(), row);
            } else {
                if (rowCount == ids.length) {
                    grow(ids.length * 2);
                }
                row = rowCount++;
                rows.put(p.id(), row);
            }
            ids[row] = p.id();
            active[row] = true;
            latitude[row] = (float) p.latitude();
            longitude[row] = (float) p.longitude();
            maxTravelKm[row] = (short) Math.min(Short.MAX_VALUE, Math.max(0, p.maxTravelKm()));
            hoursMin[row] = (byte) p.hoursMin();
            hoursMax[row] = (byte) p.hoursMax();
            availableFrom[row] = p.availableFrom() == null
                    ? Integer.MIN_VALUE
                    : (int) p.availableFrom().toEpochDay();
            authorisedUntil[row] = p.authorisedUntil() == null
                    ? UNLIMITED
                    : (int) p.authorisedUntil().toEpochDay();
            licences[row] = DrivingLicence.entitlementMask(p.drivingLicences());
            licencesHeld[row] = DrivingLicence.mask(p.drivingLicences());
            skills[row] = vocabulary.internAll(p.skills());
            for (int skill : skills[row]) {
                while (skillRows.size() <= skill) {
                    skillRows.add(new long[activeRows.length]);
                }
                set(skillRows.get(skill), row);
            }
            set(activeRows, row);
            certificates[row] = vocabulary.internAll(p.certificates());
            occupations[row] = p.occupations().stream()
                    .mapToInt(o -> Integer.parseInt(o.isco()) * 100 + Math.min(99, o.years()))
                    .toArray();
            for (LanguageLevel language : p.languages()) {
                if (!IsoLanguages.isCode(language.code())) {
                    continue; // stored before codes were checked ("xx", "EN"): no language, so it meets nothing
                }
                byte[] column = languages.computeIfAbsent(language.code(), code -> new byte[ids.length]);
                column[row] = (byte) Math.max(column[row], language.level().rank());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Takes a candidate out of every ranking, out of {@link #size()}, and wipes what the index held about it,
     * its id included; the row goes to the next new candidate. Removing an unknown id changes nothing.
     */
    public void remove(UUID id) {
        lock.writeLock().lock();
        try {
            Integer row = rows.remove(id);
            if (row != null) {
                ids[row] = null;
                active[row] = false;
                clear(activeRows, row);
                for (int skill : skills[row]) {
                    clear(skillRows.get(skill), row);
                }
                for (byte[] column : languages.values()) {
                    column[row] = 0;
                }
                latitude[row] = 0;
                longitude[row] = 0;
                maxTravelKm[row] = 0;
                hoursMin[row] = 0;
                hoursMax[row] = 0;
                availableFrom[row] = 0;
                authorisedUntil[row] = 0;
                licences[row] = 0;
                licencesHeld[row] = 0;
                skills[row] = new int[0];
                certificates[row] = new int[0];
                occupations[row] = new int[0];
                freeRows.push(row);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The candidates in the index now: every one added and not removed since. */
    public int size() {
        lock.readLock().lock();
        try {
            return live();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** {@link #size()} for a caller that holds the lock already. */
    int live() {
        return rows.size();
    }

    int row(UUID id) {
        Integer row = rows.get(id);
        return row == null || !active[row] ? -1 : row;
    }

    int level(String language, int row) {
        byte[] column = languages.get(language);
        return column == null ? 0 : column[row];
    }

    static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    private void allocate(int capacity) {
        ids = new UUID[capacity];
        active = new boolean[capacity];
        latitude = new float[capacity];
        longitude = new float[capacity];
        maxTravelKm = new short[capacity];
        hoursMin = new byte[capacity];
        hoursMax = new byte[capacity];
        availableFrom = new int[capacity];
        authorisedUntil = new int[capacity];
        licences = new int[capacity];
        licencesHeld = new int[capacity];
        skills = new int[capacity][];
        certificates = new int[capacity][];
        occupations = new int[capacity][];
        activeRows = new long[words(capacity)];
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        active = Arrays.copyOf(active, capacity);
        latitude = Arrays.copyOf(latitude, capacity);
        longitude = Arrays.copyOf(longitude, capacity);
        maxTravelKm = Arrays.copyOf(maxTravelKm, capacity);
        hoursMin = Arrays.copyOf(hoursMin, capacity);
        hoursMax = Arrays.copyOf(hoursMax, capacity);
        availableFrom = Arrays.copyOf(availableFrom, capacity);
        authorisedUntil = Arrays.copyOf(authorisedUntil, capacity);
        licences = Arrays.copyOf(licences, capacity);
        licencesHeld = Arrays.copyOf(licencesHeld, capacity);
        skills = Arrays.copyOf(skills, capacity);
        certificates = Arrays.copyOf(certificates, capacity);
        occupations = Arrays.copyOf(occupations, capacity);
        languages.replaceAll((code, column) -> Arrays.copyOf(column, capacity));
        activeRows = Arrays.copyOf(activeRows, words(capacity));
        skillRows.replaceAll(bits -> Arrays.copyOf(bits, words(capacity)));
    }

    private static int words(int capacity) {
        return (capacity + 63) >>> 6;
    }

    private static void set(long[] bits, int row) {
        bits[row >>> 6] |= 1L << row;
    }

    private static void clear(long[] bits, int row) {
        bits[row >>> 6] &= ~(1L << row);
    }
}
