package nl.wegwijs.expertpool.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the helpdesk is asked and where the knowledge base falls short, by theme and language: counts only. */
public record Signals(
        int weeks,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate previousPeriodStart,
        long totalQuestions,
        long previousTotalQuestions,
        List<ThemeCount> mostAsked,
        List<Rising> rising,
        List<Gap> knowledgeGaps,
        List<LanguageCount> byLanguage) {

    /** Questions about a theme this period (and the one before), by language. */
    public record ThemeCount(String theme, long questions, long previousQuestions, Map<String, Long> byLanguage) {}

    /** A theme asked about more than in the previous period; {@code changePercent} is null when it is new. */
    public record Rising(String theme, long questions, long previousQuestions, long change, Long changePercent) {}

    /** Many questions, few published articles (net of retired ones), and gaps the knowledge base observed. */
    public record Gap(
            String theme, long questions, long publishedArticles, long gapsObserved, double questionsPerArticle) {}

    public record LanguageCount(String language, long questions) {}

    /** The helpdesk figures a brief shows next to an agenda point of this theme. */
    public record ThemeFigures(
            String theme,
            int weeks,
            long questions,
            long previousQuestions,
            Map<String, Long> byLanguage,
            long publishedArticles) {}
}
