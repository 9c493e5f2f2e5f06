package nl.wegwijs.expertpool.signals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Signals for planning sessions: what newcomers ask the helpdesk now, and where articles are missing. */
@RestController
class SignalsController {

    private final SignalsService signals;

    SignalsController(SignalsService signals) {
        this.signals = signals;
    }

    @GetMapping("/api/expertpool/signals")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'ANALYST')")
    Signals signals(@RequestParam(defaultValue = "4") @Min(1) @Max(52) int weeks) {
        return signals.signals(weeks);
    }
}
