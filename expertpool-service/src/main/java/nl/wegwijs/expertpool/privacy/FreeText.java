package nl.wegwijs.expertpool.privacy;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import nl.wegwijs.platform.privacy.Redactor;
import org.springframework.stereotype.Component;

/**
 * Free text that coordinators type (session titles and minutes, agenda point texts, support quotes, the notes,
 * references and answer summaries of a point's steps, typed themes), with the platform's {@link Redactor}.
 *
 * <ul>
 *   <li><b>When it is saved</b> ({@link #toStore}): contact data and identifying numbers go (e-mail addresses,
 *       handles, phone numbers, BSNs, IBANs, document numbers, dates of birth, postcodes and street addresses),
 *       each replaced by its marker ({@code [phone]}, ...). Names stay: who said what in a session is what the
 *       coordinator keeps minutes for; only a name the text introduces itself ("my name is ...") becomes
 *       {@code [name]}, as the Redactor does everywhere.
 *   <li><b>When an expert is erased</b> ({@link #erased}): their name becomes {@code [name]}, in any form and
 *       script the Redactor recognises ("Olena Kovalenko", "Олени Коваленко"): the full name and the surname in
 *       every stored text, the first name on its own only in the texts of their sessions and agenda points, so that
 *       another Olena elsewhere keeps her name (see {@link ErasedName} for the rule and its reasons).
 *   <li>A session's <b>location</b> is kept as typed (a venue or an online link is needed to hold the session,
 *       and a community centre's address is no one's personal data); only when it names an erased expert
 *       ({@link ErasedName#place}: "bij Olena Kovalenko thuis, Kerkstraat 5") are the name and any address in it
 *       removed.
 *   <li>A <b>theme</b> typed by a coordinator (anything but a helpdesk topic code) is free text too: it leaves the
 *       service in domain events only through {@link #theme}, without contact data.
 * </ul>
 */
@Component
public class FreeText {

    /** The longest theme an event carries (the events' schemas say so; themes are typed up to 100 characters). */
    static final int MAX_THEME = 100;

    private final Redactor redactor;

    public FreeText(Redactor redactor) {
        this.redactor = redactor;
    }

    /** The text as it is stored: without contact data, with the names it mentions; null stays null. */
    public String toStore(String text) {
        return text == null ? null : redactor.redactKeepingOtherNames(text, List.of());
    }

    /**
     * What an erasure takes out of the stored texts: the erased expert's {@code name} (the one the service held);
     * {@code otherExperts} gives the names of the experts who are not erased, asked for only when needed.
     */
    public ErasedName erased(String name, Supplier<? extends Collection<String>> otherExperts) {
        return new ErasedName(redactor, name, otherExperts);
    }

    /**
     * A theme as a domain event carries it: a helpdesk topic code as it is (the Redactor finds nothing in one), a
     * typed theme without contact data, like every text a coordinator types, and at most {@value #MAX_THEME}
     * characters (a marker may be longer than what it replaces; a marker is never cut in half).
     */
    public String theme(String theme) {
        if (theme == null) {
            return null;
        }
        String redacted = redactor.redact(theme, List.of());
        if (redacted.codePointCount(0, redacted.length()) <= MAX_THEME) {
            return redacted;
        }
        String cut = redacted.substring(0, redacted.offsetByCodePoints(0, MAX_THEME));
        int open = cut.lastIndexOf('[');
        if (open > 0 && cut.indexOf(']', open) < 0) {
            cut = cut.substring(0, open);
        }
        return cut.strip();
    }
}
