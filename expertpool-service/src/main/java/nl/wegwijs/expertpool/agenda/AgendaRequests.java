package nl.wegwijs.expertpool.agenda;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.web.MaxCodePoints;

/** The request bodies of the agenda-point endpoints. */
final class AgendaRequests {

    private AgendaRequests() {}

    /** A point raised in a session; {@code raisedBy} (optional) becomes its first supporter. */
    record Raise(
            @NotNull UUID sessionId,
            @NotBlank @MaxCodePoints(100) String theme,
            @NotBlank @MaxCodePoints(4000) String text,
            UUID raisedBy) {}

    /** An expert supports a point, optionally with a quote (shown anonymously where consent allows). */
    record Support(
            @NotNull UUID expertId, @MaxCodePoints(1000) String quote) {}

    /**
     * A step on the road: only {@code status} is required, for every status. {@code reference} (the written
     * questions), {@code note}, the visit ({@code visitDate}, {@code visitors}), the answer ({@code
     * answeredOn}, {@code answerSummary}) and {@code priority} are optional; when given they are checked and
     * kept, whichever status they come with.
     */
    record StatusChange(
            @NotNull AgendaStatus status,
            @MaxCodePoints(200) String reference,
            @MaxCodePoints(2000) String note,
            LocalDate visitDate,
            @Size(max = 100) List<@NotNull UUID> visitors,
            LocalDate answeredOn,
            @MaxCodePoints(4000) String answerSummary,
            @Min(1) @Max(1000) Integer priority) {}
}
