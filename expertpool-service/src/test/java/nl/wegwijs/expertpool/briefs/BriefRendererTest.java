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
    void aBriefMadeJustAfterMidnightInAmsterdamIsDatedThatDay() {
        Brief original = brief();
        // 00:30 on 29 November in Amsterdam, still 28 November in UTC
        Brief late = new Brief(OffsetDateTime.parse("2026-11-28T23:30:00Z"), 12, original.points());
        assertThat(BriefRenderer.markdown(late, "en")).contains("2026-11-29").doesNotContain("2026-11-28");
        assertThat(BriefRenderer.html(late, "nl")).contains("<time datetime=\"2026-11-29\">2026-11-29</time>");
    }

    @Test
    void markdownJoinsLinesSoATextCannotStartItsOwnBlock() {
        assertThat(BriefRenderer.md("first\n# heading\n> quote")).isEqualTo("first \\# heading &gt; quote");
    }

    static Brief briefOf(LocalDate visitDate, int visitorCount, LocalDate answeredOn, String answerSummary) {
        return new Brief(
                OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                12,
                List.of(new Brief.Point(
                        UUID.randomUUID(),
                        "banking",
                        "Banks refuse a Ukrainian passport",
                        AgendaStatus.ANSWERED,
                        LocalDate.parse("2026-10-01"),
                        visitDate,
                        visitorCount,
                        null,
                        answeredOn,
                        answerSummary,
                        2,
                        List.of(),
                        new Signals.ThemeFigures("banking", 12, 17, 9, Map.of(), 1))));
    }

    @Test
    void aPointStatedWithoutVisitOrAnswerDetailsShowsNeitherRow() {
        Brief brief = briefOf(null, 0, null, null);
        for (String text : List.of(BriefRenderer.html(brief, "en"), BriefRenderer.markdown(brief, "en"))) {
            assertThat(text)
                    .doesNotContain(
                            "Visit to members of parliament",
                            "government's answer",
                            "government&#39;s answer",
                            "experts went",
                            "null");
            assertThat(text).contains("Answered by the government");
        }
    }

    @Test
    void aVisitOrAnswerShowsWhatWasRecordedOfIt() {
        Brief dateOnly = briefOf(LocalDate.parse("2026-10-20"), 0, LocalDate.parse("2026-11-02"), null);
        String html = BriefRenderer.html(dateOnly, "en");
        assertThat(html).contains("<dd>2026-10-20</dd>", "<dd>2026-11-02</dd>").doesNotContain("0 experts", "null");
        String md = BriefRenderer.markdown(dateOnly, "en");
        assertThat(md).contains(":** 2026-10-20\n", ":** 2026-11-02\n").doesNotContain("0 experts", "null");

        Brief withoutDates = briefOf(null, 2, null, "Guidance follows.");
        assertThat(BriefRenderer.html(withoutDates, "en"))
                .contains("<dd>2 experts went</dd>", "<dd>Guidance follows.</dd>")
                .doesNotContain("null");
        assertThat(BriefRenderer.markdown(withoutDates, "en"))
                .contains(":** 2 experts went\n", ":** Guidance follows\\.\n")
                .doesNotContain("null");

        Brief complete = briefOf(LocalDate.parse("2026-10-20"), 3, LocalDate.parse("2026-11-02"), "Guidance.");
        assertThat(BriefRenderer.html(complete, "en")).contains("2026-10-20 (3 experts went)", "2026-11-02: Guidance.");
        assertThat(BriefRenderer.markdown(complete, "en"))
                .contains("2026-10-20 (3 experts went)", "The government's answer (2026-11-02):** Guidance\\.");
    }
}
