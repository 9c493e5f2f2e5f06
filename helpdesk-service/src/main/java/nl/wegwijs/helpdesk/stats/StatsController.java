package nl.wegwijs.helpdesk.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.wegwijs.platform.web.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous figures for the dashboard: no text, no people. Time to first answer is measured from
 * the question's arrival to the first answer that counted (after review, for superlocals).
 */
@RestController
@RequestMapping("/api/helpdesk/stats")
@PreAuthorize("hasAnyRole('ANALYST','AGENT','EDITOR','ADMIN')")
class StatsController {

    private final JdbcClient jdbc;
    private final Clock clock;

    StatsController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Figures(long answered, Double medianSeconds, Double p90Seconds) {}

    record Group(String key, long answered, Double medianSeconds, Double p90Seconds) {}

    record ResponseTimes(
            LocalDate from,
            LocalDate to,
            Figures overall,
            List<Group> byLanguage,
            List<Group> byTopic,
            List<Pair> byLanguageAndTopic) {}

    record Pair(String language, String topic, long answered, Double medianSeconds, Double p90Seconds) {}

    record WeekCount(LocalDate weekStart, String language, String topic, long questions) {}

    record QuestionsPerWeek(int weeks, LocalDate from, List<WeekCount> items) {}

    private static final String SECONDS = "extract(epoch from (first_answered_at - created_at))";
    private static final String FIGURES = "count(*) as answered, percentile_cont(0.5) within group (order by " + SECONDS
            + ") as median_seconds, percentile_cont(0.9) within group (order by " + SECONDS + ") as p90_seconds";

    @GetMapping("/response-times")
    @Transactional(readOnly = true)
    ResponseTimes responseTimes(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        LocalDate until = to == null ? LocalDate.now(clock) : to;
        LocalDate since = from == null ? until.minusDays(365) : from;
        if (since.isAfter(until)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
        String where = " from ticket where first_answered_at is not null and created_at >= :from and created_at < :to";
        Figures overall = jdbc.sql("select " + FIGURES + where)
                .params(range(since, until))
                .query(Figures.class)
                .single();
        List<Group> byLanguage = jdbc.sql(
                        "select language as key, " + FIGURES + where + " group by language order by language")
                .params(range(since, until))
                .query(Group.class)
                .list();
        List<Group> byTopic = jdbc.sql("select coalesce(topic, 'none') as key, " + FIGURES + where
                        + " group by coalesce(topic, 'none') order by 1")
                .params(range(since, until))
                .query(Group.class)
                .list();
        List<Pair> pairs = jdbc.sql("select language, coalesce(topic, 'none') as topic, " + FIGURES + where
                        + " group by language, coalesce(topic, 'none') order by 1, 2")
                .params(range(since, until))
                .query(Pair.class)
                .list();
        return new ResponseTimes(since, until, overall, byLanguage, byTopic, pairs);
    }

    @GetMapping("/questions-per-week")
    @Transactional(readOnly = true)
    QuestionsPerWeek questionsPerWeek(@RequestParam(defaultValue = "12") int weeks) {
        if (weeks < 1 || weeks > 260) {
            throw new InvalidRequestException("weeks", "must be between 1 and 260");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(weeks - 1L);
        List<WeekCount> items = jdbc.sql("""
                        select (date_trunc('week', created_at at time zone 'UTC'))::date as week_start,
                               language, coalesce(topic, 'none') as topic, count(*) as questions
                        from ticket where created_at >= :from
                        group by 1, 2, 3 order by 1, 2, 3
                        """)
                .param("from", from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .query(WeekCount.class)
                .list();
        return new QuestionsPerWeek(weeks, from, items);
    }

    private static java.util.Map<String, Object> range(LocalDate from, LocalDate to) {
        return java.util.Map.of(
                "from", from.atStartOfDay().atOffset(ZoneOffset.UTC),
                "to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
