package nl.wegwijs.helpdesk.erasure;

import java.util.UUID;
import nl.wegwijs.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/helpdesk/people/{ticketId}}: the right to erasure, for admins only. */
@RestController
class ErasureController {

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @DeleteMapping("/api/helpdesk/people/{ticketId}")
    @PreAuthorize("hasRole('ADMIN')")
    Erasure.Erased erase(@PathVariable UUID ticketId) {
        return erasure.erase(ticketId, Caller.current().username());
    }
}
