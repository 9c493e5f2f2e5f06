package nl.wegwijs.matching.matches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UwvNotificationTest {

    @Test
    void theNotificationIsDueTwoWorkingDaysBeforeWorkStarts() {
        // Tuesday 12 January 2027 -> Friday 8 January
        UwvNotification n = UwvNotification.forHire("TEMPORARY_PROTECTION", LocalDate.of(2027, 1, 12));
        assertThat(n.required()).isTrue();
        assertThat(n.dueBy()).isEqualTo(LocalDate.of(2027, 1, 8));
        // Thursday 14 January -> Tuesday 12 January
        assertThat(UwvNotification.workingDaysBefore(LocalDate.of(2027, 1, 14), 2))
                .isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(n.checklist()).anySatisfy(item -> assertThat(item).contains("UWV"));
    }

    @Test
    void euCitizensNeedNoNotification() {
        UwvNotification n = UwvNotification.forHire("EU_CITIZEN", LocalDate.of(2027, 1, 12));
        assertThat(n.required()).isFalse();
        assertThat(n.dueBy()).isNull();
    }
}
