package nl.wegwijs.expertpool.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.wegwijs.expertpool.AmsterdamDays;
import org.springframework.stereotype.Service;

/**
 * Reads the signals read models: most asked, rising themes and knowledge gaps over recent weeks. Questions
 * come from {@link HelpdeskQuestions} (one per ticket, under its current theme); published articles from the
 * knowledge base's analytics counts.
 */
@Service
public class SignalsService {

    static final String PUBLISHED = "ArticlePublished";
    static final String RETIRED = "ArticleRetired";
    private static final int TOP = 10;
    private static final double GAP_RATIO = 5.0;

    private final HelpdeskQuestions questions;
    private final SignalCounts counts;
    private final Clock clock;

    SignalsService(HelpdeskQuestions questions, SignalCounts counts, Clock clock) {
        this.questions = questions;
        this.counts = counts;
        this.clock = clock;
    }

    public Signals signals(int weeks) {
        Period p = period(weeks);
        List<HelpdeskQuestions.Row> now = questions.askedBetween(p.from(), p.to());
        List<HelpdeskQuestions.Row> before = questions.askedBetween(p.previousFrom(), p.from());
        Map<String, Long> perTheme = byTheme(now, HelpdeskQuestions.Row::questions);
        Map<String, Long> previousPerTheme = byTheme(before, HelpdeskQuestions.Row::questions);
        Map<String, Long> published = published();

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
        Map<String, Long> answered = byTheme(now, HelpdeskQuestions.Row::answered);
        Map<String, Long> withArticle = byTheme(now, HelpdeskQuestions.Row::answeredWithArticle);
        Map<String, Long> withoutArticle = byTheme(now, HelpdeskQuestions.Row::answeredWithoutArticle);
        List<Signals.Gap> knowledgeGaps = perTheme.entrySet().stream()
                .filter(e -> !HelpdeskQuestions.UNCLASSIFIED.equals(e.getKey()))
                .map(e -> {
                    String theme = e.getKey();
                    long articles = published.getOrDefault(theme, 0L);
                    return new Signals.Gap(
                            theme,
                            e.getValue(),
                            answered.getOrDefault(theme, 0L),
                            withArticle.getOrDefault(theme, 0L),
                            withoutArticle.getOrDefault(theme, 0L),
                            articles,
                            articles == 0 ? e.getValue() : (double) e.getValue() / articles);
                })
                .filter(g -> g.publishedArticles() == 0
                        || g.questionsPerArticle() >= GAP_RATIO
                        || g.answeredWithoutArticle() > 0)
                .sorted(Comparator.comparingDouble((Signals.Gap g) -> g.questions() / (g.publishedArticles() + 1.0))
                        .reversed()
                        .thenComparing(Comparator.comparingLong(Signals.Gap::answeredWithoutArticle)
                                .reversed())
                        .thenComparing(Signals.Gap::theme))
                .limit(TOP)
                .toList();
        Map<String, Long> perLanguage = now.stream()
                .collect(Collectors.groupingBy(
                        HelpdeskQuestions.Row::language,
                        TreeMap::new,
                        Collectors.summingLong(HelpdeskQuestions.Row::questions)));
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
                perTheme.getOrDefault(HelpdeskQuestions.UNCLASSIFIED, 0L),
                mostAsked,
                rising,
                knowledgeGaps,
                byLanguage);
    }

    /** The figures for one theme, for a brief. */
    public Signals.ThemeFigures figures(String theme, int weeks) {
        Period p = period(weeks);
        List<HelpdeskQuestions.Row> now = questions.askedBetween(p.from(), p.to());
        List<HelpdeskQuestions.Row> before = questions.askedBetween(p.previousFrom(), p.from());
        return new Signals.ThemeFigures(
                theme,
                weeks,
                byTheme(now, HelpdeskQuestions.Row::questions).getOrDefault(theme, 0L),
                byTheme(before, HelpdeskQuestions.Row::questions).getOrDefault(theme, 0L),
                languages(now, theme),
                published().getOrDefault(theme, 0L));
    }

    private Period period(int weeks) {
        LocalDate to = AmsterdamDays.today(clock).plusDays(1);
        LocalDate from = to.minusWeeks(weeks);
        return new Period(from.minusWeeks(weeks), from, to);
    }

    private Map<String, Long> published() {
        Map<String, Long> published = new HashMap<>(articles(counts.ever(SignalCounts.KNOWLEDGE, PUBLISHED)));
        articles(counts.ever(SignalCounts.KNOWLEDGE, RETIRED))
                .forEach((theme, retired) -> published.merge(theme, -retired, (a, b) -> Math.max(0, a + b)));
        return published;
    }

    private static Map<String, Long> articles(List<SignalCounts.Row> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        SignalCounts.Row::theme, Collectors.summingLong(SignalCounts.Row::count)));
    }

    private static Map<String, Long> byTheme(
            List<HelpdeskQuestions.Row> rows, ToLongFunction<HelpdeskQuestions.Row> figure) {
        return rows.stream()
                .collect(Collectors.groupingBy(HelpdeskQuestions.Row::theme, Collectors.summingLong(figure)));
    }

    private static Map<String, Long> languages(List<HelpdeskQuestions.Row> rows, String theme) {
        return rows.stream()
                .filter(r -> r.theme().equals(theme))
                .collect(Collectors.groupingBy(
                        HelpdeskQuestions.Row::language,
                        TreeMap::new,
                        Collectors.summingLong(HelpdeskQuestions.Row::questions)));
    }

    private static long sum(List<HelpdeskQuestions.Row> rows) {
        return rows.stream().mapToLong(HelpdeskQuestions.Row::questions).sum();
    }

    private record Period(LocalDate previousFrom, LocalDate from, LocalDate to) {}
}
