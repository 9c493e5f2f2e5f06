package nl.wegwijs.expertpool.experts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An expert as the API shows it to coordinators; {@code consentHistory} only on a single expert. */
public record ExpertView(
        UUID id,
        String name,
        List<String> languages,
        String city,
        List<String> themes,
        ConsentView consent,
        String email,
        String phone,
        UUID helpdeskTicketId,
        boolean active,
        OffsetDateTime joinedAt,
        OffsetDateTime leftAt,
        List<ConsentChange> consentHistory) {

    /** The consent now, with the date it was given or last changed. */
    public record ConsentView(boolean participate, boolean quoteAnonymously, boolean contact, OffsetDateTime since) {}

    static ExpertView of(Expert e, List<ConsentChange> history) {
        return new ExpertView(
                e.id(),
                e.name(),
                e.languages(),
                e.city(),
                e.themes(),
                new ConsentView(
                        e.consent().participate(),
                        e.consent().quoteAnonymously(),
                        e.consent().contact(),
                        e.consentUpdatedAt()),
                e.consent().contact() ? e.email() : null,
                e.consent().contact() ? e.phone() : null,
                e.helpdeskTicketId(),
                e.mayTakePart(),
                e.joinedAt(),
                e.leftAt(),
                history);
    }
}
