package nl.wegwijs.expertpool.experts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An expert as stored; after erasure the personal fields are null and {@code erasedAt} is set. */
public record Expert(
        UUID id,
        String name,
        String city,
        String email,
        String phone,
        List<String> languages,
        List<String> themes,
        UUID helpdeskTicketId,
        Consent consent,
        OffsetDateTime consentUpdatedAt,
        OffsetDateTime joinedAt,
        OffsetDateTime leftAt,
        OffsetDateTime erasedAt) {

    public boolean erased() {
        return erasedAt != null;
    }

    /** May be invited, attend and support points: not erased and consenting to take part. */
    public boolean mayTakePart() {
        return !erased() && consent.participate();
    }

    /** May be quoted (anonymously) in a brief. */
    public boolean mayBeQuoted() {
        return mayTakePart() && consent.quoteAnonymously();
    }

    public boolean knows(String theme) {
        return themes.contains(Themes.normalise(theme));
    }

    public boolean speaks(String language) {
        return language != null && languages.contains(language.toLowerCase(java.util.Locale.ROOT));
    }
}
