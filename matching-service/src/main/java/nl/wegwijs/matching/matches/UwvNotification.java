package nl.wegwijs.matching.matches;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * What the employer must do before a person with temporary protection from Ukraine starts work: notify
 * UWV (no work permit, TWV, is needed for this group). Assumption, to be confirmed with UWV's current
 * guidance: the notification is due at least two working days before work starts; public holidays are
 * not counted here, so the date may be a day or two generous around holidays.
 */
record UwvNotification(boolean required, LocalDate startDate, LocalDate dueBy, String basis, List<String> checklist) {

    static final int WORKING_DAYS_BEFORE_START = 2;

    static UwvNotification forHire(String basis, LocalDate startDate) {
        if (!"TEMPORARY_PROTECTION".equals(basis)) {
            return new UwvNotification(
                    false,
                    startDate,
                    null,
                    basis,
                    "EU_CITIZEN".equals(basis) || "NATURALISED".equals(basis)
                            ? List.of("No UWV notification needed: free access to the Dutch labour market")
                            : List.of(
                                    "Check with UWV whether this residence permit allows work or needs a work permit (TWV) before work starts"));
        }
        return new UwvNotification(
                true,
                startDate,
                workingDaysBefore(startDate, WORKING_DAYS_BEFORE_START),
                basis,
                List.of(
                        "Employer notifies UWV of the work (melding arbeid Oekraïense ontheemden) using UWV's online form",
                        "Have a copy of the employee's identity document and proof of temporary protection (e.g. the IND sticker or a BRP registration)",
                        "State the employee's BSN, the kind of work, the workplace address, start date and hours per week",
                        "Pay at least the statutory minimum wage and keep the employment contract in the administration",
                        "Notify before work starts: by the due date at the latest, then keep UWV's confirmation"));
    }

    static LocalDate workingDaysBefore(LocalDate date, int workingDays) {
        LocalDate day = date;
        int counted = 0;
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
