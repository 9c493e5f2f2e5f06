package nl.wegwijs.platform.privacy;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from free text before it leaves the service that collected it: e-mail
 * addresses, phone numbers (Dutch and Ukrainian, any spacing), BSNs (nine digits passing the
 * 11-test), IBANs (mod-97 valid), Dutch postcodes with house numbers and street addresses, the names
 * the person gave, and names introduced in the text ("my name is ...", "мене звати ...").
 *
 * <p>The first pass of {@link Redactor}, which adds what property tests showed these patterns miss.
 * Pure and thread-safe.
 */
final class PatternRedactor {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+", FLAGS);
    private static final Pattern IBAN_PATTERN =
            Pattern.compile("(?<![\\w])[A-Za-z]{2}\\d{2}(?:[ ]?[A-Za-z0-9]){11,30}(?![\\w])", FLAGS);
    /** A run of digits that may be split by spaces, dots, dashes, slashes or brackets, with an optional leading +. */
    private static final Pattern DIGIT_RUN =
            Pattern.compile("(?<![\\w+])\\+?\\(?\\d(?:[\\s.\\-/()]{0,2}\\d){7,16}(?![\\w])", FLAGS);

    private static final Pattern POSTCODE_PATTERN = Pattern.compile(
            "(?<![\\w])[1-9]\\d{3}(?:\\s?[A-Z]{2}|[a-z]{2})(?![\\w])(?:\\s*,?\\s*\\d{1,5}(?:\\s?[a-zA-Z](?![\\w]))?)?",
            FLAGS);
    private static final Pattern STREET_PATTERN = Pattern.compile(
            "(?<![\\w])\\p{L}[\\p{L}'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|ring|vaart|burgwal)"
                    + "\\s+\\d{1,5}(?:\\s?[a-zA-Z](?![\\w]))?(?:[-/]\\d{1,4})?",
            FLAGS | Pattern.CASE_INSENSITIVE);
    private static final Pattern INTRODUCED_NAME = Pattern.compile(
            "(?i:my name is|i am called|i'm called|mijn naam is|ik heet|мене звати|моє ім'я|моє ім’я|меня зовут|моё имя|мое имя|"
                    + "mene zvaty|menya zovut|ім'я|имя)\\s*[:,-]?\\s+"
                    + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)",
            FLAGS);

    private final PublicContacts publicContacts;

    PatternRedactor() {
        this(PublicContacts.NONE);
    }

    /** {@code publicContacts}: phone numbers of organisations, left as they are. */
    PatternRedactor(PublicContacts publicContacts) {
        this.publicContacts = publicContacts;
    }

    /** Redacts every kind of personal data this class knows; {@code names} are the names the person gave. */
    public String redact(String text, Collection<String> names) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = EMAIL_PATTERN.matcher(text).replaceAll(Redactor.EMAIL);
        result = replace(result, IBAN_PATTERN, match -> isValidIban(match) ? Redactor.IBAN : match);
        result = replace(result, POSTCODE_PATTERN, match -> Redactor.ADDRESS);
        result = replace(result, STREET_PATTERN, match -> Redactor.ADDRESS);
        result = replace(result, DIGIT_RUN, this::classifyDigits);
        result = redactNames(result, names);
        result = replaceGroup(result, INTRODUCED_NAME, Redactor.NAME);
        return result;
    }

    /** Redacts without known names. */
    public String redact(String text) {
        return redact(text, java.util.List.of());
    }

    private String classifyDigits(String match) {
        String digits = match.replaceAll("\\D", "");
        boolean international = match.startsWith("+") || digits.startsWith("00");
        if (publicContacts.isPublicNumber(digits, international)) {
            return match; // a service number, or one the service named
        }
        if (digits.length() == 9 && passesElevenTest(digits) && !match.startsWith("+")) {
            return Redactor.BSN;
        }
        if (international && digits.length() >= 10 && digits.length() <= 15) {
            return Redactor.PHONE;
        }
        if (digits.startsWith("0") && digits.length() >= 9 && digits.length() <= 12) {
            return Redactor.PHONE;
        }
        if ((digits.startsWith("31") && digits.length() == 11) || (digits.startsWith("380") && digits.length() == 12)) {
            return Redactor.PHONE;
        }
        return match;
    }

    /** The Redactor.BSN 11-test: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not zero). */
    static boolean passesElevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }

    static boolean isValidIban(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            if (Character.isDigit(c)) {
                numeric.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                numeric.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static String redactNames(String text, Collection<String> names) {
        if (names == null) {
            return text;
        }
        String result = text;
        java.util.List<String> parts = names.stream()
                .filter(java.util.Objects::nonNull)
                .flatMap(name -> java.util.Arrays.stream(name.trim().split("[\\s,]+")))
                .filter(part -> part.length() >= 2)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String part : parts) {
            Pattern pattern = Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])",
                    FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            result = pattern.matcher(result).replaceAll(Redactor.NAME);
        }
        return result;
    }

    private static String replace(String text, Pattern pattern, java.util.function.UnaryOperator<String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replaceGroup(String text, Pattern pattern, String marker) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String whole = matcher.group();
            String name = matcher.group(1);
            String replaced = whole.substring(0, whole.length() - name.length()) + marker;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
