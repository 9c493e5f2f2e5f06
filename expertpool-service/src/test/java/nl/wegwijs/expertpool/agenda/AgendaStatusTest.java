package nl.wegwijs.expertpool.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgendaStatusTest {

    @Test
    void eachStatusMayOnlyTakeTheNextStepOrClose() {
        assertThat(AgendaStatus.RAISED.allowedNext()).containsExactly(AgendaStatus.PRIORITISED, AgendaStatus.CLOSED);
        assertThat(AgendaStatus.PRIORITISED.allowedNext()).containsExactly(AgendaStatus.PRESENTED, AgendaStatus.CLOSED);
        assertThat(AgendaStatus.PRESENTED.allowedNext()).containsExactly(AgendaStatus.SUBMITTED, AgendaStatus.CLOSED);
        assertThat(AgendaStatus.SUBMITTED.allowedNext()).containsExactly(AgendaStatus.ANSWERED, AgendaStatus.CLOSED);
        assertThat(AgendaStatus.ANSWERED.allowedNext()).containsExactly(AgendaStatus.CLOSED);
        assertThat(AgendaStatus.CLOSED.allowedNext()).isEmpty();
        assertThat(AgendaStatus.RAISED.mayBecome(AgendaStatus.SUBMITTED)).isFalse();
        assertThat(AgendaStatus.PRESENTED.mayBecome(AgendaStatus.PRIORITISED)).isFalse();
    }

    @Test
    void aRefusedStepNamesTheAllowedNextSteps() {
        var refused = new StatusStepRefused(UUID.randomUUID(), AgendaStatus.PRIORITISED, AgendaStatus.ANSWERED);
        assertThat(refused.getMessage())
                .contains("is PRIORITISED", "cannot become ANSWERED", "allowed next: PRESENTED, CLOSED");
        assertThat(refused.allowed()).containsExactly(AgendaStatus.PRESENTED, AgendaStatus.CLOSED);
    }
}
