package nl.wegwijs.platform.privacy;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Realistic personal data in the formats people type, and sentences in uk/ru/nl/en to hide it in. */
final class PersonalDataGenerators {

    private PersonalDataGenerators() {}

    /** A sentence with one piece of personal data, and the names the person gave. */
    record Sample(String text, String secret, List<String> names) {
        @Override
        public String toString() {
            return text;
        }
    }

    // ------------------------------------------------------------------ sentences

    private static final List<String> BEFORE = List.of(
            "Добрий день, мій %s, допоможіть будь ласка",
            "Ось мої дані: %s. Що робити далі?",
            "Здравствуйте, мой %s, подскажите пожалуйста",
            "Пишу вам, данные %s. Спасибо!",
            "Goedendag, mijn gegevens: %s graag terugbellen",
            "Kunt u mij helpen? Het is %s alstublieft",
            "Hello, my details are %s please call me back",
            "Can you check %s for me thanks",
            "%s",
            "(%s)",
            "Дякую! %s",
            "Моя контактна інформація — %s, пишіть у будь-який час");

    static Arbitrary<String> sentence() {
        return Arbitraries.of(BEFORE);
    }

    private static Arbitrary<Sample> inSentence(Arbitrary<String> values, String label) {
        return Combinators.combine(
                        sentence(), Arbitraries.of(label, label + ":", label.toLowerCase(Locale.ROOT), ""), values)
                .as((s, l, v) -> new Sample(String.format(s, (l.isEmpty() ? "" : l + " ") + v), v, List.of()));
    }

    // ------------------------------------------------------------------ e-mail

    static Arbitrary<Sample> emails() {
        Arbitrary<String> local = Combinators.combine(
                        Arbitraries.of("olena", "iryna", "dmytro", "sanne", "j", "oleksandr", "natalia", "k"),
                        Arbitraries.of(".", "_", "-", "", "+"),
                        Arbitraries.of("koval", "shevchenko", "devries", "smith", "petrenko"),
                        Arbitraries.integers().between(0, 99).map(i -> i < 50 ? "" : String.valueOf(i)))
                .as((a, sep, b, n) -> a + sep + b + n);
        Arbitrary<String> domain = Arbitraries.of(
                "gmail.com",
                "ukr.net",
                "i.ua",
                "outlook.com",
                "hotmail.nl",
                "kpnmail.nl",
                "mail.ru",
                "example.org",
                "student.uva.nl");
        return inSentence(Combinators.combine(local, domain).as((l, d) -> l + "@" + d), "e-mail");
    }

    // ------------------------------------------------------------------ phones

    static Arbitrary<Sample> phones() {
        Arbitrary<String> digits8 = Arbitraries.strings().numeric().ofLength(8);
        Arbitrary<String> nlMobile = Combinators.combine(
                        digits8,
                        Arbitraries.of(
                                "06-%s",
                                "06 %s",
                                "06%s",
                                "+31 6 %s",
                                "+316%s",
                                "0031 6 %s",
                                "+31 (0)6 %s",
                                "(06) %s",
                                "06 - %s",
                                "+31-6-%s",
                                "06 %s4 %s4"))
                .as((d, f) ->
                        f.contains("%s4") ? "06 " + d.substring(0, 4) + " " + d.substring(4) : String.format(f, d));
        Arbitrary<String> nlLandline = Combinators.combine(
                        Arbitraries.of("020", "010", "030", "070", "050"),
                        Arbitraries.strings().numeric().ofLength(7),
                        Arbitraries.of("-", " ", ""))
                .as((area, d, sep) -> area + sep + d);
        Arbitrary<String> uaMobile = Combinators.combine(
                        Arbitraries.of("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"),
                        Arbitraries.strings().numeric().ofLength(7),
                        Arbitraries.of(
                                "+380 %s %s %s %s",
                                "+380%s%s%s%s",
                                "0%s %s %s %s",
                                "0%s%s%s%s",
                                "+38 (0%s) %s-%s-%s",
                                "8 0%s %s %s %s",
                                "380%s%s%s%s",
                                "(0%s) %s-%s-%s",
                                "+380-%s-%s-%s-%s"))
                .as((op, d, f) -> String.format(f, op, d.substring(0, 3), d.substring(3, 5), d.substring(5)));
        return inSentence(Arbitraries.oneOf(nlMobile, nlLandline, uaMobile), "тел.");
    }

    // ------------------------------------------------------------------ BSN

    static Arbitrary<String> validBsn() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(8)
                .map(prefix -> {
                    int sum = 0;
                    for (int i = 0; i < 8; i++) {
                        sum += (9 - i) * (prefix.charAt(i) - '0');
                    }
                    int check = sum % 11;
                    return check == 10 ? null : prefix + check;
                })
                .filter(b -> b != null && !b.equals("000000000"));
    }

    static Arbitrary<Sample> bsns() {
        Arbitrary<String> formatted = Combinators.combine(
                        validBsn(), Arbitraries.of("plain", "dots", "spaces", "dashes", "glued"))
                .as((b, f) -> switch (f) {
                    case "dots" -> b.substring(0, 4) + "." + b.substring(4, 6) + "." + b.substring(6);
                    case "spaces" -> b.substring(0, 3) + " " + b.substring(3, 6) + " " + b.substring(6);
                    case "dashes" -> b.substring(0, 3) + "-" + b.substring(3, 6) + "-" + b.substring(6);
                    case "glued" -> "BSN" + b;
                    default -> b;
                });
        return inSentence(formatted, "BSN");
    }

    // ------------------------------------------------------------------ IBAN

    static String withCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98
                - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }

    static Arbitrary<String> validIban() {
        Arbitrary<String> nl = Combinators.combine(
                        Arbitraries.of("ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"),
                        Arbitraries.strings().numeric().ofLength(10))
                .as((bank, account) -> withCheckDigits("NL", bank + account));
        Arbitrary<String> ua = Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(6),
                        Arbitraries.strings().numeric().ofLength(19))
                .as((bank, account) -> withCheckDigits("UA", bank + account));
        Arbitrary<String> de = Arbitraries.strings().numeric().ofLength(18).map(b -> withCheckDigits("DE", b));
        return Arbitraries.oneOf(nl, ua, de);
    }

    static Arbitrary<Sample> ibans() {
        Arbitrary<String> formatted = Combinators.combine(validIban(), Arbitraries.of("compact", "groups", "lower"))
                .as((iban, f) -> switch (f) {
                    case "groups" -> iban.replaceAll("(.{4})(?!$)", "$1 ");
                    case "lower" -> iban.toLowerCase(Locale.ROOT);
                    default -> iban;
                });
        return inSentence(formatted, "IBAN");
    }

    // ------------------------------------------------------------------ postcodes with house numbers

    static Arbitrary<Sample> postcodes() {
        Arbitrary<String> letters = Arbitraries.strings()
                .withCharRange('A', 'Z')
                .ofLength(2)
                .filter(l -> !List.of("SA", "SD", "SS").contains(l));
        Arbitrary<String> lowerSafeLetters =
                letters.filter(l -> !RedactorTestAccess.notPostcodeLetters().contains(l.toLowerCase(Locale.ROOT)));
        Arbitrary<String> code = Combinators.combine(
                        Arbitraries.integers().between(1000, 9999),
                        Arbitraries.oneOf(
                                letters.map(l -> " " + l),
                                letters,
                                letters.map(l -> l.toLowerCase(Locale.ROOT)),
                                lowerSafeLetters.map(l -> " " + l.toLowerCase(Locale.ROOT))),
                        Arbitraries.integers().between(1, 350),
                        Arbitraries.of(" ", ", ", " nr. ", " ", "-"),
                        Arbitraries.of("", "a", "B", "-2"))
                .as((digits, l, number, sep, addition) ->
                        digits + l + (sep.equals("-") ? " " : sep) + number + addition);
        return inSentence(code, "postcode");
    }

    // ------------------------------------------------------------------ names

    record Person(String given, String inText) {}

    private static final List<String[]> UKRAINIAN = List.of(
            new String[] {"Олена Коваль", "Olena Koval"},
            new String[] {"Ірина Шевченко", "Iryna Shevchenko"},
            new String[] {"Юлія Ткаченко", "Yuliia Tkachenko"},
            new String[] {"Андрій Мельник", "Andrii Melnyk"},
            new String[] {"Олександр Кравчук", "Oleksandr Kravchuk"},
            new String[] {"Наталія Бондаренко", "Nataliia Bondarenko"},
            new String[] {"Дар'я Олійник", "Daria Oliinyk"},
            new String[] {"Євген Лисенко", "Yevhen Lysenko"},
            new String[] {"Тарас Гнатюк", "Taras Hnatiuk"},
            new String[] {"Оксана Савчук", "Oksana Savchuk"});
    private static final List<String[]> RUSSIAN = List.of(
            new String[] {"Дмитрий Петров", "Dmitriy Petrov"},
            new String[] {"Наталья Смирнова", "Natalya Smirnova"},
            new String[] {"Алексей Кузнецов", "Aleksey Kuznetsov"},
            new String[] {"Екатерина Соколова", "Ekaterina Sokolova"},
            new String[] {"Сергей Лебедев", "Sergey Lebedev"});
    private static final List<String> LATIN = List.of(
            "Sanne Jansen",
            "Daan Bakker",
            "Lotte Visser",
            "Bram Smit",
            "Femke Meijer",
            "Emily Walker",
            "James Brown",
            "Olivia Johnson",
            "Thomas Mulder");

    static Arbitrary<Person> people() {
        Arbitrary<Person> asGiven = Arbitraries.of(all()).map(n -> new Person(n, n));
        Arbitrary<Person> transliterated =
                Arbitraries.of(pairs()).flatMap(p -> Arbitraries.of(new Person(p[0], p[1]), new Person(p[1], p[0])));
        Arbitrary<Person> inflected = Combinators.combine(
                        Arbitraries.of(pairs()), Arbitraries.integers().between(0, 3))
                .as((p, form) -> new Person(p[0], inflect(p[0], form)));
        return Arbitraries.oneOf(asGiven, transliterated, inflected);
    }

    private static List<String> all() {
        List<String> names = new java.util.ArrayList<>(LATIN);
        pairs().forEach(p -> names.add(p[0]));
        return names;
    }

    private static List<String[]> pairs() {
        List<String[]> pairs = new java.util.ArrayList<>(UKRAINIAN);
        pairs.addAll(RUSSIAN);
        return pairs;
    }

    /** The first name in a grammatical case: genitive, dative, instrumental or vocative (approximated). */
    static String inflect(String fullName, int form) {
        String first = fullName.split(" ")[0];
        String stem = first.replaceAll("[аяйь]$", "");
        boolean feminine = first.endsWith("а") || first.endsWith("я");
        String suffix = switch (form) {
            case 0 -> feminine ? "и" : "а";
            case 1 -> feminine ? "і" : "у";
            case 2 -> feminine ? "ою" : "ом";
            default -> feminine ? "о" : "е";
        };
        return stem + suffix;
    }

    static Arbitrary<Sample> names() {
        return Combinators.combine(
                        Arbitraries.of(
                                "Мене звати %s, потрібна допомога з житлом",
                                "Пишу за %s, вона не може прийти",
                                "Меня зовут %s, помогите пожалуйста",
                                "Goedemiddag, ik bel namens %s over de huur",
                                "Hello, this is about %s and her children",
                                "%s питає про школу для доньки",
                                "Передайте %s, що документи готові"),
                        people())
                .as((s, p) -> new Sample(String.format(s, p.inText()), p.inText(), List.of(p.given())));
    }
}
