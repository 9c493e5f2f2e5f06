package nl.wegwijs.matching.engine;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * On what basis someone may work in the Netherlands and until when. For {@code TEMPORARY_PROTECTION}
 * without a date the service fills in the end of temporary protection from its configuration.
 */
public record WorkAuthorisation(@NotNull Basis basis, LocalDate validUntil) {

    public enum Basis {
        TEMPORARY_PROTECTION,
        RESIDENCE_PERMIT,
        EU_CITIZEN,
        NATURALISED,
        OTHER
    }

    /** EU citizens and naturalised people may work without an end date. */
    public boolean unlimited() {
        return basis == Basis.EU_CITIZEN || basis == Basis.NATURALISED;
    }
}
