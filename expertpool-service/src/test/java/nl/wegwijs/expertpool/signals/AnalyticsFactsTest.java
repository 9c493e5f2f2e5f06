package nl.wegwijs.expertpool.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class AnalyticsFactsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @Test
    void missingFieldsBecomeUnclassifiedUnknownAndOneCountedToday() {
        var facts = new AnalyticsFacts(null, null, null, null, null, null, null, null, null);
        assertThat(facts.themeOrUnclassified()).isEqualTo("unclassified");
        assertThat(facts.languageOrUnknown()).isEqualTo("unknown");
        assertThat(facts.countOrOne()).isEqualTo(1);
        assertThat(facts.day(null, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void readsTopicOrThemeLanguageOrQuestionLanguageAndTheFirstUsableTime() {
        var facts = new AnalyticsFacts(
                null, " Housing-Shelter ", null, "UK", 3, "yesterday", "2026-11-20T23:30:00-02:00", null, null);
        assertThat(facts.themeOrUnclassified()).isEqualTo("housing-shelter");
        assertThat(facts.languageOrUnknown()).isEqualTo("uk");
        assertThat(facts.countOrOne()).isEqualTo(3);
        assertThat(facts.day(null, TODAY)).isEqualTo(LocalDate.parse("2026-11-21"));
    }

    @Test
    void fallsBackToTheEnvelopeTimeAndAcceptsPlainDates() {
        var none = new AnalyticsFacts("banking", null, "ru", null, -5, null, null, null, null);
        assertThat(none.countOrOne()).isEqualTo(1);
        assertThat(none.day(OffsetDateTime.parse("2026-11-02T01:00:00+03:00"), TODAY))
                .isEqualTo(LocalDate.parse("2026-11-01"));
        var plain = new AnalyticsFacts("banking", null, "ru", null, null, null, null, "2026-10-05", null);
        assertThat(plain.day(null, TODAY)).isEqualTo(LocalDate.parse("2026-10-05"));
    }

    @Test
    void countsAnEventJustAfterMidnightInAmsterdamOnThatDay() {
        var occurred = new AnalyticsFacts("banking", null, "uk", null, null, null, null, null, "2027-03-02T23:30:00Z");
        assertThat(occurred.day(null, TODAY)).isEqualTo(LocalDate.parse("2027-03-03"));
        var none = new AnalyticsFacts("banking", null, "uk", null, null, null, null, null, null);
        assertThat(none.day(OffsetDateTime.parse("2027-07-01T22:30:00Z"), TODAY))
                .isEqualTo(LocalDate.parse("2027-07-02"));
    }
}
