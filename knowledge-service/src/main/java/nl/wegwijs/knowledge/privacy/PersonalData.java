package nl.wegwijs.knowledge.privacy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.platform.privacy.Redactor;

/**
 * Defence in depth on top of the helpdesk's redaction: the platform {@link Redactor} again, with the
 * names the person introduced in the question also removed from the staff answer ("Olena, we called
 * you"), the names a salutation, sign-off or bare introduction holds ({@link Salutations}: "Beste Mykola,",
 * "Дякую, Олег Бондар", "Mykola Hrytsenko uit Kyiv.") given to it as names, and IBANs also where the
 * platform's pattern runs on into the following words. The same rules tell which kinds of personal data a
 * text seems to hold ({@link #find}), without new patterns.
 */
public final class PersonalData {

    /** A kind of personal data, as the redaction marks it. */
    public enum Kind {
        EMAIL(Redactor.EMAIL),
        PHONE(Redactor.PHONE),
        ADDRESS(Redactor.ADDRESS),
        NAME(Redactor.NAME),
        BSN(Redactor.BSN),
        IBAN(Redactor.IBAN),
        /** A passport, ID card or residence document number. */
        DOCUMENT(Redactor.DOCUMENT),
        /** A date next to a word for being born, or a full numeric date before 2010: most likely a birth date. */
        DATE(Redactor.DATE),
        /** A Telegram, Instagram or other social media handle or profile link. */
        HANDLE(Redactor.HANDLE),
        /** A Dutch or Ukrainian vehicle registration plate: its owner is one search away. */
        PLATE(Redactor.PLATE);

        private final String marker;

        Kind(String marker) {
            this.marker = marker;
        }

        /**
         * Identifies one person whatever the context: never in a public article. E-mail addresses, phone
         * numbers, addresses, names, dates and handles may be an office's, a helpline's, a law's or a
         * channel's, so those are only warned about.
         */
        public boolean identifiesAPerson() {
            return this == BSN || this == IBAN || this == DOCUMENT;
        }
    }

    private static final Pattern IBAN = Pattern.compile(
            "(?i)(?<![a-z0-9])[a-z]{2}\\d{2}(?:[a-z0-9]{11,30}|(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,3})?)(?![a-z0-9])");

    private final Redactor redactor;

    public PersonalData(Redactor redactor) {
        this.redactor = redactor;
    }

    /**
     * Names the person gave about themselves in their question ("Мене звати Марія Іваненко", "Я Ірина
     * Бойко", "ik ben Sanne"), as the platform {@link Redactor#namesIntroducedIn} reads them, and the names
     * its salutation, sign-off or bare introduction holds ("..., Дякую, Олег Бондар", "Mykola Hrytsenko uit
     * Kyiv."), to redact the staff answer with ("Шановна Маріє!", "Шановний Олеже,").
     */
    public List<String> introducedNames(String question) {
        Set<String> names = new LinkedHashSet<>(redactor.namesIntroducedIn(question));
        names.addAll(Salutations.namesIn(question));
        return List.copyOf(names);
    }

    /**
     * The names to redact an answered question and its staff answer with: those the question gives ({@link
     * #introducedNames}) and those the answer's salutation, sign-off or bare introduction holds ("Hi Svitozar,",
     * "Dear Mr Hrytsenko,", "Вітаю, Світозаре!"). Staff often know the asker's name where the question's own
     * wording does not tell it ("Can Svitozar get a library card?"), and the question's text becomes the draft's
     * question, its title and the title {@code DraftCreated} carries.
     */
    public List<String> namesOf(String question, String answer) {
        Set<String> names = new LinkedHashSet<>(introducedNames(question));
        if (answer != null) {
            names.addAll(Salutations.namesIn(answer));
        }
        return List.copyOf(names);
    }

    /**
     * The text redacted by the platform {@link Redactor} with the given names and the names its own
     * salutation, sign-off or bare introduction holds (in all their forms), then IBANs the platform misses.
     */
    public String redact(String text, List<String> names) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<String> salutationNames = Salutations.namesIn(text);
        List<String> all = names;
        if (!salutationNames.isEmpty()) {
            all = new ArrayList<>(names == null ? List.of() : names);
            all.addAll(salutationNames);
        }
        String result = redactor.redact(text, all);
        Matcher m = IBAN.matcher(result);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(validIban(m.group()) ? Redactor.IBAN : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The kinds of personal data the text seems to hold: what {@link #redact} would replace (the platform
     * redaction also takes the names the text itself introduces, and the names the Redactor finds on its own;
     * the names of a salutation or sign-off count too: {@code NAME}). Markers already in the text ("[phone]")
     * are not personal data.
     */
    public Set<Kind> find(String text) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        String redacted = redact(text, List.of());
        for (Kind kind : Kind.values()) {
            if (occurrences(redacted, kind.marker) > occurrences(text, kind.marker)) {
                found.add(kind);
            }
        }
        return found;
    }

    /** The text holds an IBAN whose check digits are right (mod 97), not only something shaped like one. */
    public boolean holdsValidIban(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = IBAN.matcher(text);
        while (m.find()) {
            if (validIban(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static int occurrences(String text, String marker) {
        int count = 0;
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + marker.length())) {
            count++;
        }
        return count;
    }

    static boolean validIban(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        StringBuilder numeric = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
