package nl.wegwijs.knowledge.lexicon;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.wegwijs.knowledge.language.TextAnalysis;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lexicon as stored in the database, and the compiled {@link Lexicon} everyone uses. Seeded from
 * {@code lexicon/seed.txt} when the table is empty; reloaded after every change here and every minute
 * (so an edit on one instance reaches the others).
 */
@Component
public class Lexicons implements Supplier<Lexicon>, InitializingBean {

    private final JdbcClient jdbc;
    private final TextAnalysis analysis;
    private final AtomicReference<Lexicon> current = new AtomicReference<>(Lexicon.empty());
    private final AtomicReference<String> fingerprint = new AtomicReference<>("");
    private final List<Consumer<Lexicon>> listeners = new CopyOnWriteArrayList<>();

    private final TransactionTemplate transactions;

    public Lexicons(JdbcClient jdbc, TextAnalysis analysis, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.analysis = analysis;
        this.transactions = transactions;
    }

    /** Seeds an empty lexicon and compiles it before any consumer or request can use it. */
    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> seedIfEmpty());
        reload();
    }

    @Override
    public Lexicon get() {
        return current.get();
    }

    /** Called with the new lexicon whenever it changes (search re-indexes concepts). */
    public void onChange(Consumer<Lexicon> listener) {
        listeners.add(listener);
    }

    void seedIfEmpty() {
        long count = jdbc.sql("select count(*) from concept").query(Long.class).single();
        if (count == 0) {
            for (Concept concept : LexiconSeed.load()) {
                write(concept);
            }
        }
    }

    public List<Concept> all() {
        Map<String, Concept> byId = new LinkedHashMap<>();
        jdbc.sql("select id, label, weight, family from concept order by id")
                .query((rs, n) -> new Concept(
                        rs.getString("id"),
                        rs.getString("label"),
                        rs.getDouble("weight"),
                        rs.getString("family"),
                        new LinkedHashMap<>()))
                .list()
                .forEach(c -> byId.put(c.id(), c));
        jdbc.sql("select concept_id, language, term from concept_term order by concept_id, language, term")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(row -> {
                    Concept c = byId.get(row[0]);
                    if (c != null) {
                        c.terms()
                                .computeIfAbsent(row[1], l -> new ArrayList<>())
                                .add(row[2]);
                    }
                });
        return List.copyOf(byId.values());
    }

    public java.util.Optional<Concept> find(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Transactional
    public void save(Concept concept) {
        write(concept);
    }

    @Transactional
    public boolean delete(String id) {
        return jdbc.sql("delete from concept where id = :id").param("id", id).update() > 0;
    }

    private void write(Concept concept) {
        jdbc.sql("""
                        insert into concept (id, label, weight, family, updated_at) values (:id, :label, :weight, :family, :now)
                        on conflict (id) do update set label = excluded.label, weight = excluded.weight,
                          family = excluded.family, updated_at = excluded.updated_at
                        """)
                .param("id", concept.id())
                .param("label", concept.label())
                .param("weight", concept.weight())
                .param("family", concept.family())
                .param("now", OffsetDateTime.now())
                .update();
        jdbc.sql("delete from concept_term where concept_id = :id")
                .param("id", concept.id())
                .update();
        concept.terms()
                .forEach((language, terms) -> terms.stream()
                        .distinct()
                        .forEach(term -> jdbc.sql(
                                        "insert into concept_term (concept_id, language, term) values (:id, :language, :term)")
                                .param("id", concept.id())
                                .param("language", language)
                                .param("term", term)
                                .update()));
    }

    /** Recompiles the lexicon from the database when it changed. */
    @Scheduled(fixedDelayString = "${wegwijs.knowledge.lexicon.refresh-interval:60s}", initialDelay = 60_000)
    public void reload() {
        String now = jdbc.sql("select coalesce(max(updated_at)::text, '') || ':' || count(*) from concept")
                .query(String.class)
                .single();
        List<Concept> concepts = all();
        String print = now + ":" + concepts.hashCode();
        if (!print.equals(fingerprint.getAndSet(print))) {
            Lexicon compiled = Lexicon.of(concepts, analysis);
            current.set(compiled);
            listeners.forEach(l -> l.accept(compiled));
        }
    }
}
