package nl.wegwijs.expertpool.signals;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model of the knowledge base's analytics events: counts per day, source, event kind, theme and
 * language. (Questions are not counted here but in {@link HelpdeskQuestions}, one row per ticket.)
 */
@Repository
public class SignalCounts {

    static final String KNOWLEDGE = "knowledge";

    private final JdbcClient jdbc;

    SignalCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(LocalDate day, String source, String kind, String theme, String language, long count) {
        jdbc.sql("""
                        insert into signal_count (day, source, kind, theme, language, count)
                        values (:day, :source, :kind, :theme, :language, :count)
                        on conflict (day, source, kind, theme, language)
                        do update set count = signal_count.count + excluded.count
                        """)
                .param("day", day)
                .param("source", source)
                .param("kind", kind)
                .param("theme", theme)
                .param("language", language)
                .param("count", count)
                .update();
    }

    /** Sums per theme and language of one kind of event between two days (from inclusive, to exclusive). */
    public List<Row> between(String source, String kind, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select theme, language, sum(count) as total from signal_count
                        where source = :source and kind = :kind and day >= :from and day < :to
                        group by theme, language
                        """)
                .param("source", source)
                .param("kind", kind)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Row(rs.getString("theme"), rs.getString("language"), rs.getLong("total")))
                .list();
    }

    /** Sums per theme and language of one kind of event over all time. */
    public List<Row> ever(String source, String kind) {
        return between(source, kind, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 1, 1));
    }

    public record Row(String theme, String language, long count) {}
}
