package nl.wegwijs.expertpool.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.web.MaxCodePoints;

/** The small request bodies of the session endpoints. */
final class SessionRequests {

    private SessionRequests() {}

    record Experts(@NotEmpty @Size(max = 100) List<@NotNull UUID> expertIds) {}

    record Reply(@NotNull UUID expertId, @NotNull Answer response) {}

    enum Answer {
        ACCEPTED,
        DECLINED
    }

    record Minutes(@NotBlank @MaxCodePoints(20000) String minutes) {}
}
