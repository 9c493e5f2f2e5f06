package nl.wegwijs.expertpool.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketFactsTest {

    static final UUID TICKET = UUID.randomUUID();
    static final OffsetDateTime ENVELOPE = OffsetDateTime.parse("2026-11-28T00:30:00+01:00");

    @Test
    void aTicketWithoutATopicIsUnclassifiedAndATopicCodeIsItsOwnTheme() {
        assertThat(new TicketFacts(TICKET, null, "uk", null, null, null, null).theme())
                .isNull();
        assertThat(new TicketFacts(TICKET, " ", "uk", null, null, null, null).theme())
                .isNull();
        assertThat(new TicketFacts(TICKET, "municipal-registration-bsn", "uk", null, null, null, null).theme())
                .isEqualTo("municipal-registration-bsn");
        assertThat(new TicketFacts(TICKET, " Housing-Shelter ", "uk", null, null, null, null).theme())
                .isEqualTo("housing-shelter");
    }

    @Test
    void readsTheQuestionsLanguageUnderEitherName() {
        assertThat(new TicketFacts(TICKET, null, "UK", null, null, null, null).questionLanguageOrNull())
                .isEqualTo("uk");
        assertThat(new TicketFacts(TICKET, null, null, "ru", null, null, null).questionLanguageOrNull())
                .isEqualTo("ru");
        assertThat(new TicketFacts(TICKET, null, null, null, null, null, null).questionLanguageOrNull())
                .isNull();
    }

    @Test
    void theDayAskedIsTheOpeningOrTheAskedAtInAmsterdamAndOnlyAnOpeningFallsBackToTheEnvelope() {
        assertThat(new TicketFacts(TICKET, null, null, null, "2026-11-20T23:30:00-02:00", null, null)
                        .askedOn(ENVELOPE, true))
                .isEqualTo(LocalDate.parse("2026-11-21"));
        assertThat(new TicketFacts(TICKET, null, null, null, null, "2026-11-02T10:00:00Z", "2026-11-05T10:00:00Z")
                        .askedOn(ENVELOPE, false))
                .isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(new TicketFacts(TICKET, null, null, null, null, null, null).askedOn(ENVELOPE, true))
                .isEqualTo(LocalDate.parse("2026-11-28"));
        assertThat(new TicketFacts(TICKET, null, null, null, null, null, null).askedOn(ENVELOPE, false))
                .as("a close or reopen does not say when the question was asked")
                .isNull();
    }

    @Test
    void aQuestionAskedOrAnsweredJustAfterMidnightInAmsterdamBelongsToThatDayWinterAndSummer() {
        var winter = new TicketFacts(TICKET, null, null, null, null, "2027-03-02T23:30:00Z", "2027-03-02T23:30:00Z");
        assertThat(winter.askedOn(null, false)).isEqualTo(LocalDate.parse("2027-03-03"));
        assertThat(winter.answeredOn(null)).isEqualTo(LocalDate.parse("2027-03-03"));
        var summer = new TicketFacts(TICKET, null, null, null, "2027-07-01T22:30:00Z", null, null);
        assertThat(summer.askedOn(null, true)).isEqualTo(LocalDate.parse("2027-07-02"));
        assertThat(new TicketFacts(TICKET, null, null, null, null, null, null)
                        .answeredOn(OffsetDateTime.parse("2027-03-02T23:30:00Z")))
                .isEqualTo(LocalDate.parse("2027-03-03"));
        assertThat(new TicketFacts(TICKET, null, null, null, "2027-03-03T23:30:00+01:00", null, null)
                        .askedOn(null, true))
                .as("23:30 in Amsterdam is still that day")
                .isEqualTo(LocalDate.parse("2027-03-03"));
    }
}
