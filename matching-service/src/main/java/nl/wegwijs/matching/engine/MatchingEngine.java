package nl.wegwijs.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Ranks candidates for a vacancy and vacancies for a candidate with the same {@link Scoring} function.
 * A scan splits the candidate rows over the available cores; each part runs the hard filters on the
 * columns, keeps its best rows in a primitive heap, and only the overall best get an explanation.
 */
public class MatchingEngine {

    private static final int NEAR_MISSES = 5;

    private final CandidateIndex candidates;
    private final Map<UUID, VacancyProfile> vacancies = new ConcurrentHashMap<>();
    private final int graceDays;

    public MatchingEngine(CandidateIndex candidates, int graceDays) {
        this.candidates = candidates;
        this.graceDays = graceDays;
    }

    public String scoringVersion() {
        return Scoring.VERSION;
    }

    public void upsertCandidate(CandidateProfile profile) {
        candidates.upsert(profile);
    }

    public void removeCandidate(UUID id) {
        candidates.remove(id);
    }

    /** Keeps an open vacancy for ranking vacancies for candidates. */
    public void upsertVacancy(VacancyProfile profile) {
        vacancies.put(profile.id(), profile);
    }

    public void removeVacancy(UUID id) {
        vacancies.remove(id);
    }

    public int candidateCount() {
        return candidates.size();
    }

    public int vacancyCount() {
        return vacancies.size();
    }

    /** The best candidates for a vacancy, with explanations, and up to five near misses. */
    public Ranking candidatesFor(VacancyProfile vacancy, int limit) {
        candidates.lock.readLock().lock();
        try {
            CompiledVacancy compiled = new CompiledVacancy(vacancy, candidates);
            compiled.skillsPrefiltered = true;
            int rows = candidates.rowCount;
            int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), rows / 50_000));
            int chunk = ((rows + parts - 1) / parts + 63) & ~63;
            TopK[] results = IntStream.range(0, parts)
                    .parallel()
                    .filter(part -> part * chunk < rows)
                    .mapToObj(part -> scan(compiled, part * chunk, Math.min(rows, (part + 1) * chunk), limit))
                    .reduce((a, b) -> {
                        a[0].addAll(b[0]);
                        a[1].addAll(b[1]);
                        return a;
                    })
                    .orElseGet(() -> new TopK[] {new TopK(limit), new TopK(NEAR_MISSES)});
            List<Ranked> items = explainRows(compiled, results[0].rowsBestFirst(), false);
            List<Ranked> nearMisses = explainRows(compiled, results[1].rowsBestFirst(), true);
            // a requirement nobody meets empties the ranking, so only an empty one needs looking into
            List<RankingWarning> warnings =
                    items.isEmpty() && nearMisses.isEmpty() ? unmetByAnybody(compiled) : List.of();
            return new Ranking(items, nearMisses, candidates.live(), Scoring.VERSION, warnings);
        } finally {
            candidates.lock.readLock().unlock();
        }
    }

    /** The best open vacancies for a candidate; empty when the candidate is not in the index. */
    public Optional<Ranking> vacanciesFor(UUID candidateId, int limit) {
        candidates.lock.readLock().lock();
        try {
            int row = candidates.row(candidateId);
            if (row < 0) {
                return Optional.empty();
            }
            List<Ranked> matched = new ArrayList<>();
            List<Ranked> nearMisses = new ArrayList<>();
            for (VacancyProfile vacancy : vacancies.values()) {
                CompiledVacancy compiled = new CompiledVacancy(vacancy, candidates);
                int score = Scoring.evaluate(compiled, candidates, row, graceDays, null);
                if (score >= 0) {
                    matched.add(new Ranked(vacancy.id(), candidateId, Scoring.score(score), true, false, null));
                } else if (score == Scoring.NEAR_MISS) {
                    nearMisses.add(new Ranked(vacancy.id(), candidateId, Scoring.score(0), false, true, null));
                }
            }
            // equal scores by vacancy id as PostgreSQL orders uuids (UUID.compareTo is signed): the order the
            // stored suggestions list them in, and the same top each time
            Comparator<Ranked> byId = Comparator.comparing(r -> r.vacancyId().toString());
            Comparator<Ranked> best =
                    Comparator.comparing(Ranked::score).reversed().thenComparing(byId);
            List<Ranked> items = matched.stream()
                    .sorted(best)
                    .limit(limit)
                    .map(r -> explainPair(vacancies.get(r.vacancyId()), row, false))
                    .toList();
            List<Ranked> near = nearMisses.stream()
                    .sorted(byId)
                    .limit(NEAR_MISSES)
                    .map(r -> explainPair(vacancies.get(r.vacancyId()), row, true))
                    .toList();
            return Optional.of(new Ranking(items, near, vacancies.size(), Scoring.VERSION, List.of()));
        } finally {
            candidates.lock.readLock().unlock();
        }
    }

    /** One pair, fully explained; empty when the candidate is not in the index. */
    public Optional<Ranked> explain(VacancyProfile vacancy, UUID candidateId) {
        candidates.lock.readLock().lock();
        try {
            int row = candidates.row(candidateId);
            if (row < 0) {
                return Optional.empty();
            }
            return Optional.of(explainPair(vacancy, row, false));
        } finally {
            candidates.lock.readLock().unlock();
        }
    }

    /**
     * Scans rows [from, to) (from a multiple of 64): the bitsets of the required skills and of the active
     * rows are ANDed word by word first, so rows without a required skill cost no work at all.
     */
    private TopK[] scan(CompiledVacancy vacancy, int from, int to, int limit) {
        TopK best = new TopK(limit);
        TopK near = new TopK(NEAR_MISSES);
        long[][] required = new long[vacancy.requiredSkills.length][];
        for (int i = 0; i < required.length; i++) {
            int skill = vacancy.requiredSkills[i];
            if (skill < 0 || skill >= candidates.skillRows.size()) {
                return new TopK[] {best, near}; // nobody holds this skill
            }
            required[i] = candidates.skillRows.get(skill);
        }
        long[] active = candidates.activeRows;
        for (int word = from >>> 6; word <= (to - 1) >>> 6; word++) {
            long bits = active[word];
            for (long[] skill : required) {
                bits &= skill[word];
            }
            while (bits != 0) {
                int row = (word << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (row >= to) {
                    break;
                }
                int score = Scoring.evaluate(vacancy, candidates, row, graceDays, null);
                if (score >= 0) {
                    best.offer(score, row);
                } else if (score == Scoring.NEAR_MISS) {
                    near.offer(0, row);
                }
            }
        }
        return new TopK[] {best, near};
    }

    /**
     * The required skills and certificates no candidate in the index has, each said in the vacancy's words, and
     * whether the skill vocabulary knows it (then no candidate has it under any of its names) or not (then only the
     * same wording would have matched).
     */
    private List<RankingWarning> unmetByAnybody(CompiledVacancy vacancy) {
        List<RankingWarning> warnings = new ArrayList<>();
        List<String> skills = vacancy.profile.skills();
        for (int i = 0; i < skills.size(); i++) {
            int skill = vacancy.requiredSkills[i];
            boolean held = skill >= 0 && skill < candidates.skillRows.size() && any(candidates.skillRows.get(skill));
            if (!held) {
                warnings.add(new RankingWarning("skills[" + i + "]", nobodyHas(skills.get(i))));
            }
        }
        List<String> certificates = vacancy.profile.certificates();
        for (int i = 0; i < certificates.size(); i++) {
            if (!anybodyHolds(candidates.certificates, vacancy.requiredCertificates[i])) {
                warnings.add(new RankingWarning("certificates[" + i + "]", nobodyHas(certificates.get(i))));
            }
        }
        return warnings;
    }

    private static String nobodyHas(String written) {
        return SkillVocabulary.shipped()
                .find(written)
                .map(concept -> "no candidate has \"" + written + "\" under any of the names the skill vocabulary "
                        + "knows for it (" + concept.id() + ")")
                .orElse("no candidate has \"" + written + "\"; it is not in the skill vocabulary, so it is matched "
                        + "by its exact wording only (case, accents and punctuation aside), not by other names or "
                        + "translations");
    }

    private static boolean any(long[] bits) {
        for (long word : bits) {
            if (word != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean anybodyHolds(int[][] held, int id) {
        if (id < 0) {
            return false;
        }
        for (int row = 0; row < candidates.rowCount; row++) {
            if (candidates.active[row] && Vocabulary.contains(held[row], id)) {
                return true;
            }
        }
        return false;
    }

    private List<Ranked> explainRows(CompiledVacancy vacancy, int[] rows, boolean nearMiss) {
        List<Ranked> ranked = new ArrayList<>(rows.length);
        for (int row : rows) {
            List<Criterion> explanation = new ArrayList<>(14);
            int score = Scoring.evaluate(vacancy, candidates, row, graceDays, explanation);
            ranked.add(new Ranked(
                    vacancy.profile.id(),
                    candidates.ids[row],
                    Scoring.score(score),
                    score >= 0,
                    nearMiss,
                    List.copyOf(explanation)));
        }
        return ranked;
    }

    private Ranked explainPair(VacancyProfile vacancy, int row, boolean nearMiss) {
        CompiledVacancy compiled = new CompiledVacancy(vacancy, candidates);
        List<Criterion> explanation = new ArrayList<>(14);
        int score = Scoring.evaluate(compiled, candidates, row, graceDays, explanation);
        return new Ranked(
                vacancy.id(),
                candidates.ids[row],
                Scoring.score(score),
                score >= 0,
                nearMiss || score == Scoring.NEAR_MISS,
                List.copyOf(explanation));
    }
}
