package nl.wegwijs.knowledge;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.wegwijs.knowledge.grouping.LabelledSet;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.lexicon.LexiconSeed;
import nl.wegwijs.knowledge.search.SearchIndex;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Run with {@code ./mvnw -B -pl knowledge-service verify -Pbenchmark}. On one generated corpus of
 * 100,000 article translations (the 19 labelled-set articles in nl and en among generated ones in
 * nl/en/uk/ru, made of the same vocabulary), every labelled question (uk, ru, nl, en, transliterated,
 * typos) searches: Wegwijs search (in-memory Lucene, lexicon) against a plain PostgreSQL full-text
 * baseline ({@code to_tsvector} per language: dutch, english, russian, simple for Ukrainian; GIN index;
 * the query's lexemes OR-ed, ranked by {@code ts_rank}). Then answered tickets go through Kafka and
 * the service until they are drafts. Prints the figures side by side.
 */
@ServiceIT
class SearchBenchmark {

    static final int TRANSLATIONS = 100_000;
    static final int ROUNDS = 3;
    static final Map<String, String> PG_CONFIG =
            Map.of("nl", "dutch", "en", "english", "ru", "russian", "uk", "simple");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    record Doc(UUID article, String lang, String title, String body) {}

    @Test
    void searchLatencyAndRecallAgainstPostgresFullTextAndTicketsPerSecond() {
        LabelledSet set = LabelledSet.load();
        List<Doc> docs = corpus(set);
        Map<String, UUID> truth = new HashMap<>();
        set.groups().forEach(g -> truth.put(g.id(), UUID.nameUUIDFromBytes(g.id().getBytes())));

        // Wegwijs search
        TextAnalysis analysis = new TextAnalysis();
        Lexicon lexicon = Lexicon.of(LexiconSeed.load(), analysis);
        long indexStart = System.nanoTime();
        SearchIndex index = new SearchIndex(analysis, () -> lexicon);
        Map<UUID, Map<String, SearchIndex.Translation>> byArticle = new LinkedHashMap<>();
        for (Doc d : docs) {
            byArticle
                    .computeIfAbsent(d.article(), k -> new LinkedHashMap<>())
                    .put(d.lang(), new SearchIndex.Translation(d.lang(), d.title(), d.body()));
        }
        List<SearchIndex.IndexedArticle> batch = new ArrayList<>();
        byArticle.forEach((id, t) -> batch.add(
                new SearchIndex.IndexedArticle(id, t.keySet().iterator().next(), t)));
        for (int i = 0; i < batch.size(); i += 5000) {
            index.putAll(batch.subList(i, Math.min(batch.size(), i + 5000)));
        }
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        // one unmeasured warm-up round (JIT), as for the baseline below
        set.questions().forEach(q -> index.search(q.text(), q.language(), 3));
        List<Long> wegwijsNanos = new ArrayList<>();
        int wegwijsFound = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (LabelledSet.Question q : set.questions()) {
                long t0 = System.nanoTime();
                var hits = index.search(q.text(), q.language(), 3);
                wegwijsNanos.add(System.nanoTime() - t0);
                if (round == 0 && hits.stream().anyMatch(h -> h.articleId().equals(truth.get(q.group())))) {
                    wegwijsFound++;
                }
            }
        }

        // PostgreSQL full-text baseline
        long pgLoadStart = System.nanoTime();
        jdbc.sql(
                        "create table if not exists bench_doc (article uuid, lang varchar(2), title text, body text, tsv tsvector)")
                .update();
        jdbc.sql("truncate bench_doc").update();
        jdbcTemplate.batchUpdate(
                "insert into bench_doc (article, lang, title, body, tsv) values (?, ?, ?, ?, to_tsvector(?::regconfig, ? || ' ' || ?))",
                docs,
                2000,
                (ps, d) -> {
                    ps.setObject(1, d.article());
                    ps.setString(2, d.lang());
                    ps.setString(3, d.title());
                    ps.setString(4, d.body());
                    ps.setString(5, PG_CONFIG.get(d.lang()));
                    ps.setString(6, d.title());
                    ps.setString(7, d.body());
                });
        jdbc.sql("create index if not exists bench_doc_tsv on bench_doc using gin (tsv)")
                .update();
        jdbc.sql("analyze bench_doc").update();
        double pgLoadSeconds = (System.nanoTime() - pgLoadStart) / 1e9;
        List<Long> pgNanos = new ArrayList<>();
        int pgFound = 0;
        for (int round = -1; round < ROUNDS; round++) {
            for (LabelledSet.Question q : set.questions()) {
                long t0 = System.nanoTime();
                List<UUID> top = jdbc.sql("""
                                with q as (
                                  select to_tsquery(string_agg(quote_literal(lexeme), ' | ')) as query
                                  from unnest(tsvector_to_array(to_tsvector(cast(:cfg as regconfig), :text))) as lexeme)
                                select article from bench_doc, q
                                where q.query is not null and tsv @@ q.query
                                group by article order by max(ts_rank(tsv, q.query)) desc limit 3
                                """)
                        .param("cfg", PG_CONFIG.get(q.language()))
                        .param("text", q.text())
                        .query(UUID.class)
                        .list();
                if (round >= 0) {
                    pgNanos.add(System.nanoTime() - t0);
                }
                if (round == 0 && top.contains(truth.get(q.group()))) {
                    pgFound++;
                }
            }
        }

        // answered tickets per second becoming drafts, through Kafka, the consumer and PostgreSQL
        long before = jdbc.sql("select count(*) from draft_question")
                .query(Long.class)
                .single();
        int tickets = 300;
        long ticketStart = System.nanoTime();
        for (int i = 0; i < tickets; i++) {
            LabelledSet.Question q = set.questions().get(i % set.questions().size());
            Knowledge.answer(
                    UUID.randomUUID(),
                    q.text(),
                    q.language(),
                    q.answer().text(),
                    q.answer().language(),
                    q.topic());
        }
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from draft_question")
                                .query(Long.class)
                                .single()
                        >= before + tickets);
        double ticketSeconds = (System.nanoTime() - ticketStart) / 1e9;

        int n = set.questions().size();
        System.out.printf(
                "%nBENCHMARK corpus: %d article translations (%d articles), %d queries x %d rounds%n",
                docs.size(), byArticle.size(), n, ROUNDS);
        System.out.printf("%-34s %12s %12s%n", "", "Wegwijs", "PostgreSQL FTS");
        System.out.printf("%-34s %12.1f %12.1f%n", "build (s)", indexSeconds, pgLoadSeconds);
        System.out.printf(
                "%-34s %12.2f %12.2f%n", "search p50 (ms)", percentile(wegwijsNanos, 50), percentile(pgNanos, 50));
        System.out.printf(
                "%-34s %12.2f %12.2f%n", "search p99 (ms)", percentile(wegwijsNanos, 99), percentile(pgNanos, 99));
        System.out.printf("%-34s %12.3f %12.3f%n", "recall@3", wegwijsFound / (double) n, pgFound / (double) n);
        System.out.printf(
                "answered tickets -> drafts: %d in %.1f s = %.1f tickets/s (Kafka + grouping + PostgreSQL, one consumer)%n%n",
                tickets, ticketSeconds, tickets / ticketSeconds);
        index.close();
    }

    static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** The labelled articles plus generated ones from the same vocabulary, 100,000 translations in all. */
    static List<Doc> corpus(LabelledSet set) {
        List<Doc> docs = new ArrayList<>();
        for (LabelledSet.Group g : set.groups()) {
            UUID id = UUID.nameUUIDFromBytes(g.id().getBytes());
            for (LabelledSet.Answer a : g.answers()) {
                docs.add(new Doc(id, a.language(), g.titles().get(a.language()), a.text()));
            }
        }
        Map<String, List<String>> vocabulary = new HashMap<>();
        for (LabelledSet.Group g : set.groups()) {
            for (LabelledSet.Answer a : g.answers()) {
                vocabulary.computeIfAbsent(a.language(), l -> new ArrayList<>()).addAll(words(a.text()));
            }
        }
        for (var demo : nl.wegwijs.knowledge.demo.DemoArticlesAccess.translations()) {
            vocabulary.computeIfAbsent(demo.getKey(), l -> new ArrayList<>()).addAll(words(demo.getValue()));
        }
        Random random = new Random(7);
        List<String> languages = List.of("nl", "en", "uk", "ru");
        while (docs.size() < TRANSLATIONS) {
            UUID id = UUID.randomUUID();
            for (String lang : languages) {
                if (docs.size() >= TRANSLATIONS) {
                    break;
                }
                List<String> words = vocabulary.get(lang);
                docs.add(new Doc(id, lang, pick(words, 4, random), pick(words, 45, random)));
            }
        }
        return docs;
    }

    static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s,.;:()?!]+"))
                .filter(w -> !w.isBlank())
                .toList();
    }

    static String pick(List<String> words, int n, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return b.toString();
    }
}
