package nl.wegwijs.expertpool.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.expertpool.agenda.AgendaStatus;
import nl.wegwijs.expertpool.signals.Signals;
import org.junit.jupiter.api.Test;

class BriefRendererTest {

    static final String NASTY = "<script>alert('x')</script> **bold** [link](http://evil) & \"quotes\"";

    static Brief brief() {
        return new Brief(
                OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                12,
                List.of(new Brief.Point(
                        UUID.randomUUID(),
                        "banking <b>",
                        NASTY,
                        AgendaStatus.SUBMITTED,
                        LocalDate.parse("2026-10-01"),
                        LocalDate.parse("2026-10-20"),
                        3,
                        "2026Z<1>",
                        null,
                        null,
                        4,
                        List.of("I waited # months > 3 <img src=x onerror=alert(1)>"),
                        new Signals.ThemeFigures("banking", 12, 17, 9, Map.of("uk", 12L, "ru", 5L), 1))));
    }

    @Test
    void theHtmlPageEscapesEveryTextAndIsMadeForPrinting() {
        String html = BriefRenderer.html(brief(), "nl");
        assertThat(html).doesNotContain("<script>", "<img", "<b>");
        assertThat(html).contains("&lt;script&gt;", "&lt;img src=x", "banking &lt;b&gt;", "2026Z&lt;1&gt;");
        assertThat(html).contains("@media print", "lang=\"nl\"", "Agendapunten van de expertpool");
        assertThat(html).contains("17", "ru 5", "uk 12", "4");
    }

    @Test
    void theMarkdownEscapesMarkupAndHtml() {
        String md = BriefRenderer.markdown(brief(), "en");
        assertThat(md).startsWith("# Agenda points from the expert pool");
        assertThat(md).doesNotContain("<script>", "<img", "**bold**", "[link](");
        assertThat(md)
                .contains(
                        "&lt;script&gt;", "\\*\\*bold\\*\\*", "\\[link\\]\\(", "&amp;", "> I waited \\# months &gt; 3");
    }

    @Test
    void markdownJoinsLinesSoATextCannotStartItsOwnBlock() {
        assertThat(BriefRenderer.md("first\n# heading\n> quote")).isEqualTo("first \\# heading &gt; quote");
    }
}
