package nl.wegwijs.knowledge.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketTextTest {

    private static final String ANSWER = "The club meets on Saturdays.\nBring your own trains.";

    @Test
    void aTextABrowserSavedUnchangedIsStillTheTickets() {
        assertThat(TicketText.same("The club meets on Saturdays.\r\nBring your own trains.\u00A0", ANSWER))
                .isTrue();
    }

    @Test
    void aTextAnEditorChangedIsNotTheTicketsAnymore() {
        assertThat(TicketText.same("The club meets on Sundays.\nBring your own trains.", ANSWER))
                .isFalse();
    }

    @Test
    void anEmptyBodyIsNoCopyOfAnAnswerThatWasNotThere() {
        assertThat(TicketText.same("", "")).isFalse();
        assertThat(TicketText.same(" \n", "")).isFalse();
        assertThat(TicketText.same("", null)).isFalse();
        assertThat(TicketText.same(null, null)).isFalse();
    }
}
