package nl.wegwijs.expertpool.agenda;

import static nl.wegwijs.expertpool.agenda.AgendaStatus.ANSWERED;
import static nl.wegwijs.expertpool.agenda.AgendaStatus.CLOSED;
import static nl.wegwijs.expertpool.agenda.AgendaStatus.PRESENTED;
import static nl.wegwijs.expertpool.agenda.AgendaStatus.PRIORITISED;
import static nl.wegwijs.expertpool.agenda.AgendaStatus.RAISED;
import static nl.wegwijs.expertpool.agenda.AgendaStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgendaStatusTest {

    @Test
    void eachStatusMayMoveToAnyLaterStatusOnTheRoad() {
        assertThat(RAISED.allowedNext()).containsExactly(PRIORITISED, PRESENTED, SUBMITTED, ANSWERED, CLOSED);
        assertThat(PRIORITISED.allowedNext()).containsExactly(PRESENTED, SUBMITTED, ANSWERED, CLOSED);
        assertThat(PRESENTED.allowedNext()).containsExactly(SUBMITTED, ANSWERED, CLOSED);
        assertThat(SUBMITTED.allowedNext()).containsExactly(ANSWERED, CLOSED);
        assertThat(ANSWERED.allowedNext()).containsExactly(CLOSED);
        assertThat(RAISED.mayBecome(SUBMITTED)).isTrue();
        assertThat(PRIORITISED.mayBecome(ANSWERED)).isTrue();
    }

    @Test
    void everyOpenStatusMayClose() {
        for (AgendaStatus open : AgendaStatus.values()) {
            if (open != CLOSED) {
                assertThat(open.mayBecome(CLOSED)).as(open.name()).isTrue();
            }
        }
    }

    @Test
    void noStatusMayMoveBackwardsOrStayWhereItIs() {
        assertThat(PRESENTED.mayBecome(PRIORITISED)).isFalse();
        assertThat(ANSWERED.mayBecome(RAISED)).isFalse();
        assertThat(SUBMITTED.mayBecome(PRESENTED)).isFalse();
        for (AgendaStatus status : AgendaStatus.values()) {
            assertThat(status.mayBecome(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void nothingComesAfterClosed() {
        assertThat(CLOSED.allowedNext()).isEmpty();
        for (AgendaStatus status : AgendaStatus.values()) {
            assertThat(CLOSED.mayBecome(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void aRefusedStepNamesTheAllowedNextSteps() {
        var refused = new StatusStepRefused(UUID.randomUUID(), SUBMITTED, PRESENTED);
        assertThat(refused.getMessage())
                .contains("is SUBMITTED", "cannot become PRESENTED", "allowed next: ANSWERED, CLOSED");
        assertThat(refused.allowed()).containsExactly(ANSWERED, CLOSED);
    }

    @Test
    void aRefusedStepAfterClosingSaysNoFurtherStepsAreAllowed() {
        var refused = new StatusStepRefused(UUID.randomUUID(), CLOSED, ANSWERED);
        assertThat(refused.getMessage()).contains("is CLOSED", "no further steps are allowed");
        assertThat(refused.allowed()).isEmpty();
    }
}
