package nl.wegwijs.expertpool.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.wegwijs.platform.privacy.Redactor;
import org.springframework.stereotype.Component;

/**
 * Free text that coordinators type (session titles and minutes, agenda point texts, support quotes, the notes,
 * references and answer summaries of a point's steps), with the platform's {@link Redactor}.
 *
 * <ul>
 *   <li><b>When it is saved</b> ({@link #toStore}): contact data and identifying numbers go (e-mail addresses,
 *       handles, phone numbers, BSNs, IBANs, document numbers, dates of birth, postcodes and street addresses),
 *       each replaced by its marker ({@code [phone]}, ...). Names stay: who said what in a session is what the
 *       coordinator keeps minutes for; only a name the text introduces itself ("my name is ...") becomes
 *       {@code [name]}, as the Redactor does everywhere.
 *   <li><b>When an expert is erased</b> ({@link #withoutNames}): the names the service held for them, in any form
 *       and script the Redactor recognises ("Olena", "Олена", "Олени"), become {@code [name]} in every stored
 *       text. A part of the name on its own counts too, so someone else called Olena is taken out as well: in
 *       doubt the text loses a name rather than keep the erased person's.
 *   <li>A session's <b>location</b> is kept as typed (a venue or an online link is needed to hold the session,
 *       and a community centre's address is no one's personal data); only when it names an erased expert
 *       ({@link #placeWithoutNames}: "bij Olena thuis, Kerkstraat 5") are the name and any address in it removed.
 * </ul>
 */
@Component
public class FreeText {

    private final Redactor redactor;

    public FreeText(Redactor redactor) {
        this.redactor = redactor;
    }

    /** The text as it is stored: without contact data, with the names it mentions; null stays null. */
    public String toStore(String text) {
        return text == null ? null : redactor.redact(text, List.of());
    }

    /** The text without the given names (and without contact data, should older text still hold any). */
    public String withoutNames(String text, Collection<String> names) {
        List<String> given = names.stream().filter(Objects::nonNull).toList();
        if (text == null || given.isEmpty()) {
            return text;
        }
        return redactor.redact(text, given);
    }

    /** A place as typed, unless it names one of the given names: then without them and without an address. */
    public String placeWithoutNames(String place, Collection<String> names) {
        String without = withoutNames(place, names);
        if (without == null || without.equals(place)) {
            return place;
        }
        return without.equals(toStore(place)) ? place : without;
    }
}
