package nl.wegwijs.matching.engine;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Driving-licence categories of the EU licence, and what holding one entitles its holder to drive as well.
 *
 * <p>The one table of implications, after Directive 2006/126/EC on driving licences, Article 6 ("gradation and
 * equivalence between categories"), as the RDW and CBR apply it in the Netherlands:
 *
 * <ul>
 *   <li>a category needs another to be held first (Art. 6(1)): C1, C, D1 and D need B; BE, C1E, CE, D1E and DE need
 *       B, C1, C, D1 and D respectively. So a C holder always holds B, and a CE holder C;
 *   <li>a category is valid for others (Art. 6(2)): C1E, CE, D1E and DE for BE; CE for C1E and DE for D1E; C for
 *       C1 and D for D1; A for A2 and A1, A2 for A1; A, A2, A1 and B for AM (the Netherlands put AM on every B
 *       licence);
 *   <li>CE is valid for DE as long as its holder holds D (Art. 6(2)(b)): the one implication that needs two
 *       categories, see {@link #entitlements}.
 * </ul>
 *
 * T (tractors) is a national category: it is neither implied by nor implies another here (a Dutch B licence issued
 * before 1 July 2015 carries T as an entry of its own, so a candidate holding it lists it). Codes are compared as the
 * enum constants a request names ("CE", not "C+E" or "ce": those are refused as unknown values).
 */
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

    /** What each category lets its holder drive besides itself, directly; {@link #includes()} follows the chains. */
    private static final Map<DrivingLicence, List<DrivingLicence>> DIRECTLY = Map.ofEntries(
            entry(AM, List.of()),
            entry(A1, List.of(AM)),
            entry(A2, List.of(A1, AM)),
            entry(A, List.of(A2, A1, AM)),
            entry(B, List.of(AM)),
            entry(BE, List.of(B)),
            entry(C1, List.of(B)),
            entry(C1E, List.of(C1, BE)),
            entry(C, List.of(C1, B)),
            entry(CE, List.of(C, C1E, BE)),
            entry(D1, List.of(B)),
            entry(D1E, List.of(D1, BE)),
            entry(D, List.of(D1, B)),
            entry(DE, List.of(D, D1E, BE)),
            entry(T, List.of()));

    private static final Map<DrivingLicence, EnumSet<DrivingLicence>> INCLUDES = new EnumMap<>(DrivingLicence.class);

    static {
        for (DrivingLicence licence : values()) {
            EnumSet<DrivingLicence> included = EnumSet.noneOf(DrivingLicence.class);
            List<DrivingLicence> pending = new ArrayList<>(DIRECTLY.get(licence));
            while (!pending.isEmpty()) {
                DrivingLicence next = pending.removeLast();
                if (included.add(next)) {
                    pending.addAll(DIRECTLY.get(next));
                }
            }
            INCLUDES.put(licence, included);
        }
    }

    public int bit() {
        return 1 << ordinal();
    }

    /** The other categories this one lets its holder drive (itself not included). */
    public Set<DrivingLicence> includes() {
        return EnumSet.copyOf(INCLUDES.get(this));
    }

    /** Every category someone holding these may drive: the held ones and all they include. */
    public static Set<DrivingLicence> entitlements(Collection<DrivingLicence> held) {
        Set<DrivingLicence> all = EnumSet.noneOf(DrivingLicence.class);
        for (DrivingLicence licence : held) {
            all.add(licence);
            all.addAll(INCLUDES.get(licence));
        }
        if (all.contains(CE) && all.contains(D)) { // Art. 6(2)(b)
            all.add(DE);
            all.addAll(INCLUDES.get(DE));
        }
        return all;
    }

    /** {@link #entitlements} as a bit mask of {@link #bit()}s. */
    public static int entitlementMask(Collection<DrivingLicence> held) {
        return mask(entitlements(held));
    }

    public static int mask(Collection<DrivingLicence> licences) {
        int mask = 0;
        for (DrivingLicence licence : licences) {
            mask |= licence.bit();
        }
        return mask;
    }

    /** The categories whose bits are set in a mask, in the order of the enum. */
    static Set<DrivingLicence> fromMask(int mask) {
        Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);
        for (DrivingLicence licence : values()) {
            if ((mask & licence.bit()) != 0) {
                licences.add(licence);
            }
        }
        return licences;
    }

    /**
     * How someone holding {@code held} may drive {@code required} without holding it, said for an explanation ("CE
     * includes C", "CE and D include DE"); empty when they hold it themselves or may not drive it.
     */
    public static Optional<String> whyIncluded(Collection<DrivingLicence> held, DrivingLicence required) {
        if (held.contains(required)) {
            return Optional.empty();
        }
        for (DrivingLicence licence : inOrder(held)) {
            if (INCLUDES.get(licence).contains(required)) {
                return Optional.of(licence + " includes " + required);
            }
        }
        if (entitlements(held).contains(required)) {
            return Optional.of("CE and D include " + required);
        }
        return Optional.empty();
    }

    /** The categories in the order of the enum (A before B before C, each before its trailer category). */
    public static Set<DrivingLicence> inOrder(Collection<DrivingLicence> licences) {
        Set<DrivingLicence> ordered = EnumSet.noneOf(DrivingLicence.class);
        ordered.addAll(licences);
        return ordered;
    }
}
