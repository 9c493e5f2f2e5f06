package nl.wegwijs.matching.engine;

import static java.util.stream.Collectors.joining;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.wegwijs.matching.places.Geo;
import nl.wegwijs.platform.web.IsoLanguages;

/**
 * The one scoring function, used for candidates-for-a-vacancy and vacancies-for-a-candidate alike.
 *
 * <p>Hard constraints decide whether a pair is a match at all; soft signals (weights below, summing to
 * 100) rank the pairs that pass. Without an explanation list the function stops at the first failed
 * constraint (the fast path of a scan); with one it evaluates every criterion and says how each went.
 * A pair that fails only because a required language is exactly one level short is a near miss: it is
 * never ranked among the matches but is shown beside them, so a coach sees it instead of silence.
 */
final class Scoring {

    /** Changes whenever weights or rules change; logged with every ranking shown. */
    static final String VERSION = "wegwijs-match-1.3";

    /**
     * {@link #evaluate} answers a score in tenths of a point (0..1000), the precision a score is shown and stored
     * in (numeric(5,1)), so it is exact from the start: no float or double reaches a ranking, the audit log, a
     * suggestion or an event. {@link #score(int)} turns it into the decimal people see.
     */
    static final int FAIL = -1;

    static final int NEAR_MISS = -2;

    static final double W_OCCUPATION = 30;
    static final double W_PREFERRED_SKILLS = 20;
    static final double W_DISTANCE = 15;
    static final double W_PREFERRED_LANGUAGES = 10;
    static final double W_LANGUAGE_LEVEL = 10;
    static final double W_HOURS = 10;
    static final double W_EXPERIENCE = 5;

    private Scoring() {}

    /** The score in tenths of a point, {@link #FAIL} or {@link #NEAR_MISS}. */
    static int evaluate(CompiledVacancy v, CandidateIndex ix, int r, int graceDays, List<Criterion> out) {
        boolean explain = out != null;
        boolean failed = false;
        boolean nearMiss = false;
        VacancyProfile p = v.profile;

        // --- hard constraints, cheapest first; the explanation text lives in small helpers below so that
        // this method stays small enough for the JIT to compile ---
        int until = ix.authorisedUntil[r];
        boolean authorised = until >= v.startDay;
        if (!authorised && !explain) {
            return FAIL;
        }
        if (explain) {
            explainAuthorisation(out, p, until, authorised);
        }
        failed |= !authorised;

        int available = ix.availableFrom[r];
        boolean availableInTime = available <= v.startDay + graceDays;
        if (!availableInTime && !explain) {
            return FAIL;
        }
        if (explain) {
            explainAvailability(out, p, v.startDay, available, availableInTime, graceDays);
        }
        failed |= !availableInTime;

        int hMin = ix.hoursMin[r];
        int hMax = ix.hoursMax[r];
        int overlapMin = Math.max(hMin, p.hoursMin());
        int overlapMax = Math.min(hMax, p.hoursMax());
        boolean hoursOverlap = overlapMin <= overlapMax;
        if (!hoursOverlap && !explain) {
            return FAIL;
        }
        if (explain) {
            out.add(new Criterion("hours", hoursOverlap, hoursDetail(p, hMin, hMax)));
        }
        failed |= !hoursOverlap;

        boolean licencesHeld = (ix.licences[r] & v.licenceMask) == v.licenceMask;
        if (!licencesHeld && !explain) {
            return FAIL;
        }
        if (explain && v.licenceMask != 0) {
            explainLicences(out, p, ix.licencesHeld[r], licencesHeld);
        }
        failed |= !licencesHeld;

        int surplusSum = 0;
        for (int i = 0; i < v.requiredLevels.length; i++) {
            int held = 0;
            for (byte[] column : v.requiredLanguageColumns[i]) {
                held = Math.max(held, column[r]);
            }
            int required = v.requiredLevels[i];
            if (held >= required) {
                surplusSum += Math.min(2, held - required);
            } else if (held == required - 1) {
                nearMiss = true;
            } else if (!explain) {
                return FAIL;
            } else {
                failed = true;
            }
            if (explain) {
                explainLanguage(out, p.languages().get(i), ix, r, held, required);
            }
        }

        // a degree of latitude is 111 km everywhere: most candidates too far away fail before any trigonometry
        int limit = ix.maxTravelKm[r];
        double km;
        if (!explain && Math.abs(ix.latitude[r] - v.latitude) * 111.0 > limit) {
            return FAIL;
        } else {
            km = Geo.haversineKm(ix.latitude[r], ix.longitude[r], v.latitude, v.longitude);
        }
        boolean nearEnough = km <= limit;
        if (!nearEnough && !explain) {
            return FAIL;
        }
        if (explain) {
            boolean samePlace = ix.latitude[r] == (float) v.latitude && ix.longitude[r] == (float) v.longitude;
            explainDistance(out, p.place(), samePlace, km, limit, nearEnough);
        }
        failed |= !nearEnough;

        boolean skillsHeld = (!explain && v.skillsPrefiltered) || holdsAll(ix.skills[r], v.requiredSkills);
        if (!skillsHeld && !explain) {
            return FAIL;
        }
        if (explain && !p.skills().isEmpty()) {
            out.add(new Criterion("skills", skillsHeld, listed(p.skills(), v.requiredSkills, ix.skills[r])));
        }
        failed |= !skillsHeld;

        boolean certificatesHeld = holdsAll(ix.certificates[r], v.requiredCertificates);
        if (!certificatesHeld && !explain) {
            return FAIL;
        }
        if (explain && !p.certificates().isEmpty()) {
            out.add(new Criterion(
                    "certificates",
                    certificatesHeld,
                    listed(p.certificates(), v.requiredCertificates, ix.certificates[r])));
        }
        failed |= !certificatesHeld;

        int yearsInGroup = 0;
        double occupationFit = 0;
        int closestIsco = -1;
        for (int packed : ix.occupations[r]) {
            int isco = packed / 100;
            if (v.isco >= 0 && isco / 10 == v.isco / 10) {
                yearsInGroup += packed % 100;
            }
            double fit = occupationFit(isco, v.isco);
            if (fit > occupationFit) {
                occupationFit = fit;
                closestIsco = isco;
            }
        }
        boolean experienced = yearsInGroup >= p.minYearsExperience();
        if (!experienced && !explain) {
            return FAIL;
        }
        if (explain && p.minYearsExperience() > 0) {
            explainExperience(out, p, yearsInGroup, experienced);
        }
        failed |= !experienced;

        if (!explain && nearMiss) {
            return NEAR_MISS;
        }

        // --- soft signals ---
        double preferredSkills = 1;
        int preferredHeld = 0;
        if (v.preferredSkills.length > 0) {
            for (int skill : v.preferredSkills) {
                if (Vocabulary.contains(ix.skills[r], skill)) {
                    preferredHeld++;
                }
            }
            preferredSkills = (double) preferredHeld / v.preferredSkills.length;
        }
        double preferredLanguages = 1;
        if (v.preferredLevels.length > 0) {
            double sum = 0;
            for (int i = 0; i < v.preferredLevels.length; i++) {
                byte[] column = v.preferredLanguageColumns[i];
                int held = column == null ? 0 : column[r];
                if (held >= v.preferredLevels[i]) {
                    sum += 1;
                } else if (held == v.preferredLevels[i] - 1) {
                    sum += 0.5;
                }
            }
            preferredLanguages = sum / v.preferredLevels.length;
        }
        double languageLevel = v.requiredLevels.length == 0 ? 0.5 : surplusSum / (2.0 * v.requiredLevels.length);
        double distance = limit <= 0 ? (km < 1 ? 1 : 0) : Math.max(0, 1 - km / limit);
        int vacancyWidth = p.hoursMax() - p.hoursMin();
        double hours = !hoursOverlap
                ? 0
                : vacancyWidth == 0 ? 1 : Math.min(1, (overlapMax - overlapMin + 1.0) / (vacancyWidth + 1.0));
        double experience = Math.min(1, yearsInGroup / (double) Math.max(2, p.minYearsExperience() + 2));

        double score = W_OCCUPATION * occupationFit
                + W_PREFERRED_SKILLS * preferredSkills
                + W_DISTANCE * distance
                + W_PREFERRED_LANGUAGES * preferredLanguages
                + W_LANGUAGE_LEVEL * languageLevel
                + W_HOURS * hours
                + W_EXPERIENCE * experience;

        if (explain) {
            explainSoftSignals(
                    out,
                    v,
                    ix,
                    r,
                    occupationFit,
                    closestIsco,
                    preferredHeld,
                    preferredLanguages,
                    surplusSum,
                    overlapMin,
                    overlapMax,
                    hours);
        }
        if (failed) {
            return FAIL;
        }
        if (nearMiss) {
            return NEAR_MISS;
        }
        return (int) Math.round(score * 10);
    }

    /** A score in tenths of a point as the decimal people see, one decimal: 956 is 95.6. */
    static BigDecimal score(int tenths) {
        return BigDecimal.valueOf(Math.max(0, tenths), 1);
    }

    private static boolean holdsAll(int[] held, int[] required) {
        for (int id : required) {
            if (!Vocabulary.contains(held, id)) {
                return false;
            }
        }
        return true;
    }

    private static void explainAuthorisation(List<Criterion> out, VacancyProfile p, int until, boolean authorised) {
        out.add(new Criterion(
                "workAuthorisation",
                authorised,
                until == CandidateIndex.UNLIMITED
                        ? "may work without an end date"
                        : (authorised ? "valid until " : "ends ") + CandidateIndex.day(until) + ", start "
                                + p.startDate()));
    }

    private static void explainAvailability(
            List<Criterion> out, VacancyProfile p, int startDay, int available, boolean inTime, int graceDays) {
        out.add(new Criterion(
                "availability",
                inTime,
                available == Integer.MIN_VALUE
                        ? "available now"
                        : "available from " + CandidateIndex.day(available) + ", start " + p.startDate()
                                + (inTime
                                        ? ""
                                        : " (" + count(available - startDay, "day") + " late, " + graceDays
                                                + " allowed)")));
    }

    private static String hoursDetail(VacancyProfile p, int hMin, int hMax) {
        return "wants " + hMin + "-" + hMax + " h/week, vacancy " + p.hoursMin() + "-" + p.hoursMax();
    }

    /**
     * Each required category: held ("holds C"), included in one held ("CE includes C", see {@link DrivingLicence}), or
     * missing ("missing D (holds B, CE)").
     */
    private static void explainLicences(List<Criterion> out, VacancyProfile p, int heldMask, boolean met) {
        Set<DrivingLicence> held = DrivingLicence.fromMask(heldMask);
        List<String> notes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (DrivingLicence required : DrivingLicence.inOrder(p.drivingLicences())) {
            if (held.contains(required)) {
                notes.add("holds " + required);
            } else {
                DrivingLicence.whyIncluded(held, required)
                        .ifPresentOrElse(notes::add, () -> missing.add(required.name()));
            }
        }
        if (!missing.isEmpty()) {
            notes.add("missing " + String.join(", ", missing) + " (holds "
                    + (held.isEmpty()
                            ? "no driving licence"
                            : held.stream().map(Enum::name).collect(joining(", ")))
                    + ")");
        }
        out.add(new Criterion("drivingLicences", met, String.join("; ", notes)));
    }

    private static void explainLanguage(
            List<Criterion> out, LanguageRequirement requirement, CandidateIndex ix, int r, int held, int required) {
        String which = String.join(" or ", requirement.codes());
        List<String> noLanguage = requirement.codes().stream()
                .filter(code -> !IsoLanguages.isCode(code))
                .toList();
        String detail = which + " " + requirement.level() + " required, " + bestSpoken(requirement, ix, r)
                + (held == required - 1 ? " (near miss: one level below)" : "")
                + (noLanguage.isEmpty()
                        ? ""
                        : " (" + String.join(", ", noLanguage) + ": not an ISO 639-1 language code, met by nobody)");
        out.add(new Criterion("languages", held >= required, detail));
    }

    private static void explainExperience(List<Criterion> out, VacancyProfile p, int years, boolean experienced) {
        out.add(new Criterion(
                "experience",
                experienced,
                count(years, "year") + " in ISCO minor group " + p.isco().substring(0, 3) + ", "
                        + p.minYearsExperience() + " required"));
    }

    /**
     * Places are known by their centre only (postcodes are not used), so two addresses in one place are "the same
     * place", not a precise-looking 0.0 km, and other distances are whole kilometres between place centres.
     */
    private static void explainDistance(
            List<Criterion> out, String place, boolean samePlace, double km, int limit, boolean nearEnough) {
        String detail = samePlace
                ? (place == null ? "same place as the vacancy" : "same place (" + place + ")")
                        + "; the distance within a place is not known, as postcodes are not used"
                : (km < 1 ? "under 1 km" : String.format(Locale.ROOT, "about %.0f km", km))
                        + " as the crow flies between the centres of the candidate's place and "
                        + (place == null ? "the vacancy's" : place) + " (postcodes are not used)";
        out.add(new Criterion("distance", nearEnough, detail + "; travels up to " + limit + " km"));
    }

    private static void explainSoftSignals(
            List<Criterion> out,
            CompiledVacancy v,
            CandidateIndex ix,
            int r,
            double occupationFit,
            int closestIsco,
            int preferredHeld,
            double preferredLanguages,
            int surplusSum,
            int overlapMin,
            int overlapMax,
            double hours) {
        VacancyProfile p = v.profile;
        out.add(new Criterion(
                "occupation",
                occupationFit >= 0.6,
                closestIsco < 0
                        ? "no experience in ISCO major group " + p.isco().charAt(0)
                        : "closest ISCO " + String.format(Locale.ROOT, "%04d", closestIsco) + " to " + p.isco() + ": "
                                + occupationRelation(occupationFit)));
        if (!p.preferredSkills().isEmpty()) {
            out.add(new Criterion(
                    "preferredSkills",
                    preferredHeld * 2 >= v.preferredSkills.length,
                    preferredHeld + " of " + count(v.preferredSkills.length, "preferred skill") + ": "
                            + listed(v.preferredSkillNames, v.preferredSkills, ix.skills[r])));
        }
        if (!p.preferredLanguages().isEmpty()) {
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < v.preferredLevels.length; i++) {
                byte[] column = v.preferredLanguageColumns[i];
                int held = column == null ? 0 : column[r];
                LanguageLevel preferred = p.preferredLanguages().get(i);
                notes.add(preferred.code() + " " + preferred.level() + " preferred, "
                        + (held == 0 ? "not spoken" : Cefr.nameOf(held) + " spoken")
                        + (held == v.preferredLevels[i] - 1 ? " (near miss: one level below)" : ""));
            }
            out.add(new Criterion("preferredLanguages", preferredLanguages >= 0.5, String.join("; ", notes)));
        }
        if (v.requiredLevels.length > 0) {
            out.add(new Criterion("languageLevel", surplusSum > 0, levelAboveRequiredDetail(v, ix, r, surplusSum)));
        }
        out.add(new Criterion("hoursFit", hours >= 0.5, hoursFitDetail(p, overlapMin, overlapMax, hours)));
    }

    /**
     * The bonus for levels above the required ones, with each required language's level: every requirement counts
     * up to 2 levels above its level (NATIVE is the level above C2), so "uk NATIVE, 6 levels above A1" earns the whole
     * bonus as 2 levels above would, and a candidate exactly at the required level meets it but earns none
     * ({@code met} is false: for a soft signal it says whether the signal counted in the candidate's favour).
     */
    private static String levelAboveRequiredDetail(CompiledVacancy v, CandidateIndex ix, int r, int surplusSum) {
        int n = v.requiredLevels.length;
        List<String> levels = new ArrayList<>();
        boolean allMet = true;
        for (int i = 0; i < n; i++) {
            LanguageRequirement requirement = v.profile.languages().get(i);
            String best = null;
            int held = 0;
            for (String code : requirement.codes()) {
                int level = IsoLanguages.isCode(code) ? ix.level(code, r) : 0;
                if (level > held) {
                    held = level;
                    best = code;
                }
            }
            String required = requirement.level().name();
            String anyOf = requirement.codes().size() > 1 ? " in any of " + String.join(", ", requirement.codes()) : "";
            int above = held - v.requiredLevels[i];
            if (best == null) {
                allMet = false;
                levels.add((requirement.codes().size() == 1
                                ? requirement.codes().getFirst() + " not spoken"
                                : "none of " + String.join(", ", requirement.codes()) + " spoken")
                        + ", " + required + " required");
            } else if (above > 0) {
                levels.add(
                        best + " " + Cefr.nameOf(held) + ", " + count(above, "level") + " above " + required + anyOf);
            } else if (above == 0) {
                levels.add(best + " " + Cefr.nameOf(held) + ", exactly the required level" + anyOf);
            } else {
                allMet = false;
                levels.add(
                        best + " " + Cefr.nameOf(held) + ", " + count(-above, "level") + " below " + required + anyOf);
            }
        }
        String each = String.join("; ", levels);
        if (surplusSum == 0) {
            return "no bonus: " + each
                    + (!allMet
                            ? ""
                            : n == 1
                                    ? " (meets it; the bonus is for a level above it)"
                                    : " (meets them; the bonus is for levels above them)");
        }
        if (surplusSum == 2 * n) {
            return "full bonus: " + each
                    + (n == 1
                            ? " (2 levels above earn the full bonus)"
                            : " (2 levels above each required level earn the full bonus)");
        }
        if (n == 1) {
            return "half the bonus: " + each + " (2 levels above earn the full bonus)";
        }
        return "bonus for " + surplusSum + " of " + 2 * n + " levels: " + each
                + " (up to 2 levels above each required level count)";
    }

    /**
     * The hours fit is the share of the whole numbers of hours a week the vacancy allows that the candidate wants too:
     * for 30-40 (11 of them) and a candidate wanting 24-32 that is 30, 31 and 32, 3 of 11, 27%.
     */
    private static String hoursFitDetail(VacancyProfile p, int overlapMin, int overlapMax, double hours) {
        int wanted = Math.max(0, overlapMax - overlapMin + 1);
        String share = String.format(Locale.ROOT, "%.0f%%: ", hours * 100);
        int allowed = p.hoursMax() - p.hoursMin() + 1;
        String vacancyHours = hoursRange(p.hoursMin(), p.hoursMax());
        if (allowed == 1) {
            return share + "the candidate " + (wanted == 1 ? "wants" : "does not want") + " the vacancy's "
                    + vacancyHours + " h a week";
        }
        String counts = " weekly hour counts the vacancy allows (";
        if (wanted == 0) {
            return share + "the candidate wants none of the " + allowed + counts + vacancyHours + " h, in whole hours)";
        }
        if (wanted == allowed) {
            return share + "the candidate wants each of the " + allowed + counts + vacancyHours + " h, in whole hours)";
        }
        return share + "the candidate wants " + wanted + " of the " + allowed + counts
                + hoursRange(overlapMin, overlapMax) + " of " + vacancyHours + " h, in whole hours)";
    }

    private static String hoursRange(int min, int max) {
        return min == max ? String.valueOf(min) : min + "-" + max;
    }

    /** A count with its noun, singular for one: "1 year", "6 levels". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Same unit group 1, same minor group 0.6, same sub-major group 0.4, same major group 0.2. */
    static double occupationFit(int candidate, int vacancy) {
        if (vacancy < 0) {
            return 0;
        }
        if (candidate == vacancy) {
            return 1;
        }
        if (candidate / 10 == vacancy / 10) {
            return 0.6;
        }
        if (candidate / 100 == vacancy / 100) {
            return 0.4;
        }
        if (candidate / 1000 == vacancy / 1000) {
            return 0.2;
        }
        return 0;
    }

    private static String occupationRelation(double fit) {
        if (fit >= 1) {
            return "same unit group";
        }
        if (fit >= 0.6) {
            return "same minor group";
        }
        if (fit >= 0.4) {
            return "same sub-major group";
        }
        return "same major group";
    }

    private static String bestSpoken(LanguageRequirement requirement, CandidateIndex ix, int r) {
        String best = null;
        int bestLevel = 0;
        for (String code : requirement.codes()) {
            int level = ix.level(code, r);
            if (level > bestLevel) {
                bestLevel = level;
                best = code;
            }
        }
        return best == null ? "none spoken" : best + " " + Cefr.nameOf(bestLevel) + " spoken";
    }

    /**
     * What is held and what is missing, in the vacancy's words; a missing one the skill vocabulary does not know says
     * so, as only the same wording would have matched it.
     */
    private static String listed(List<String> names, int[] ids, int[] held) {
        List<String> have = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.size() && i < ids.length; i++) {
            String name = names.get(i);
            if (Vocabulary.contains(held, ids[i])) {
                have.add(name);
            } else {
                missing.add(Skills.known(name) ? name : name + " (not in the skill vocabulary: same wording only)");
            }
        }
        return (have.isEmpty() ? "" : "holds " + String.join(", ", have))
                + (missing.isEmpty() ? "" : (have.isEmpty() ? "" : "; ") + "missing " + String.join(", ", missing));
    }
}
