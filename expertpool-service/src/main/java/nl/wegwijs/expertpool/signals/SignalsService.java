package nl.wegwijs.expertpool.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads the signals read model: most asked, rising themes and knowledge gaps over recent weeks. */
@Service
public class SignalsService {

    static final String QUESTIONS = "TicketOpened";
    static final String PUBLISHED = "ArticlePublished";
    static final String RETIRED = "ArticleRetired";
    static final String GAPS = "GapObserved";
    private static final int TOP = 10;
    private static final double GAP_RATIO = 5.0;

    private final SignalCounts counts;
    private final Clock clock;

    SignalsService(SignalCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    public Signals signals(int weeks) {
        Period p = period(weeks);
        List<SignalCounts.Row> now = counts.between(SignalCounts.HELPDESK, QUESTIONS, p.from(), p.to());
        List<SignalCounts.Row> before = counts.between(SignalCounts.HELPDESK, QUESTIONS, p.previousFrom(), p.from());
        Map<String, Long> perTheme = byTheme(now);
        Map<String, Long> previousPerTheme = byTheme(before);
        Map<String, Long> published = published();
        Map<String, Long> gaps = byTheme(counts.between(SignalCounts.KNOWLEDGE, GAPS, p.from(), p.to()));

        List<Signals.ThemeCount> mostAsked = perTheme.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Signals.ThemeCount(
                        e.getKey(),
                        e.getValue(),
                        previousPerTheme.getOrDefault(e.getKey(), 0L),
                        languages(now, e.getKey())))
                .toList();
        List<Signals.Rising> rising = perTheme.entrySet().stream()
                .filter(e -> e.getValue() > previousPerTheme.getOrDefault(e.getKey(), 0L))
                .map(e -> {
                    long previous = previousPerTheme.getOrDefault(e.getKey(), 0L);
                    long change = e.getValue() - previous;
                    return new Signals.Rising(
                            e.getKey(), e.getValue(), previous, change, previous == 0 ? null : change * 100 / previous);
                })
                .sorted(Comparator.comparingLong(Signals.Rising::change)
                        .reversed()
                        .thenComparing(Signals.Rising::theme))
                .limit(TOP)
                .toList();
        List<Signals.Gap> knowledgeGaps = perTheme.entrySet().stream()
                .filter(e -> !AnalyticsFacts.UNCLASSIFIED.equals(e.getKey()))
                .map(e -> {
                    long articles = published.getOrDefault(e.getKey(), 0L);
                    return new Signals.Gap(
                            e.getKey(),
                            e.getValue(),
                            articles,
                            gaps.getOrDefault(e.getKey(), 0L),
                            articles == 0 ? e.getValue() : (double) e.getValue() / articles);
                })
                .filter(g -> g.publishedArticles() == 0 || g.questionsPerArticle() >= GAP_RATIO || g.gapsObserved() > 0)
                .sorted(Comparator.comparingDouble((Signals.Gap g) -> g.questions() / (g.publishedArticles() + 1.0))
                        .reversed()
                        .thenComparing(Signals.Gap::theme))
                .limit(TOP)
                .toList();
        Map<String, Long> perLanguage = now.stream()
                .collect(Collectors.groupingBy(
                        SignalCounts.Row::language, TreeMap::new, Collectors.summingLong(SignalCounts.Row::count)));
        List<Signals.LanguageCount> byLanguage = perLanguage.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Signals.LanguageCount(e.getKey(), e.getValue()))
                .toList();
        return new Signals(
                weeks,
                p.from(),
                p.to().minusDays(1),
                p.previousFrom(),
                sum(now),
                sum(before),
                mostAsked,
                rising,
                knowledgeGaps,
                byLanguage);
    }

    /** The figures for one theme, for a brief. */
    public Signals.ThemeFigures figures(String theme, int weeks) {
        Period p = period(weeks);
        List<SignalCounts.Row> now = counts.between(SignalCounts.HELPDESK, QUESTIONS, p.from(), p.to());
        List<SignalCounts.Row> before = counts.between(SignalCounts.HELPDESK, QUESTIONS, p.previousFrom(), p.from());
        return new Signals.ThemeFigures(
                theme,
                weeks,
                byTheme(now).getOrDefault(theme, 0L),
                byTheme(before).getOrDefault(theme, 0L),
                languages(now, theme),
                published().getOrDefault(theme, 0L));
    }

    private Period period(int weeks) {
        LocalDate to = LocalDate.now(clock).plusDays(1);
        LocalDate from = to.minusWeeks(weeks);
        return new Period(from.minusWeeks(weeks), from, to);
    }

    private Map<String, Long> published() {
        Map<String, Long> published = new HashMap<>(byTheme(counts.ever(SignalCounts.KNOWLEDGE, PUBLISHED)));
        byTheme(counts.ever(SignalCounts.KNOWLEDGE, RETIRED))
                .forEach((theme, retired) -> published.merge(theme, -retired, (a, b) -> Math.max(0, a + b)));
        return published;
    }

    private static Map<String, Long> byTheme(List<SignalCounts.Row> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        SignalCounts.Row::theme, Collectors.summingLong(SignalCounts.Row::count)));
    }

    private static Map<String, Long> languages(List<SignalCounts.Row> rows, String theme) {
        return rows.stream()
                .filter(r -> r.theme().equals(theme))
                .collect(Collectors.groupingBy(
                        SignalCounts.Row::language, TreeMap::new, Collectors.summingLong(SignalCounts.Row::count)));
    }

    private static long sum(List<SignalCounts.Row> rows) {
        return rows.stream().mapToLong(SignalCounts.Row::count).sum();
    }

    private record Period(LocalDate previousFrom, LocalDate from, LocalDate to) {}
}
