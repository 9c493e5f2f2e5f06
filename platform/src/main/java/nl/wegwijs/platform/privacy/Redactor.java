package nl.wegwijs.platform.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from free text before it leaves the service that collected it: e-mail
 * addresses, phone numbers (Dutch and Ukrainian, any spacing), BSNs (nine digits passing the
 * 11-test), IBANs (mod-97 valid), Dutch postcodes with house numbers and street addresses, the names
 * the person gave (in any form and script) and names introduced in the text ("my name is ...").
 * Each kind becomes a marker such as {@code [phone]}, so a reader still understands the question.
 *
 * <p>A first pass of plain patterns ({@link PatternRedactor}), and around it what property tests
 * showed such patterns miss:
 *
 * <ul>
 *   <li>an IBAN followed by more Latin words ("NL91ABNA0417164300 graag"): the platform's pattern
 *       swallows the next word, the longer candidate fails mod-97, and the IBAN stays;
 *   <li>numbers glued to letters ("BSN111222333", "тел0671234567") and runs that merge a BSN or
 *       phone with the number next to it; phones with spaced dashes ("06 - 12345678") and the old
 *       Ukrainian trunk prefix ("8 067 123 45 67");
 *   <li>postcodes typed in lower case with a space ("1012 ab 12");
 *   <li>names in another form than given: inflected ("Олени", "Коваля"), transliterated ("Olena
 *       Koval" for "Олена Коваль" and back), with other apostrophes or spellings ("Yulia"/"Юлія").
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

    private final PatternRedactor patterns = new PatternRedactor();

    /** Redacts personal data; {@code names} are the names the person gave (any script). */
    public String redact(String text, Collection<String> names) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = EMAIL_ADDRESS.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL));
        result = redactIbans(result);
        result = redactNumbers(result);
        result = redactLowerCasePostcodes(result);
        List<String> given = withoutParticles(names);
        result = patterns.redact(result, given);
        result = redactNameForms(result, given);
        result = ADDRESS_TAIL.matcher(result).replaceAll(Matcher.quoteReplacement(ADDRESS));
        return result;
    }

    public String redact(String text) {
        return redact(text, List.of());
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

    // --- IBAN: try every length from each country-code start and keep the longest valid one.

    private static String redactIbans(String text) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        Matcher start = IBAN_START.matcher(text);
        int from = 0;
        while (start.find(from)) {
            int begin = start.start();
            int end = longestValidIbanEnd(text, begin);
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

    private static int longestValidIbanEnd(String text, int begin) {
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
        for (int length = compact.length(); length >= 15; length--) {
            int end = ends.get(length - 1);
            boolean boundary = end >= text.length() || !isAsciiAlnum(text.charAt(end));
            if (boundary
                    && Character.isDigit(compact.charAt(2))
                    && PatternRedactor.isValidIban(compact.substring(0, length))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    // --- Phones and BSNs inside runs of digit groups.

    private static String redactNumbers(String text) {
        Matcher run = NUMBER_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(out, Matcher.quoteReplacement(redactRun(run.group())));
        }
        run.appendTail(out);
        return out.toString();
    }

    /** Splits a run into digit groups and replaces, left to right, the longest spans that are a phone or a BSN. */
    private static String redactRun(String run) {
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

    private static String redactNameForms(String text, Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return text;
        }
        List<String> skeletons = names.stream()
                .filter(Objects::nonNull)
                .flatMap(name -> WORD.matcher(name).results().map(m -> skeleton(m.group())))
                .filter(s -> s.length() >= 2)
                .distinct()
                .toList();
        if (skeletons.isEmpty()) {
            return text;
        }
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String found = word.group();
            boolean marker = word.start() > 0 && text.charAt(word.start() - 1) == '[';
            boolean isName = !marker && skeletons.stream().anyMatch(s -> sameName(s, skeleton(found)));
            word.appendReplacement(out, Matcher.quoteReplacement(isName ? NAME : found));
        }
        word.appendTail(out);
        return out.toString();
    }

    private static boolean sameName(String name, String word) {
        if (word.equals(name)) {
            return true;
        }
        if (name.length() < 3) {
            return false;
        }
        String stem = stem(name);
        return stem.length() >= 3
                && word.startsWith(stem)
                && word.length() - stem.length() <= name.length() - stem.length() + 3;
    }

    private static String stem(String skeleton) {
        int end = skeleton.length();
        while (end > 3 && "aeiou".indexOf(skeleton.charAt(end - 1)) >= 0) {
            end--;
        }
        return skeleton.substring(0, end);
    }

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "h"),
            Map.entry('ґ', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('є', "ie"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "y"),
            Map.entry('і', "i"),
            Map.entry('ї', "i"),
            Map.entry('й', "i"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ь', ""),
            Map.entry('ю', "iu"),
            Map.entry('я', "ia"),
            Map.entry('ы', "y"),
            Map.entry('э', "e"),
            Map.entry('ё', "e"),
            Map.entry('ъ', ""));

    /**
     * A spelling-independent form of a name: Cyrillic transliterated, then the letters that
     * transliterations disagree on folded together (kh/h/g, y/i/j, doubled letters, apostrophes).
     */
    static String skeleton(String word) {
        StringBuilder latin = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            String mapped = CYRILLIC.get(c);
            if (mapped != null) {
                latin.append(mapped);
            } else if (Character.isLetter(c)) {
                latin.append(stripAccent(c));
            }
        }
        String s = latin.toString()
                .replace("kh", "h")
                .replace('g', 'h')
                .replace('j', 'i')
                .replace('y', 'i')
                .replace('w', 'v')
                .replace("x", "ks");
        StringBuilder folded = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (folded.isEmpty() || folded.charAt(folded.length() - 1) != c) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    private static char stripAccent(char c) {
        String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return decomposed.charAt(0);
    }
}
