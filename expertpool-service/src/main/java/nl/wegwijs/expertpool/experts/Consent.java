package nl.wegwijs.expertpool.experts;

import jakarta.validation.constraints.NotNull;

/** What an expert agreed to: take part in sessions, be quoted anonymously, be contacted. */
public record Consent(
        @NotNull Boolean participate,
        @NotNull Boolean quoteAnonymously,
        @NotNull Boolean contact) {

    public static final Consent NONE = new Consent(false, false, false);
}
