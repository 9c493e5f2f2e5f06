package nl.wegwijs.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index (one document per article translation) over folded, per-language
 * analysed terms and lexicon concepts. A query is analysed in the reader's language (and, when its
 * letters say otherwise, in the guessed one too), expanded to concepts, and matched against every
 * translation; an article scores as its best translation and is shown in the reader's language when
 * it has that translation. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {

    /**
     * One language version of an article; {@code outdated}: the source language changed after it was last
     * edited, so it may be out of date.
     */
    public record Translation(String language, String title, String body, boolean outdated) {

        public Translation(String language, String title, String body) {
            this(language, title, body, false);
        }
    }

    /** What the index holds of one published article. */
    public record IndexedArticle(UUID id, String sourceLanguage, Map<String, Translation> translations) {}

    /** One search result; {@code outdated}: the translation shown may be out of date (see {@link Translation}). */
    public record Hit(UUID articleId, String title, String snippet, String language, double score, boolean outdated) {}

    private static final int SNIPPET_LENGTH = 220;

    private final TextAnalysis analysis;
    private final Supplier<Lexicon> lexicon;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<UUID, IndexedArticle> articles = new ConcurrentHashMap<>();

    public SearchIndex(TextAnalysis analysis, Supplier<Lexicon> lexicon) {
        this.analysis = analysis;
        this.lexicon = lexicon;
        try {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces an article. */
    public void put(IndexedArticle article) {
        putAll(List.of(article));
    }

    /** Adds or replaces many articles, refreshing once. */
    public void putAll(Collection<IndexedArticle> batch) {
        try {
            for (IndexedArticle article : batch) {
                writer.deleteDocuments(new Term("article", article.id().toString()));
                for (Translation t : article.translations().values()) {
                    writer.addDocument(document(article.id(), t));
                }
                articles.put(article.id(), article);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an article (retired, or no longer published). */
    public void remove(UUID articleId) {
        try {
            writer.deleteDocuments(new Term("article", articleId.toString()));
            articles.remove(articleId);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index, as at start-up or after a lexicon change. */
    public void replaceAll(Collection<IndexedArticle> all) {
        try {
            writer.deleteAll();
            articles.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        putAll(all);
    }

    public int size() {
        return articles.size();
    }

    public boolean contains(UUID articleId) {
        return articles.containsKey(articleId);
    }

    /** Published articles matching the query, best first, each in {@code language} where it has it. */
    public List<Hit> search(String query, String language, int limit) {
        Expanded q = expand(query, language);
        if (q.terms().isEmpty() && q.concepts().isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query(q, searcher), Math.max(limit * 8, 40));
                Map<UUID, Double> best = new LinkedHashMap<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document doc = searcher.storedFields().document(sd.doc);
                    UUID id = UUID.fromString(doc.get("article"));
                    best.merge(id, (double) sd.score, Math::max);
                }
                return best.entrySet().stream()
                        .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed())
                        .limit(limit)
                        .map(e -> hit(e.getKey(), e.getValue(), language, q))
                        .filter(java.util.Objects::nonNull)
                        .toList();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The language a query is written in, the reader's when they give none: told from its letters, common words and
     * word forms ({@link TextAnalysis#guessLanguage}), and when those tie from the words only one language's terms in
     * the lexicon have ("leefgeld gemeente" is Dutch).
     */
    public String readerLanguage(String query) {
        return analysis.guessLanguage(query, lexicon.get());
    }

    private record Expanded(Set<String> terms, Map<String, Double> concepts) {}

    private Expanded expand(String query, String language) {
        Set<String> terms = new LinkedHashSet<>();
        TextAnalysis.Analysed declared = analysis.analyse(query, language);
        terms.addAll(declared.terms());
        Set<String> readIn = new LinkedHashSet<>(List.of(declared.language(), readerLanguage(query)));
        if (TextAnalysis.ukrainianOrRussianUndecided(query)) {
            // "жилье" (Russian without ё) has no letter or word of either language: read it in both
            readIn.addAll(List.of("uk", "ru"));
        }
        readIn.remove(declared.language());
        for (String other : readIn) {
            terms.addAll(analysis.analyse(query, other).terms());
        }
        Map<String, Double> concepts = lexicon.get().conceptsIn(List.copyOf(terms));
        return new Expanded(terms, concepts);
    }

    private static Query query(Expanded q, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : q.terms()) {
            b.add(new BoostQuery(new TermQuery(new Term("title_terms", t)), 1.5f), BooleanClause.Occur.SHOULD);
            Term body = new Term("body_terms", t);
            b.add(new TermQuery(body), BooleanClause.Occur.SHOULD);
            // fuzzy matching only for words no article uses: likely typos, and far fewer expansions
            if (t.length() >= 6 && searcher.getIndexReader().docFreq(body) == 0) {
                b.add(
                        new BoostQuery(new FuzzyQuery(new Term("body_terms", t), 1, 3), 0.3f),
                        BooleanClause.Occur.SHOULD);
            }
        }
        for (var c : q.concepts().entrySet()) {
            float weight = (float) Math.max(0.5, c.getValue());
            b.add(
                    new BoostQuery(new TermQuery(new Term("title_concepts", c.getKey())), 1.5f * weight),
                    BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term("concepts", c.getKey())), weight), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private Document document(UUID id, Translation t) {
        List<String> titleTerms = analysis.terms(t.title(), t.language());
        List<String> bodyTerms = analysis.terms(t.body(), t.language());
        Lexicon current = lexicon.get();
        Set<String> titleConcepts = current.conceptsIn(titleTerms).keySet();
        Set<String> concepts = new LinkedHashSet<>(titleConcepts);
        concepts.addAll(current.conceptsIn(bodyTerms).keySet());
        Document doc = new Document();
        doc.add(new StringField("article", id.toString(), Field.Store.YES));
        doc.add(new StringField("lang", t.language(), Field.Store.YES));
        doc.add(new TextField("title_terms", String.join(" ", titleTerms), Field.Store.NO));
        doc.add(new TextField("body_terms", String.join(" ", bodyTerms), Field.Store.NO));
        doc.add(new TextField("title_concepts", String.join(" ", titleConcepts), Field.Store.NO));
        doc.add(new TextField("concepts", String.join(" ", concepts), Field.Store.NO));
        return doc;
    }

    private Hit hit(UUID id, double score, String language, Expanded q) {
        IndexedArticle article = articles.get(id);
        if (article == null) {
            return null;
        }
        Translation shown = article.translations().get(language);
        if (shown == null) {
            shown = article.translations().get(article.sourceLanguage());
        }
        if (shown == null) {
            shown = article.translations().values().iterator().next();
        }
        return new Hit(
                id,
                shown.title(),
                snippet(shown, q),
                shown.language(),
                Math.round(score * 1000) / 1000.0,
                shown.outdated());
    }

    /** The sentence of the body that shares most terms and concepts with the query. */
    private String snippet(Translation t, Expanded q) {
        String body = t.body() == null ? "" : t.body().strip();
        if (body.length() <= SNIPPET_LENGTH) {
            return body;
        }
        List<String> sentences = new ArrayList<>(List.of(body.split("(?<=[.!?])\\s+")));
        Lexicon current = lexicon.get();
        String best = sentences.stream()
                .max(Comparator.comparingDouble(s -> {
                    List<String> terms = analysis.terms(s, t.language());
                    long shared = terms.stream().filter(q.terms()::contains).count();
                    double concepts = current.conceptsIn(terms).keySet().stream()
                            .filter(q.concepts()::containsKey)
                            .mapToDouble(c -> q.concepts().get(c))
                            .sum();
                    return shared + concepts - sentences.indexOf(s) * 0.01;
                }))
                .orElse(body);
        if (best.length() > SNIPPET_LENGTH) {
            int cut = best.lastIndexOf(' ', SNIPPET_LENGTH - 1);
            best = best.substring(0, cut > 0 ? cut : SNIPPET_LENGTH - 1) + "…";
        }
        return best;
    }

    /** Folds a word as the index does; exposed for tests and the benchmark baseline comparison. */
    static String fold(String word) {
        return TextAnalysis.fold(word);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
