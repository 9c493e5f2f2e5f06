package nl.wegwijs.knowledge.drafts;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.knowledge.grouping.FeatureExtractor;
import nl.wegwijs.knowledge.grouping.LabelledSet;
import nl.wegwijs.knowledge.lexicon.Concept;
import nl.wegwijs.knowledge.lexicon.Lexicons;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run with {@code ./mvnw -B -pl knowledge-service verify -Pbenchmark -Dit.test=GroupingBenchmark}. How long
 * one answered question takes to be grouped (intake in its transaction: redaction, features, every stored
 * question and title compared, the rows and events written) with 1,000 and then 3,000 stored questions
 * (labelled-set questions in drafts of five, one title each): the first question after start-up (this
 * instance has derived no stored question's features yet) without deriving ahead and with it just begun,
 * the first right after a lexicon edit (every stored question's features derived again), how long deriving
 * ahead takes, a question arriving after it, and the questions after those (features known).
 */
@ServiceIT
class GroupingBenchmark {

    static final int[] STORED = {1_000, 3_000};
    static final int QUESTIONS_PER_DRAFT = 5;
    static final int WARM = 10;

    @Autowired
    DraftIntake intake;

    @Autowired
    Drafts drafts;

    @Autowired
    FeatureExtractor features;

    @Autowired
    Lexicons lexicons;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private final LabelledSet set = LabelledSet.load();
    private int asked;

    @Test
    void firstQuestionAfterStartUpAndAfterALexiconEditAgainstTheQuestionsAfterThem() {
        List<String> featureJson = set.questions().stream()
                .map(q -> json.writeValueAsString(features.features(
                        q.text(), q.language(), q.answer().text(), q.answer().language(), q.topic())))
                .toList();
        List<String> lines = new ArrayList<>();
        int seeded = 0;
        for (int stored : STORED) {
            seed(stored - seeded, featureJson);
            seeded = stored;
            long candidates = jdbc.sql("select count(*) from draft_question where features is not null")
                    .query(Long.class)
                    .single();
            // as after a restart: this instance has derived nothing yet. Without deriving ahead (as before
            // it existed), then with it just begun as the question arrives, then with it done.
            forgetDerived();
            double alone = askOne();
            forgetDerived();
            intake.deriveAhead();
            double startUp = askOne();
            double warm = median(WARM);
            forgetDerived();
            double startUpAhead = timed(() -> intake.deriveAhead().join());
            double startUpAfterAhead = askOne();
            // an editor changes the lexicon: every stored question's features are derived again
            editLexicon();
            double afterEdit = askOne();
            double warmAgain = median(WARM);
            editLexicon();
            double editAhead = timed(() -> intake.deriveAhead().join());
            double afterEditAfterAhead = askOne();
            lines.add(String.format(
                    "GROUPING BENCHMARK %,6d stored questions: first question after start-up without deriving ahead"
                            + " %6.0f ms; with it just begun %6.0f ms at start-up, %6.0f ms after a lexicon edit",
                    candidates, alone, startUp, afterEdit));
            lines.add(String.format(
                    "GROUPING BENCHMARK %,6d stored questions: derived ahead in %6.0f ms at start-up, %6.0f ms after a"
                            + " lexicon edit; a question after that %4.0f / %4.0f ms; the questions after them %4.0f /"
                            + " %4.0f ms (median of %d)",
                    candidates,
                    startUpAhead,
                    editAhead,
                    startUpAfterAhead,
                    afterEditAfterAhead,
                    warm,
                    warmAgain,
                    WARM));
        }
        System.out.printf("%n%s%n%n", String.join(System.lineSeparator(), lines));
    }

    /** Drafts of five labelled questions each, written as intake writes them, one title per draft. */
    private void seed(int questions, List<String> featureJson) {
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < questions; i += QUESTIONS_PER_DRAFT) {
            UUID draftId = UUID.randomUUID();
            LabelledSet.Question first = set.questions().get(i % set.questions().size());
            drafts.insert(new Drafts.DraftRow(
                    draftId, DraftStatus.OPEN, first.language(), first.topic(), null, null, 5, now, now, now));
            drafts.saveTranslations(
                    draftId,
                    Map.of(
                            first.answer().language(),
                            new TranslationText(
                                    Titles.fromQuestion(first.text(), Titles.Reader.of(features, first.language())),
                                    first.answer().text(),
                                    false)));
            for (int k = 0; k < QUESTIONS_PER_DRAFT && i + k < questions; k++) {
                int n = (i + k) % set.questions().size();
                LabelledSet.Question q = set.questions().get(n);
                drafts.insertQuestion(new Drafts.QuestionRow(
                        UUID.randomUUID(),
                        draftId,
                        q.language(),
                        q.text(),
                        q.answer().text(),
                        q.answer().language(),
                        q.topic(),
                        now,
                        now,
                        featureJson.get(n),
                        null,
                        "{}",
                        false,
                        now));
            }
        }
    }

    private static double timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Milliseconds one answered question takes to be grouped and stored. */
    private double askOne() {
        LabelledSet.Question q = set.questions().get(asked++ % set.questions().size());
        TicketAnswered answered = new TicketAnswered(
                UUID.randomUUID(),
                q.text(),
                q.language(),
                q.answer().text(),
                q.answer().language(),
                q.topic(),
                "WEB",
                OffsetDateTime.now(),
                OffsetDateTime.now());
        long start = System.nanoTime();
        intake.receive(answered);
        return (System.nanoTime() - start) / 1e6;
    }

    private double median(int questions) {
        double[] ms = new double[questions];
        for (int i = 0; i < questions; i++) {
            ms[i] = askOne();
        }
        java.util.Arrays.sort(ms);
        return ms[questions / 2];
    }

    /** Empties what intake keeps in memory (its caches of derived features), as a restart does. */
    private void forgetDerived() {
        Object target = AopTestUtils.getUltimateTargetObject(intake);
        for (Field field : DraftIntake.class.getDeclaredFields()) {
            if (Map.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                try {
                    ((Map<?, ?>) field.get(target)).clear();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** An editor adds a word to a concept: every instance compiles a new lexicon. */
    private void editLexicon() {
        Concept concept = lexicons.all().getFirst();
        Map<String, List<String>> terms = new LinkedHashMap<>(concept.terms());
        List<String> en = new ArrayList<>(terms.getOrDefault("en", List.of()));
        en.add("benchmark word " + asked);
        terms.put("en", en);
        lexicons.save(new Concept(concept.id(), concept.label(), concept.weight(), concept.family(), terms));
        lexicons.reload();
    }
}
