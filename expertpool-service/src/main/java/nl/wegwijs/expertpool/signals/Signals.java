package nl.wegwijs.expertpool.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the helpdesk is asked and where the knowledge base falls short, by theme and language: counts only.
 * A question counts in the period it was asked, under the theme its ticket has by now ({@code unclassified}
 * while the helpdesk has not given it a topic); {@code unclassifiedQuestions} says how many of this period's
 * questions that is.
 */
public record Signals(
        int weeks,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate previousPeriodStart,
        long totalQuestions,
        long previousTotalQuestions,
        long unclassifiedQuestions,
        List<ThemeCount> mostAsked,
        List<Rising> rising,
        List<Gap> knowledgeGaps,
        List<LanguageCount> byLanguage) {

    /** Questions about a theme this period (and the one before), by language. */
    public record ThemeCount(String theme, long questions, long previousQuestions, Map<String, Long> byLanguage) {}

    /** A theme asked about more than in the previous period; {@code changePercent} is null when it is new. */
    public record Rising(String theme, long questions, long previousQuestions, long change, Long changePercent) {}

    /**
     * A theme (never {@code unclassified}: no article can be written for it) asked about this period that the
     * knowledge base does not cover: no published article on it (published minus retired, over all time),
     * at least five questions per published article, or answered questions the knowledge base had no
     * published article for. {@code questions} were asked this period, {@code answered} of them answered;
     * of the answered ones the knowledge base has taken in, {@code answeredWithArticle} joined a published
     * article's group and {@code answeredWithoutArticle} started or joined a draft. {@code questionsPerArticle}
     * equals {@code questions} when there is no article.
     */
    public record Gap(
            String theme,
            long questions,
            long answered,
            long answeredWithArticle,
            long answeredWithoutArticle,
            long publishedArticles,
            double questionsPerArticle) {}

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
