package nl.wegwijs.expertpool.briefs;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a brief as Markdown and as a printable HTML page. Every text from the database is escaped
 * for its format: agenda points and quotes are written by people and must never become markup.
 */
final class BriefRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "nl",
            Map.ofEntries(
                    Map.entry("title", "Agendapunten van de expertpool"),
                    Map.entry("intro", "Punten die Oekraïense nieuwkomers uit eigen ervaring inbrengen."),
                    Map.entry("generated", "Opgesteld op"),
                    Map.entry("theme", "Thema"),
                    Map.entry("status", "Status"),
                    Map.entry("supporters", "Experts die dit punt steunen"),
                    Map.entry("raised", "Ingebracht op"),
                    Map.entry("visit", "Bezoek aan Kamerleden"),
                    Map.entry("visitors", "experts gingen mee"),
                    Map.entry("reference", "Schriftelijke vragen"),
                    Map.entry("answer", "Antwoord van de regering"),
                    Map.entry("quotes", "Uit eigen ervaring (anoniem)"),
                    Map.entry("helpdesk", "Cijfers van de helpdesk"),
                    Map.entry("questions", "vragen in de laatste %d weken"),
                    Map.entry("previous", "in de %d weken daarvoor"),
                    Map.entry("articles", "gepubliceerde artikelen in de kennisbank"),
                    Map.entry("languages", "Talen"),
                    Map.entry("print", "Afdrukken: gebruik de afdrukfunctie van uw browser (Ctrl+P)."),
                    Map.entry("footer", "Alleen tellingen; geen persoonsgegevens. Citaten alleen met toestemming."),
                    Map.entry("status.RAISED", "Ingebracht"),
                    Map.entry("status.PRIORITISED", "Geprioriteerd"),
                    Map.entry("status.PRESENTED", "Gepresenteerd aan Kamerleden"),
                    Map.entry("status.SUBMITTED", "Schriftelijke vragen gesteld"),
                    Map.entry("status.ANSWERED", "Beantwoord door de regering"),
                    Map.entry("status.CLOSED", "Afgesloten")),
            "en",
            Map.ofEntries(
                    Map.entry("title", "Agenda points from the expert pool"),
                    Map.entry("intro", "Points Ukrainian newcomers raise from their own experience."),
                    Map.entry("generated", "Prepared on"),
                    Map.entry("theme", "Theme"),
                    Map.entry("status", "Status"),
                    Map.entry("supporters", "Experts supporting this point"),
                    Map.entry("raised", "Raised on"),
                    Map.entry("visit", "Visit to members of parliament"),
                    Map.entry("visitors", "experts went"),
                    Map.entry("reference", "Written questions"),
                    Map.entry("answer", "The government's answer"),
                    Map.entry("quotes", "From experience (anonymous)"),
                    Map.entry("helpdesk", "Helpdesk figures"),
                    Map.entry("questions", "questions in the last %d weeks"),
                    Map.entry("previous", "in the %d weeks before"),
                    Map.entry("articles", "published knowledge-base articles"),
                    Map.entry("languages", "Languages"),
                    Map.entry("print", "To print, use your browser's print function (Ctrl+P)."),
                    Map.entry("footer", "Counts only; no personal data. Quotes only with consent."),
                    Map.entry("status.RAISED", "Raised"),
                    Map.entry("status.PRIORITISED", "Prioritised"),
                    Map.entry("status.PRESENTED", "Presented to members of parliament"),
                    Map.entry("status.SUBMITTED", "Submitted as written questions"),
                    Map.entry("status.ANSWERED", "Answered by the government"),
                    Map.entry("status.CLOSED", "Closed")));

    private BriefRenderer() {}

    static String language(String requested) {
        return "en".equals(requested) ? "en" : "nl";
    }

    static String markdown(Brief brief, String lang) {
        Map<String, String> l = LABELS.get(language(lang));
        StringBuilder md = new StringBuilder();
        md.append("# ").append(md(l.get("title"))).append("\n\n");
        md.append(md(l.get("intro"))).append("\n\n");
        md.append("*")
                .append(md(l.get("generated")))
                .append(" ")
                .append(brief.generatedOn().format(DAY))
                .append("*\n");
        int n = 1;
        for (Brief.Point p : brief.points()) {
            md.append("\n## ").append(n++).append(". ").append(md(p.text())).append("\n\n");
            md.append("- **")
                    .append(md(l.get("theme")))
                    .append(":** ")
                    .append(md(p.theme()))
                    .append("\n");
            md.append("- **")
                    .append(md(l.get("status")))
                    .append(":** ")
                    .append(md(l.getOrDefault("status." + p.status(), p.status().name())))
                    .append("\n");
            md.append("- **")
                    .append(md(l.get("supporters")))
                    .append(":** ")
                    .append(p.supporterCount())
                    .append("\n");
            md.append("- **")
                    .append(md(l.get("raised")))
                    .append(":** ")
                    .append(p.raisedOn().format(DAY))
                    .append("\n");
            if (p.visitDate() != null || p.visitorCount() > 0) {
                md.append("- **")
                        .append(md(l.get("visit")))
                        .append(":** ")
                        .append(visit(p, md(l.get("visitors"))))
                        .append("\n");
            }
            if (p.reference() != null) {
                md.append("- **")
                        .append(md(l.get("reference")))
                        .append(":** ")
                        .append(md(p.reference()))
                        .append("\n");
            }
            if (p.answeredOn() != null && p.answerSummary() != null) {
                md.append("- **")
                        .append(md(l.get("answer")))
                        .append(" (")
                        .append(p.answeredOn().format(DAY))
                        .append("):** ")
                        .append(md(p.answerSummary()))
                        .append("\n");
            } else if (p.answeredOn() != null || p.answerSummary() != null) {
                md.append("- **")
                        .append(md(l.get("answer")))
                        .append(":** ")
                        .append(p.answeredOn() != null ? p.answeredOn().format(DAY) : md(p.answerSummary()))
                        .append("\n");
            }
            var h = p.helpdesk();
            md.append("\n**").append(md(l.get("helpdesk"))).append(":** ");
            md.append(h.questions())
                    .append(" ")
                    .append(md(l.get("questions").formatted(h.weeks())))
                    .append(", ")
                    .append(h.previousQuestions())
                    .append(" ")
                    .append(md(l.get("previous").formatted(h.weeks())))
                    .append("; ")
                    .append(h.publishedArticles())
                    .append(" ")
                    .append(md(l.get("articles")));
            if (!h.byLanguage().isEmpty()) {
                md.append("; ").append(md(l.get("languages"))).append(": ").append(md(languages(h.byLanguage())));
            }
            md.append("\n");
            if (!p.quotes().isEmpty()) {
                md.append("\n**").append(md(l.get("quotes"))).append(":**\n\n");
                for (String quote : p.quotes()) {
                    md.append("> ").append(md(quote)).append("\n>\n");
                }
                md.setLength(md.length() - 2);
            }
        }
        md.append("\n---\n\n").append(md(l.get("footer"))).append("\n");
        return md.toString();
    }

    static String html(Brief brief, String lang) {
        String language = language(lang);
        Map<String, String> l = LABELS.get(language);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language)
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.append("<title>").append(h(l.get("title"))).append("</title>\n");
        html.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<header><h1>").append(h(l.get("title"))).append("</h1>\n");
        html.append("<p class=\"intro\">").append(h(l.get("intro"))).append("</p>\n");
        html.append("<p class=\"meta\">")
                .append(h(l.get("generated")))
                .append(" <time datetime=\"")
                .append(brief.generatedOn().format(DAY))
                .append("\">")
                .append(brief.generatedOn().format(DAY))
                .append("</time></p>\n");
        html.append("<p class=\"screen-only\">").append(h(l.get("print"))).append("</p></header>\n");
        int n = 1;
        for (Brief.Point p : brief.points()) {
            html.append("<article class=\"point\" id=\"point-").append(p.id()).append("\">\n");
            html.append("<h2><span class=\"number\">")
                    .append(n++)
                    .append(".</span> ")
                    .append(h(p.text()))
                    .append("</h2>\n<dl>\n");
            row(html, l.get("theme"), h(p.theme()));
            row(
                    html,
                    l.get("status"),
                    h(l.getOrDefault("status." + p.status(), p.status().name())));
            row(html, l.get("supporters"), String.valueOf(p.supporterCount()));
            row(html, l.get("raised"), p.raisedOn().format(DAY));
            if (p.visitDate() != null || p.visitorCount() > 0) {
                row(html, l.get("visit"), visit(p, h(l.get("visitors"))));
            }
            if (p.reference() != null) {
                row(html, l.get("reference"), h(p.reference()));
            }
            if (p.answeredOn() != null || p.answerSummary() != null) {
                row(
                        html,
                        l.get("answer"),
                        Stream.of(p.answeredOn() == null ? null : p.answeredOn().format(DAY), h(p.answerSummary()))
                                .filter(part -> part != null && !part.isEmpty())
                                .collect(Collectors.joining(": ")));
            }
            html.append("</dl>\n");
            var f = p.helpdesk();
            html.append("<section class=\"figures\"><h3>")
                    .append(h(l.get("helpdesk")))
                    .append("</h3>\n<ul>\n");
            html.append("<li><strong>")
                    .append(f.questions())
                    .append("</strong> ")
                    .append(h(l.get("questions").formatted(f.weeks())))
                    .append("</li>\n");
            html.append("<li>")
                    .append(f.previousQuestions())
                    .append(" ")
                    .append(h(l.get("previous").formatted(f.weeks())))
                    .append("</li>\n");
            html.append("<li>")
                    .append(f.publishedArticles())
                    .append(" ")
                    .append(h(l.get("articles")))
                    .append("</li>\n");
            if (!f.byLanguage().isEmpty()) {
                html.append("<li>")
                        .append(h(l.get("languages")))
                        .append(": ")
                        .append(h(languages(f.byLanguage())))
                        .append("</li>\n");
            }
            html.append("</ul></section>\n");
            if (!p.quotes().isEmpty()) {
                html.append("<section class=\"quotes\"><h3>")
                        .append(h(l.get("quotes")))
                        .append("</h3>\n");
                for (String quote : p.quotes()) {
                    html.append("<blockquote>").append(h(quote)).append("</blockquote>\n");
                }
                html.append("</section>\n");
            }
            html.append("</article>\n");
        }
        html.append("<footer>").append(h(l.get("footer"))).append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * The visit as far as it was recorded: its date, the number of experts who went, or both; {@code
     * visitorsLabel} comes escaped for the format.
     */
    private static String visit(Brief.Point p, String visitorsLabel) {
        String count = p.visitorCount() + " " + visitorsLabel;
        if (p.visitDate() == null) {
            return count;
        }
        String day = p.visitDate().format(DAY);
        return p.visitorCount() > 0 ? day + " (" + count + ")" : day;
    }

    private static void row(StringBuilder html, String label, String escapedValue) {
        html.append("<dt>")
                .append(h(label))
                .append("</dt><dd>")
                .append(escapedValue)
                .append("</dd>\n");
    }

    private static String languages(Map<String, Long> byLanguage) {
        return byLanguage.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static String h(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Markdown-safe: markup characters are backslash-escaped, HTML is turned into entities, lines are joined. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.replaceAll("\\s+", " ").strip().toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '"' ->
                    out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: Georgia, "Times New Roman", serif; color: #111; background: #fff; margin: 0; line-height: 1.45; }
            main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem; }
            h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
            h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
            .intro, .meta { margin: .25rem 0; color: #333; }
            .screen-only { font-family: system-ui, sans-serif; font-size: .85rem; color: #555; border-left: 3px solid #1f5fa8; padding-left: .5rem; }
            .point { border-top: 2px solid #1f5fa8; padding: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
            .number { color: #1f5fa8; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
            dt { font-weight: bold; }
            dd { margin: 0; }
            blockquote { margin: .4rem 0 .4rem 1rem; padding-left: .75rem; border-left: 3px solid #999; font-style: italic; }
            footer { margin-top: 2rem; font-size: .85rem; color: #555; border-top: 1px solid #ccc; padding-top: .5rem; }
            @media print {
              @page { size: A4; margin: 18mm 16mm; }
              body { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              .screen-only { display: none; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
