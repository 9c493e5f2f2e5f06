package nl.wegwijs.platform.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.platform.language.Transliteration;

/**
 * Removes personal data from free text before it leaves the service that collected it: e-mail
 * addresses (also written "ivan at gmail dot com", "ivan(at)ukr.net"), Telegram/Instagram handles,
 * phone numbers (Dutch and Ukrainian, any spacing), BSNs (nine digits passing the 11-test), IBANs
 * (mod-97 valid, or of an IBAN's shape with wrong check digits), passport and ID card numbers, dates of
 * birth, Dutch postcodes with house numbers and street addresses, the names the person gave (in any
 * form and script) and names introduced in the text ("my name is ...", "Я Ірина Бойко", "Hi, I'm
 * Anna-Maria van der Berg"). Each kind becomes a marker such as {@code [phone]}, so a reader still
 * understands the question.
 *
 * <p>A first pass of plain patterns ({@link PatternRedactor}), and around it what property tests and an
 * audit showed such patterns miss:
 *
 * <ul>
 *   <li>an IBAN followed by more Latin words ("NL91ABNA0417164300 graag"): the platform's pattern
 *       swallows the next word, the longer candidate fails mod-97, and the IBAN stays; an IBAN with a
 *       wrong checksum ("NL02 RABO 0123 4567 89") was half read as a phone number ({@link IbanShapes});
 *   <li>numbers glued to letters ("BSN111222333", "тел0671234567") and runs that merge a BSN or
 *       phone with the number next to it; phones with spaced dashes ("06 - 12345678") and the old
 *       Ukrainian trunk prefix ("8 067 123 45 67");
 *   <li>postcodes typed in lower case with a space ("1012 ab 12"); streets without a suffix ("Laan van
 *       Meerdervoort 250") or said where someone lives ("ik woon op ...", "живу на ...") ({@link Streets});
 *   <li>names in another form than given: inflected ("Олени", "Коваля"), transliterated ("Olena
 *       Koval" for "Олена Коваль" and back), with other spellings ("Yulia"/"Юлія"); names introduced in
 *       the text count as given, in all these forms ({@link IntroducedNames}), and
 *       {@link #namesIntroducedIn} lets a caller redact another text (a staff answer) with them;
 *   <li>document numbers ({@link Documents}), dates of birth ({@link BirthDates}), obfuscated e-mail
 *       addresses and handles ({@link OnlineContacts});
 *   <li>a second audit: names nobody gave or introduced, known from a gazetteer of given names ({@link
 *       GivenNames}: "Natasha", "Олеже", with the surname next to them) or standing where names stand
 *       ({@link PersonNames}: "my wife Oksana", "Groetjes, Pieter de Graaf", "Шановний Олеже,", "Максим (8
 *       років)", "Mykola Hrytsenko uit Kyiv."), the diminutives of the names given ("Наталья": "Наташа"),
 *       V-nummers, handles without their at ("insta: olena.k.nl"), e-mail addresses with a stray space
 *       ("olena.k@ukr .net") or spelled-out dots in the name ("serhiy dot melnyk at proton dot me").
 *       {@link #redactKeepingOtherNames} leaves the names nobody gave or introduced, for staff texts from
 *       which one person is erased;
 *   <li>a third round: given names that are places where the text treats them as places ("Sofia is the capital
 *       of Bulgaria", "ми їдемо до Софії"), places named after people ("вулиця Тараса Шевченка"), verbs
 *       capitalised after a relation word ("my son Goes to school", {@link OrdinaryWords}) stay; surnames before a
 *       family word ("the Koval household") and given names with a genitive s ("Pieters fiets") go;
 *   <li>a fourth round: the names given also in the spellings other languages give them, compared by how they sound
 *       ({@link Transliteration#nameSoundKeys}: "Mykhailo Hrytsenko" as "Mychajlo", "Michail", "Gryzenko", "Hrycenko"),
 *       capitalised words only; vehicle registration plates, Dutch and Ukrainian ({@link Plates}, {@code [plate]});
 *       "Номер V 1234567890" as a V-nummer; and what is no personal data stays: an organisation's contact data
 *       ({@link PublicContacts}: service numbers such as 0800-, 0900-, 088-, role addresses such as info@ at an
 *       organisation's domain, a PO box's postcode, and the numbers and addresses a service names in {@code
 *       wegwijs.privacy.public-contacts}); mobile numbers always go.
 * </ul>
 *
 * Pure and thread-safe; the same rules in every service (defence in depth).
 */
public final class Redactor {

    public static final String EMAIL = "[e-mail]";
    public static final String PHONE = "[phone]";
    public static final String BSN = "[BSN]";
    public static final String IBAN = "[IBAN]";
    public static final String ADDRESS = "[address]";
    public static final String NAME = "[name]";
    public static final String DOCUMENT = "[document]";
    public static final String DATE = "[date]";
    public static final String HANDLE = "[handle]";
    /** A vehicle registration plate, Dutch or Ukrainian ({@link Plates}). */
    public static final String PLATE = "[plate]";

    /**
     * Every marker the Redactor writes, one per kind of personal data, in a fixed order: to tell which kinds a text
     * held by counting markers before and after redaction, without a list of one's own that misses a new kind.
     */
    public static final List<String> MARKERS =
            List.of(EMAIL, PHONE, BSN, IBAN, ADDRESS, NAME, DOCUMENT, DATE, HANDLE, PLATE);

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\w.%+'’-]+@[\\w-]+(?:\\.[\\w-]+)+", FLAGS);
    private static final Pattern IBAN_START = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}");
    /** Digits with up to three separators between them; may touch letters ("BSN111222333"). */
    private static final Pattern NUMBER_RUN =
            Pattern.compile("(?<![\\d])(?:\\+|\\(\\+?)?\\d(?:[\\s.\\-/()]{0,3}\\d)*(?![\\d])", FLAGS);

    private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+");
    private static final Pattern LOWER_POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[1-9]\\d{3}\\s?([a-zA-Z]{2})(?![\\p{L}\\p{N}])(?:\\s*,?\\s*\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}]))?)?",
            FLAGS);
    /** Two-letter words after a year or amount that are not postcodes ("in 2024 en 2025"). */
    static final Set<String> NOT_POSTCODE_LETTERS = Set.of(
            "en", "of", "in", "op", "at", "is", "it", "on", "or", "to", "an", "as", "be", "by", "do", "go", "he", "if",
            "me", "my", "no", "so", "up", "us", "we", "de", "te", "je", "ik", "na", "om", "er", "al", "nu", "uw", "zo",
            "ze", "eu", "pm", "am", "kg", "km", "cm", "mm", "ml", "uu", "sa", "sd", "ss");

    /** A house number the platform left after a redacted postcode ("[address] nr. 12", "[address], huisnummer 3"). */
    private static final Pattern ADDRESS_TAIL = Pattern.compile(
            "\\[address](?:[-/]\\d{1,4}|\\s*,?\\s*(?:(?:nr|no|huisnummer|huisnr|буд|будинок|дом|д)\\.?\\s*)?\\d{1,5}"
                    + "(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:-\\d{1,4})?)(?![\\d])",
            FLAGS | Pattern.CASE_INSENSITIVE);

    /** Parts of names that are also ordinary words ("Sanne de Vries"): never redacted on their own. */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "van", "der", "den", "von", "la", "le", "ter", "ten", "het", "t", "di", "da", "du", "dos", "del",
            "el", "al", "bin", "ibn", "op", "in", "and", "en", "y");

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’ʼ`]*", FLAGS);
    /** A word of a name found in the text: hyphenated names ("Heuvel-Jansen") are one. */
    private static final Pattern NAME_WORD =
            Pattern.compile("\\p{L}[\\p{L}\\p{M}'’ʼ]*(?:-\\p{L}[\\p{L}\\p{M}'’ʼ]*)*", FLAGS);

    /**
     * How many sounds a name given needs for another word to be taken for another form of it by how it sounds (the same
     * stem, another ending); shorter ones ("Tsoi", "Zoi": Coi) only in exactly the same sounds, none shorter than
     * three.
     */
    private static final int SHORTEST_SOUND_STEM = 4;

    private final PublicContacts publicContacts;
    private final PatternRedactor patterns;

    /** A Redactor that keeps only what its shape says is an organisation's contact data (see {@link PublicContacts}). */
    public Redactor() {
        this(List.of());
    }

    /**
     * A Redactor that also keeps the {@code publicContacts} a service names: phone numbers and e-mail addresses of
     * organisations whose shape does not tell they are (an office's "+31 55 538 53 85"); what services set as {@code
     * wegwijs.privacy.public-contacts}, comma-separated. Numbers compare by their digits, in any notation ("+31 55
     * 538 53 85" is also "055-5385385"); e-mail addresses in any letter case.
     *
     * @throws IllegalArgumentException for an entry that is neither a phone number nor an e-mail address, or that is a
     *     mobile number: a mobile number is always redacted
     */
    public Redactor(Collection<String> publicContacts) {
        this.publicContacts = PublicContacts.of(publicContacts);
        this.patterns = new PatternRedactor(this.publicContacts);
    }

    /**
     * Redacts personal data; {@code names} are the names the person gave (any script). Names introduced
     * in {@code text} itself are added to them, so their other forms in the text go too, as do the
     * diminutives of them all ("Наталья": Наташа, Natasha). Names nobody gave or introduced go as well:
     * given names the gazetteer knows, with the surnames next to them, and names in a name context
     * ("my wife Oksana", "Groetjes, Pieter de Graaf", "Шановний Олеже", "Дарина (5 років)"): see {@link
     * PersonNames}.
     */
    public String redact(String text, Collection<String> names) {
        return redact(text, names, true);
    }

    /**
     * As {@link #redact(String, Collection)}, but of the names only those given ({@code names}, in any
     * form and script, and their diminutives) and those the text introduces ("my name is ..."): other
     * people's names it mentions stay. For a text that staff may read with names in it and from which one
     * person's names leave, such as a case label when one of the household is erased or session minutes
     * that keep who said what; never for a text that leaves the service or reaches a reader who may not
     * see names.
     */
    public String redactKeepingOtherNames(String text, Collection<String> names) {
        return redact(text, names, false);
    }

    private String redact(String text, Collection<String> names, boolean otherNames) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Kept kept = new Kept(text);
        List<IntroducedNames.Found> introduced = IntroducedNames.in(text);
        String result = withoutContactData(withIntroducedNamesRedacted(text, introduced), kept);
        List<String> all = new ArrayList<>();
        if (names != null) {
            all.addAll(names);
        }
        introduced.forEach(found -> all.add(found.name()));
        Set<String> family = familyKeys(all);
        List<PersonNames.Found> persons =
                otherNames ? PersonNames.in(result, family) : PersonNames.familyForms(result, family);
        result = withNamesRedacted(result, persons);
        List<String> given = withoutParticles(all);
        result = patterns.redact(result, given);
        // the names found in the text, in their other forms too, but only capitalised: a wrong guess must not
        // take ordinary words out everywhere
        result = redactNameForms(result, given, withoutParticles(namesOf(persons)));
        result = ADDRESS_TAIL.matcher(result).replaceAll(Matcher.quoteReplacement(ADDRESS));
        return kept.restored(result);
    }

    public String redact(String text) {
        return redact(text, List.of());
    }

    /**
     * E-mail addresses, handles, IBANs, document numbers, dates of birth, plates, addresses, phones and BSNs out; an
     * organisation's contact data ({@link PublicContacts}) set aside in {@code kept}.
     */
    private String withoutContactData(String text, Kept kept) {
        String result = kept.poBoxes(text);
        result = redactEmails(result, kept);
        result = OnlineContacts.redact(result);
        result = redactIbans(result);
        result = Documents.redact(result);
        result = BirthDates.redact(result);
        result = Plates.redact(result);
        result = Streets.redact(result);
        result = redactNumbers(result, kept);
        return redactLowerCasePostcodes(result);
    }

    private String redactEmails(String text, Kept kept) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        Matcher m = EMAIL_ADDRESS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String address = m.group();
            String replacement = kept.enabled() && publicContacts.isPublicEmail(address) ? kept.keep(address) : EMAIL;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * What {@link #redact} keeps of a text that is no personal data (an organisation's contact data), set aside while
     * the text is redacted: each becomes a placeholder of private-use characters, which no pattern takes for a word,
     * digit or marker, and comes back at the end. A text that holds such characters itself keeps nothing aside (and
     * loses an organisation's contact data like a person's).
     */
    private static final class Kept {

        private static final char OPEN = '\uE000';
        private static final char CLOSE = '\uE001';
        /** Sixteen private-use characters, the hexadecimal digits of a placeholder's index. */
        private static final char DIGITS = '\uE010';

        private final boolean enabled;
        private List<String> originals;

        Kept(String text) {
            this.enabled = text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0;
        }

        boolean enabled() {
            return enabled;
        }

        /** The placeholder for {@code original}, which {@link #restored} puts back. */
        String keep(String original) {
            if (originals == null) {
                originals = new ArrayList<>(2);
            }
            originals.add(original);
            String index = Integer.toHexString(originals.size() - 1);
            StringBuilder placeholder = new StringBuilder(index.length() + 2).append(OPEN);
            for (int i = 0; i < index.length(); i++) {
                placeholder.append((char) (DIGITS + Character.digit(index.charAt(i), 16)));
            }
            return placeholder.append(CLOSE).toString();
        }

        /** A PO box with its postcode ("Postbus 2003, 6401 DA") set aside: an organisation's address. */
        String poBoxes(String text) {
            if (!enabled
                    || !(text.contains("ostbus")
                            || text.contains("OSTBUS")
                            || text.contains("ntwoordnummer")
                            || text.contains("NTWOORDNUMMER"))) {
                return text;
            }
            return PublicContacts.PO_BOX.matcher(text).replaceAll(m -> Matcher.quoteReplacement(keep(m.group())));
        }

        String restored(String text) {
            if (originals == null) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 32);
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int close = c == OPEN ? text.indexOf(CLOSE, i) : -1;
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                int index = 0;
                for (int k = i + 1; k < close; k++) {
                    index = index * 16 + (text.charAt(k) - DIGITS);
                }
                out.append(index >= 0 && index < originals.size() ? originals.get(index) : "");
                i = close + 1;
            }
            return out.toString();
        }
    }

    /**
     * The names a text introduces ("Мене звати Марія Іваненко" gives "Марія Іваненко"; "Hi, I'm
     * Anna-Maria van der Berg" gives "Anna-Maria van der Berg"), then the other names it mentions that
     * {@link #redact(String, Collection)} finds ("Groetjes, Pieter de Graaf", "my wife Oksana"), without
     * their words that are also ordinary words ("my son Will" gives nothing), in order, without repeats.
     * Pass them with the names the person gave to {@link #redact(String, Collection)} of another text,
     * such as the staff answer to their question ("Шановна Маріє Іваненко!"), which the names' other
     * forms then leave too.
     */
    public List<String> namesIntroducedIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<IntroducedNames.Found> introduced = IntroducedNames.in(text);
        List<String> names = new ArrayList<>();
        introduced.forEach(found -> names.add(found.name()));
        names.addAll(namesOf(PersonNames.in(
                withoutContactData(withIntroducedNamesRedacted(text, introduced), new Kept(text)), Set.of())));
        return names.stream().distinct().toList();
    }

    /**
     * The names found, without their words that are also ordinary words ("my son Will" gives nothing to take out
     * of "we will call"): they were redacted where they were found.
     */
    private static List<String> namesOf(List<PersonNames.Found> found) {
        List<String> names = new ArrayList<>();
        for (PersonNames.Found name : found) {
            String kept = WORD.matcher(name.name())
                    .results()
                    .map(m -> m.group())
                    .filter(w -> GivenNames.instance().of(w) != GivenNames.Kind.ALSO_A_WORD)
                    .collect(java.util.stream.Collectors.joining(" "));
            if (!kept.isBlank()) {
                names.add(kept);
            }
        }
        return names;
    }

    private static String withIntroducedNamesRedacted(String text, List<IntroducedNames.Found> introduced) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (IntroducedNames.Found found : introduced) {
            out.append(text, copied, found.start()).append(NAME);
            copied = found.end();
        }
        return out.append(text.substring(copied)).toString();
    }

    /**
     * Each word of the names found becomes a marker, the particles between them stay ("[name] de [name]"), as the
     * names a caller gives are redacted.
     */
    private static String withNamesRedacted(String text, List<PersonNames.Found> found) {
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (PersonNames.Found name : found) {
            out.append(text, copied, name.start());
            Matcher word = NAME_WORD.matcher(name.name());
            int inName = 0;
            while (word.find()) {
                out.append(name.name(), inName, word.start());
                boolean particle = NAME_PARTICLES.contains(word.group().toLowerCase(Locale.ROOT));
                out.append(particle ? word.group() : NAME);
                inName = word.end();
            }
            out.append(name.name().substring(inName));
            copied = name.end();
        }
        return out.append(text.substring(copied)).toString();
    }

    /** The name keys of every form of the given names' families ("Наталья": also Наташа, Natasha). */
    private static Set<String> familyKeys(Collection<String> names) {
        Set<String> first = Set.of();
        Set<String> keys = null;
        for (String name : names) {
            if (name == null) {
                continue;
            }
            Matcher word = WORD.matcher(name);
            while (word.find()) {
                Set<String> family = GivenNames.instance().familyKeys(word.group());
                if (family.isEmpty() || family == first) {
                    continue;
                }
                if (first.isEmpty()) {
                    first = family; // most often the only one: no copy
                } else {
                    if (keys == null) {
                        keys = new HashSet<>(first);
                    }
                    keys.addAll(family);
                }
            }
        }
        return keys != null ? keys : first;
    }

    private static List<String> withoutParticles(Collection<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream()
                .filter(Objects::nonNull)
                .map(name -> String.join(
                        " ",
                        WORD.matcher(name)
                                .results()
                                .map(m -> m.group())
                                .filter(w -> !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)))
                                .toList()))
                .filter(name -> !name.isBlank())
                .toList();
    }

    // --- IBAN: from each "two letters, two digits" start, read letters and digits (spaces and dashes
    // between them allowed) up to the length of an IBAN of that country; a valid IBAN, or one of its
    // shape with wrong check digits, ends there at a word boundary. The following words ("graag") are
    // never part of it, and a random run that passes mod-97 by chance (1 in 97) is not taken for one.

    private static String redactIbans(String text) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        Matcher start = IBAN_START.matcher(text);
        int from = 0;
        while (start.find(from)) {
            int begin = start.start();
            int end = ibanEnd(text, begin);
            if (end < 0) {
                from = start.start() + 1;
                continue;
            }
            out.append(text, copied, begin).append(IBAN);
            copied = end;
            from = end;
        }
        out.append(text.substring(copied));
        return out.toString();
    }

    private static int ibanEnd(String text, int begin) {
        if (IbanShapes.lengthFor(text.substring(begin, begin + 2)) < 0) {
            return -1;
        }
        StringBuilder compact = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        int i = begin;
        while (i < text.length() && compact.length() < 34) {
            char c = text.charAt(i);
            if (isAsciiAlnum(c)) {
                compact.append(c);
                ends.add(i + 1);
                i++;
            } else if ((c == ' ' || c == '-') && i + 1 < text.length() && isAsciiAlnum(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        int expected = IbanShapes.lengthFor(compact.toString());
        for (int length = Math.min(compact.length(), expected + 1); length >= expected - 1; length--) {
            int end = ends.get(length - 1);
            boolean boundary = end >= text.length() || !isAsciiAlnum(text.charAt(end));
            String candidate = compact.substring(0, length);
            if (boundary
                    && ((length == expected && PatternRedactor.isValidIban(candidate))
                            || IbanShapes.looksLikeIban(candidate))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    // --- Phones and BSNs inside runs of digit groups.

    private String redactNumbers(String text, Kept kept) {
        Matcher run = NUMBER_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(out, Matcher.quoteReplacement(redactRun(run.group(), kept)));
        }
        run.appendTail(out);
        return out.toString();
    }

    /**
     * Splits a run into digit groups and replaces, left to right, the longest spans that are a phone or a BSN; a phone
     * number that is an organisation's ({@link PublicContacts#isPublicNumber}) is set aside in {@code kept}.
     */
    private String redactRun(String run, Kept kept) {
        List<int[]> groups = new ArrayList<>();
        Matcher g = DIGIT_GROUP.matcher(run);
        while (g.find()) {
            groups.add(new int[] {g.start(), g.end()});
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i < groups.size()) {
            int before = i == 0 ? 0 : groups.get(i - 1)[1];
            String lead = run.substring(before, groups.get(i)[0]);
            boolean plus = lead.contains("+");
            String kind = null;
            int last = -1;
            StringBuilder digits = new StringBuilder();
            for (int j = i; j < groups.size() && digits.length() <= 16; j++) {
                digits.append(run, groups.get(j)[0], groups.get(j)[1]);
                String k = classify(digits.toString(), plus || digits.toString().startsWith("00"));
                if (k != null) {
                    kind = k;
                    last = j;
                }
            }
            if (kind == null) {
                i++;
                continue;
            }
            int begin = i == 0
                    ? 0
                    : plus ? before + Math.max(0, Math.min(indexOr(lead, '('), lead.indexOf('+'))) : groups.get(i)[0];
            int end = groups.get(last)[1];
            if (end < run.length()
                    && run.charAt(end) == ')'
                    && run.substring(begin, end).contains("(")) {
                end++;
            }
            String digitsOfSpan = run.substring(begin, end).replaceAll("\\D", "");
            boolean international = plus || digitsOfSpan.startsWith("00");
            if (kind.equals(PHONE) && kept.enabled() && publicContacts.isPublicNumber(digitsOfSpan, international)) {
                kind = kept.keep(run.substring(begin, end));
            }
            out.append(run, copied, begin).append(kind);
            copied = end;
            i = last + 1;
        }
        out.append(run.substring(copied));
        return out.toString();
    }

    private static int indexOr(String text, char c) {
        int index = text.indexOf(c);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String classify(String digits, boolean international) {
        int n = digits.length();
        if (n == 9 && !international && PatternRedactor.passesElevenTest(digits)) {
            return BSN;
        }
        if (international && n >= 10 && n <= 15) {
            return PHONE;
        }
        if (digits.startsWith("0") && n >= 9 && n <= 12) {
            return PHONE;
        }
        if ((digits.startsWith("31") && n == 11) || (digits.startsWith("380") && n == 12)) {
            return PHONE;
        }
        if (digits.startsWith("80") && n == 11) {
            return PHONE; // the old Ukrainian trunk prefix: 8 067 123 45 67
        }
        return null;
    }

    // --- Postcodes in lower case with a space.

    private static String redactLowerCasePostcodes(String text) {
        Matcher m = LOWER_POSTCODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String letters = m.group(1).toLowerCase(Locale.ROOT);
            boolean postcode = !NOT_POSTCODE_LETTERS.contains(letters);
            m.appendReplacement(out, Matcher.quoteReplacement(postcode ? ADDRESS : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    // --- Names in other forms: inflected, transliterated, other spellings.

    /**
     * The other forms of {@code names} (any word, see {@link #sameName}; capitalised words also by how they sound, see
     * {@link #soundsLike}) and of {@code found} (capitalised words only) become markers; each word's skeleton is made
     * once.
     */
    private static String redactNameForms(String text, Collection<String> names, Collection<String> found) {
        List<String> skeletons = skeletons(names);
        List<String> foundSkeletons = skeletons(found);
        if (skeletons.isEmpty() && foundSkeletons.isEmpty()) {
            return text;
        }
        List<String> sounds = soundKeys(names);
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String candidate = word.group();
            boolean marker = word.start() > 0 && text.charAt(word.start() - 1) == '[';
            boolean capitalised = Character.isUpperCase(candidate.charAt(0));
            boolean isName = false;
            if (!marker && (capitalised || !skeletons.isEmpty())) {
                String skeleton = skeleton(candidate);
                isName = skeletons.stream().anyMatch(s -> sameName(s, skeleton, capitalised))
                        || (capitalised && foundSkeletons.stream().anyMatch(s -> sameName(s, skeleton, true)))
                        || (capitalised && !sounds.isEmpty() && soundsLike(sounds, candidate));
            }
            word.appendReplacement(out, Matcher.quoteReplacement(isName ? NAME : candidate));
        }
        word.appendTail(out);
        return out.toString();
    }

    /**
     * The sound keys ({@link Transliteration#nameSoundKeys}) of the words of the names given, long enough to compare
     * by: the spellings other languages give them ("Mykhailo Hrytsenko": Mychajlo, Michail, Gryzenko, Hrycenko).
     */
    private static List<String> soundKeys(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            Matcher word = WORD.matcher(name);
            while (word.find()) {
                for (String key : Transliteration.nameSoundKeys(word.group())) {
                    if (key.length() >= 3 && !keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    /**
     * A capitalised word is a name given in another language's spelling, in some grammatical form: one of its sound
     * keys is one of the name's, or the same stem with an ending of about the same length ({@link #sameName}).
     * Only for the names given: the gazetteer's names and the names found in the text are matched by their
     * skeletons, as a sound shared with an ordinary word would take that word out everywhere.
     */
    private static boolean soundsLike(List<String> nameSounds, String candidate) {
        for (String sound : Transliteration.nameSoundKeys(candidate)) {
            for (String name : nameSounds) {
                if (name.length() >= SHORTEST_SOUND_STEM ? sameName(name, sound, true) : name.equals(sound)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> skeletons(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        return names.stream()
                .filter(Objects::nonNull)
                .flatMap(name -> WORD.matcher(name).results().map(m -> skeleton(m.group())))
                .filter(s -> s.length() >= 2)
                .distinct()
                .toList();
    }

    /**
     * The word is the name in another spelling, or (capitalised, as names are) in another grammatical
     * form: the same stem and an ending of about the same length. Lower-case words only in exactly the
     * name's spelling, so "maart" is not taken for "Maria".
     */
    private static boolean sameName(String name, String word, boolean capitalised) {
        if (word.equals(name)) {
            return true;
        }
        if (!capitalised || name.length() < 3) {
            return false;
        }
        String stem = stem(name);
        if (stem.length() >= 3
                && word.startsWith(stem)
                && word.length() - stem.length() <= name.length() - stem.length() + 3) {
            return true;
        }
        // short names: "Анна" (ana) in "Анну", "Анни", "Анною" (an + vowels only)
        int shortStem = name.length();
        while (shortStem > 0 && isVowel(name.charAt(shortStem - 1))) {
            shortStem--;
        }
        int ending = word.length() - shortStem;
        if (shortStem < 2 || ending < 1 || ending > 3 || !word.regionMatches(0, name, 0, shortStem)) {
            return false;
        }
        for (int i = shortStem; i < word.length(); i++) {
            if (!isVowel(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static String stem(String skeleton) {
        int end = skeleton.length();
        while (end > 3 && "aeiou".indexOf(skeleton.charAt(end - 1)) >= 0) {
            end--;
        }
        return skeleton.substring(0, end);
    }

    /**
     * A spelling-independent form of a name ({@link Transliteration#nameKey}): Cyrillic transliterated, then the
     * letters that transliterations disagree on folded together (kh/h/g, y/i/j, doubled letters, apostrophes).
     */
    static String skeleton(String word) {
        return Transliteration.nameKey(word);
    }
}
