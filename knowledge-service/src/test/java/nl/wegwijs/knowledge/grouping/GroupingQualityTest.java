package nl.wegwijs.knowledge.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.lexicon.LexiconSeed;
import nl.wegwijs.knowledge.search.SearchIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures grouping and search on the labelled set with the shipped lexicon and default settings:
 * questions arrive in a shuffled order and are grouped one by one as the service does; then every
 * question searches the articles made from the groups' answers.
 */
class GroupingQualityTest {

    static final TextAnalysis analysis = new TextAnalysis();
    static Lexicon lexicon;
    static LabelledSet set;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.of(LexiconSeed.load(), analysis);
        set = LabelledSet.load();
    }

    @Test
    void theLabelledSetIsLargeAndVariedEnough() {
        assertThat(set.questions()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(set.groups()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(set.questions().stream().map(LabelledSet.Question::language).distinct())
                .contains("uk", "ru", "nl", "en");
        assertThat(set.hardNegatives()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void groupsQuestionsWithPrecisionAndRecallAboveTheBar() {
        Map<Integer, Integer> clusterOf = cluster(GroupingSettings.DEFAULTS, new Random(Long.getLong("seed", 42)));
        long tp = 0, fp = 0, fn = 0;
        List<LabelledSet.Question> qs = set.questions();
        List<String> falsePairs = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size(); j++) {
                boolean same = qs.get(i).group().equals(qs.get(j).group());
                boolean together = clusterOf.get(i).equals(clusterOf.get(j));
                if (same && together) tp++;
                else if (!same && together) {
                    fp++;
                    falsePairs.add(qs.get(i).text() + "  <->  " + qs.get(j).text());
                } else if (same) fn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        long separated = set.hardNegatives().stream()
                .filter(h -> !clusterOf
                        .get(set.question(h.groupA(), h.numberA()).index())
                        .equals(clusterOf.get(
                                set.question(h.groupB(), h.numberB()).index())))
                .count();
        System.out.printf(
                "GROUPING on %d questions in %d groups: pairwise precision %.3f, recall %.3f (tp %d, fp %d, fn %d);"
                        + " %d clusters; hard negatives kept apart %d/%d%n",
                qs.size(),
                set.groups().size(),
                precision,
                recall,
                tp,
                fp,
                fn,
                clusterOf.values().stream().distinct().count(),
                separated,
                set.hardNegatives().size());
        falsePairs.stream().limit(15).forEach(p -> System.out.println("  wrongly together: " + p));
        assertThat(precision).as("pairwise precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("pairwise recall").isGreaterThanOrEqualTo(0.8);
        assertThat(separated)
                .as("hard negatives kept apart")
                .isEqualTo(set.hardNegatives().size());
    }

    @Test
    void findsTheRightArticleInTheTopThreeForMostQuestions() {
        Map<String, UUID> articleOf = new HashMap<>();
        try (SearchIndex index = new SearchIndex(analysis, () -> lexicon)) {
            List<SearchIndex.IndexedArticle> articles = new ArrayList<>();
            for (LabelledSet.Group g : set.groups()) {
                UUID id = UUID.nameUUIDFromBytes(g.id().getBytes());
                articleOf.put(g.id(), id);
                Map<String, SearchIndex.Translation> translations = new LinkedHashMap<>();
                for (LabelledSet.Answer a : g.answers()) {
                    translations.put(
                            a.language(),
                            new SearchIndex.Translation(a.language(), g.titles().get(a.language()), a.text()));
                }
                articles.add(new SearchIndex.IndexedArticle(id, "nl", translations));
            }
            index.putAll(articles);
            int found = 0;
            List<String> missed = new ArrayList<>();
            for (LabelledSet.Question q : set.questions()) {
                var hits = index.search(q.text(), q.language(), 3);
                if (hits.stream().anyMatch(h -> h.articleId().equals(articleOf.get(q.group())))) {
                    found++;
                } else {
                    missed.add(q.group() + ": " + q.text());
                }
            }
            double recallAt3 = found / (double) set.questions().size();
            System.out.printf(
                    "SEARCH recall@3 on %d questions over %d articles: %.3f%n",
                    set.questions().size(), articles.size(), recallAt3);
            missed.stream().limit(15).forEach(m -> System.out.println("  missed: " + m));
            assertThat(recallAt3).as("search recall@3").isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void printsHowEachPartContributesAndHoldsTheBarInEveryArrivalOrder() {
        var w = GroupingSettings.Weights.DEFAULTS;
        Map<String, GroupingSettings> variants = new LinkedHashMap<>();
        variants.put("default", GroupingSettings.DEFAULTS);
        variants.put(
                "without staff answers",
                new GroupingSettings(
                        null, new GroupingSettings.Weights(w.concepts(), w.terms(), 0.0, w.topic(), null), null));
        variants.put(
                "without topic",
                new GroupingSettings(
                        null, new GroupingSettings.Weights(w.concepts(), w.terms(), w.answers(), 0.0, null), null));
        variants.put("without family veto", new GroupingSettings(null, null, 1.0));
        for (double t : new double[] {0.30, 0.35, 0.45, 0.50}) {
            variants.put("threshold " + t, new GroupingSettings(t, null, null));
        }
        Lexicon full = lexicon;
        for (var v : variants.entrySet()) {
            printFigures(v.getKey(), cluster(v.getValue(), new Random(42)));
        }
        for (int seed : new int[] {1, 2, 3, 4, 5, 6, 7}) {
            double[] figures = printFigures(
                    "default, arrival order " + seed, cluster(GroupingSettings.DEFAULTS, new Random(seed)));
            assertThat(figures[0]).as("precision in arrival order " + seed).isGreaterThanOrEqualTo(0.9);
            assertThat(figures[1]).as("recall in arrival order " + seed).isGreaterThanOrEqualTo(0.8);
        }
        try {
            lexicon = Lexicon.empty();
            printFigures("without the lexicon", cluster(GroupingSettings.DEFAULTS, new Random(42)));
        } finally {
            lexicon = full;
        }
    }

    private static double[] printFigures(String name, Map<Integer, Integer> clusterOf) {
        List<LabelledSet.Question> qs = set.questions();
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size(); j++) {
                boolean same = qs.get(i).group().equals(qs.get(j).group());
                boolean together = clusterOf.get(i).equals(clusterOf.get(j));
                if (same && together) tp++;
                else if (together) fp++;
                else if (same) fn++;
            }
        }
        System.out.printf(
                "VARIANT %-28s precision %.3f recall %.3f clusters %d%n",
                name,
                tp / (double) Math.max(1, tp + fp),
                tp / (double) (tp + fn),
                clusterOf.values().stream().distinct().count());
        return new double[] {tp / (double) Math.max(1, tp + fp), tp / (double) (tp + fn)};
    }

    /** Groups the questions in a shuffled order, one at a time, as answered tickets arrive. */
    static Map<Integer, Integer> cluster(GroupingSettings settings, Random random) {
        FeatureExtractor extractor = new FeatureExtractor(analysis, () -> lexicon, null);
        Grouper grouper = new Grouper(new GroupingScorer(settings, lexicon));
        List<LabelledSet.Question> order = new ArrayList<>(set.questions());
        Collections.shuffle(order, random);
        Map<Integer, List<QuestionFeatures>> clusters = new LinkedHashMap<>();
        Map<Integer, Integer> clusterOf = new HashMap<>();
        for (LabelledSet.Question q : order) {
            QuestionFeatures f = extractor.features(
                    q.text(), q.language(), q.answer().text(), q.answer().language(), q.topic());
            var match = grouper.bestGroup(f, clusters);
            int cluster = match.map(Grouper.Match::group).orElse(clusters.size());
            clusters.computeIfAbsent(cluster, c -> new ArrayList<>()).add(f);
            clusterOf.put(q.index(), cluster);
        }
        return clusterOf;
    }
}
