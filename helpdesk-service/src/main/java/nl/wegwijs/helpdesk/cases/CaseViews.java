package nl.wegwijs.helpdesk.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.web.MaxCodePoints;

final class CaseViews {

    private CaseViews() {}

    record NewCase(
            @NotBlank @MaxCodePoints(200) String label,
            @Min(1) @Max(30) Integer householdSize,
            LocalDate startedOn) {}

    record LinkTicket(@NotNull UUID ticketId) {}

    record ReachMilestone(@NotNull LocalDate reachedOn) {}

    record MilestoneView(Milestone milestone, LocalDate reachedOn, Long daysSinceStart, String recordedBy) {}

    record LinkedTicket(UUID id, String status, String language, String topic, OffsetDateTime createdAt) {}

    record Summary(
            UUID id,
            String label,
            Integer householdSize,
            LocalDate startedOn,
            int milestonesReached,
            OffsetDateTime createdAt) {}

    record Detail(
            UUID id,
            String label,
            Integer householdSize,
            LocalDate startedOn,
            String createdBy,
            OffsetDateTime createdAt,
            List<MilestoneView> milestones,
            List<Milestone> openMilestones,
            List<LinkedTicket> tickets) {}

    /** Events on helpdesk.case.v1: ids, dates and milestones only, never the label. */
    record CaseOpened(UUID caseId, LocalDate startedOn, Integer householdSize, OffsetDateTime openedAt) {}

    record TicketLinkedToCase(UUID caseId, UUID ticketId, OffsetDateTime linkedAt) {}

    record CaseMilestoneReached(UUID caseId, Milestone milestone, LocalDate reachedOn, OffsetDateTime recordedAt) {}
}
