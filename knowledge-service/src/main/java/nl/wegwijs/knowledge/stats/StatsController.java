package nl.wegwijs.knowledge.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Figures for the dashboard: how many drafts the answered questions created and how many articles
 * were published, per week (weeks start on Monday, UTC). Every week of the range is there, also
 * the empty ones, so a chart shows a gap as zero rather than skipping it. Counts only: no text.
 */
@RestController
@RequestMapping("/api/knowledge/stats")
@PreAuthorize("hasAnyRole('EDITOR','ANALYST','ADMIN')")
class StatsController {

    private final JdbcClient jdbc;

    StatsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Week(LocalDate weekStart, long created, long published) {}

    record DraftsPerWeek(int weeks, LocalDate from, List<Week> items) {}

    @GetMapping("/drafts-per-week")
    @Transactional(readOnly = true)
    DraftsPerWeek draftsPerWeek(@RequestParam(defaultValue = "12") int weeks) {
        if (weeks < 1 || weeks > 260) {
            throw new InvalidRequestException("weeks", "must be between 1 and 260");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(weeks - 1L);
        List<Week> items = jdbc.sql("""
                        select w.week_start::date as week_start,
                               (select count(*) from draft d
                                 where d.created_at >= w.week_start and d.created_at < w.week_start + interval '1 week') as created,
                               (select count(*) from article a
                                 where a.published_at >= w.week_start and a.published_at < w.week_start + interval '1 week') as published
                        from generate_series(:from, :last, interval '1 week') as w(week_start)
                        order by 1
                        """)
                .param("from", utc(from))
                .param("last", utc(from.plusWeeks(weeks - 1L)))
                .query(Week.class)
                .list();
        return new DraftsPerWeek(weeks, from, items);
    }

    private static OffsetDateTime utc(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
