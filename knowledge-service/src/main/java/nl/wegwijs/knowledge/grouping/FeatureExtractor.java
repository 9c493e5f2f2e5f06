package nl.wegwijs.knowledge.grouping;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.wegwijs.knowledge.language.Sentences;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.privacy.Salutations;

/**
 * Turns an answered question, or a title of a draft or article, into the {@link QuestionFeatures}
 * grouping compares.
 */
public final class FeatureExtractor {

    /**
     * Words after which a thing is named as missing, a side condition of the question ("without a BSN",
     * "без БСН", "zonder BSN"): up to three words after them, to the next punctuation, are not what is asked.
     */
    private static final Map<String, Pattern> ABSENCE = Map.of(
            "uk", absence("без|немає|нема|bez|nemaie|nemaye|nemae|nema"),
            "ru", absence("без|нет|нету|bez|net|netu"),
            "nl", absence("zonder|geen"),
            "en", absence("without|no"));

    /**
     * What redaction put in place of personal data: "[BSN]" says the person wrote their number, not that
     * the question is about getting one, so markers are no words of the question.
     */
    private static final Pattern REDACTION_MARKER =
            Pattern.compile("\\[(?:e-mail|phone|BSN|IBAN|address|name|document|date|handle)]");

    private final TextAnalysis analysis;
    private final Supplier<Lexicon> lexicon;
    private final TextEmbedder embedder;

    public FeatureExtractor(TextAnalysis analysis, Supplier<Lexicon> lexicon, TextEmbedder embedder) {
        this.analysis = analysis;
        this.lexicon = lexicon;
        this.embedder = embedder;
    }

    public QuestionFeatures features(
            String question, String questionLanguage, String answer, String answerLanguage, String topic) {
        Lexicon current = lexicon.get();
        question = withoutMarkers(question);
        // "Beste Mykola," and "Met vriendelijke groet, Anna" say nothing about the question: not the answer's words
        answer = answer == null ? null : withoutMarkers(Salutations.withoutSalutationAndSignOff(answer));
        TextAnalysis.Analysed q = analysis.analyse(question, questionLanguage);
        Map<String, Double> concepts = current.conceptsIn(q.terms());
        return build(
                question,
                q,
                concepts,
                sideConcepts(question, q.language(), concepts, current),
                answer,
                answerLanguage,
                topic,
                current);
    }

    /**
     * A draft's or article's title in one language, with that translation's body standing in for the
     * staff answer: how a published article without questions (the demo articles, or one whose questions
     * were all erased) is still found by a new question. A title names only what it is about: no side
     * concepts.
     */
    public QuestionFeatures titleFeatures(String title, String language, String body, String topic) {
        Lexicon current = lexicon.get();
        TextAnalysis.Analysed t = analysis.analyse(title, language);
        return build(title, t, current.conceptsIn(t.terms()), Set.of(), body, language, topic, current);
    }

    /** Whether a text (one sentence of a question, say) names a concept of the current lexicon. */
    public boolean namesAConcept(String text, String language) {
        return !lexicon.get()
                .conceptsIn(analysis.analyse(withoutMarkers(text), language).terms())
                .isEmpty();
    }

    /** How many words of a text say something: its analysed terms, stop words and question words left out. */
    public int contentWords(String text, String language) {
        return analysis.analyse(withoutMarkers(text), language).terms().size();
    }

    private QuestionFeatures build(
            String text,
            TextAnalysis.Analysed q,
            Map<String, Double> concepts,
            Set<String> sideConcepts,
            String answer,
            String answerLanguage,
            String topic,
            Lexicon current) {
        var answerTerms = new LinkedHashSet<String>();
        Map<String, Double> answerConcepts = Map.of();
        if (answer != null && !answer.isBlank()) {
            TextAnalysis.Analysed a = analysis.analyse(answer, answerLanguage);
            answerTerms.addAll(a.terms());
            answerConcepts = current.conceptsIn(a.terms());
        }
        float[] embedding = embedder == null ? null : embedder.embed(text, q.language());
        return new QuestionFeatures(
                q.language(),
                concepts,
                sideConcepts,
                new LinkedHashSet<>(q.terms()),
                answerConcepts,
                answerTerms,
                topic == null || topic.isBlank() ? null : topic,
                embedding);
    }

    /**
     * The concepts a question names but does not ask about: those only in sentences that are not
     * questions when some sentence is one ("... ? У мене немає BSN ще"), and those named as missing
     * ("without a BSN"). A concept stays asked when what remains names nothing as specific: in "Can I
     * work without a work permit?" the work permit is what is asked.
     */
    private Set<String> sideConcepts(String question, String language, Map<String, Double> all, Lexicon current) {
        if (all.size() < 2) {
            return Set.of();
        }
        List<String> sentences = Sentences.split(question);
        List<String> asked = sentences.stream().filter(Sentences::isQuestion).toList();
        Pattern absence = ABSENCE.get(language);
        Set<String> main = new HashSet<>();
        for (String sentence : asked.isEmpty() ? sentences : asked) {
            String withoutMissing =
                    absence == null ? sentence : absence.matcher(sentence).replaceAll(" ");
            main.addAll(current.conceptsIn(
                            analysis.analyse(withoutMissing, language).terms())
                    .keySet());
        }
        main.retainAll(all.keySet());
        if (main.isEmpty()) {
            return Set.of(); // nothing asked names a concept: everything counts
        }
        double strongest = main.stream().mapToDouble(current::weight).max().orElse(0);
        Set<String> side = new TreeSet<>(all.keySet());
        side.removeAll(main);
        side.removeIf(c -> current.weight(c) > strongest);
        return side;
    }

    private static String withoutMarkers(String text) {
        return REDACTION_MARKER.matcher(text).replaceAll(" ");
    }

    private static Pattern absence(String markers) {
        return Pattern.compile(
                "(?iu)(?<![\\p{L}])(?:" + markers + ")(?:\\s+[^\\s,;:.!?]+){1,3}", Pattern.UNICODE_CHARACTER_CLASS);
    }
}
