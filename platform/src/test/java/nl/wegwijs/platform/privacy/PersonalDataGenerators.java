package nl.wegwijs.platform.privacy;

import java.math.BigInteger;
import java.time.LocalDate;
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

    // ------------------------------------------------------------------ names introduced in the text

    private static final List<String> DUTCH_NAMES = List.of(
            "Anna-Maria van der Berg",
            "Sanne de Vries",
            "Jan-Willem van den Heuvel",
            "Emma ter Horst",
            "Fatima el Amrani",
            "Daan Bakker");

    /** Introductions in Cyrillic, Latin-letter Ukrainian or Russian, Dutch and English; %s is the name. */
    private static final List<String> CYRILLIC_INTRODUCTIONS = List.of(
            "Я %s, мені потрібна допомога з житлом",
            "Добрий день! Я %s. Де отримати BSN?",
            "Привіт я %s, шукаю роботу",
            "Мене звати %s, допоможіть будь ласка",
            "Мене звуть %s і я шукаю роботу",
            "Вітаю, це %s. Чи можна працювати без BSN?",
            "Меня зовут %s, помогите пожалуйста",
            "Здравствуйте, я %s, нужна помощь",
            "Это %s, мне нужна страховка",
            "ПІБ: %s");

    private static final List<String> TRANSLITERATED_INTRODUCTIONS = List.of(
            "Ia %s, potribna dopomoga z dokumentamy",
            "Ya %s, nuzhna pomoshch s zhilyom",
            "Dobryi den, ia %s",
            "Mene zvaty %s, de otrymaty BSN?",
            "Menya zovut %s, pomogite pozhaluysta");
    private static final List<String> LATIN_INTRODUCTIONS = List.of(
            "Hi, I'm %s and I need a house",
            "Hello, I am %s. Where can I learn Dutch?",
            "My name is %s, please call me back",
            "This is %s from Kharkiv, can you help?",
            "Goedendag, ik ben %s en ik zoek werk",
            "Mijn naam is %s. Wanneer krijg ik leefgeld?",
            "Ik heet %s, kunt u mij helpen?",
            "Dit is %s, ik bel over de huur");

    /** A text in which someone introduces themselves, and the name as it appears there. */
    record Introduction(String text, String name) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Arbitrary<Introduction> introductions() {
        Arbitrary<Introduction> cyrillic = Combinators.combine(
                        Arbitraries.of(CYRILLIC_INTRODUCTIONS), Arbitraries.of(pairs()))
                .as((t, p) -> new Introduction(String.format(t, p[0]), p[0]));
        Arbitrary<Introduction> transliterated = Combinators.combine(
                        Arbitraries.of(TRANSLITERATED_INTRODUCTIONS), Arbitraries.of(pairs()))
                .as((t, p) -> new Introduction(String.format(t, p[1]), p[1]));
        List<String> latinNames = new java.util.ArrayList<>(LATIN);
        latinNames.addAll(DUTCH_NAMES);
        pairs().forEach(p -> latinNames.add(p[1]));
        Arbitrary<Introduction> latin = Combinators.combine(
                        Arbitraries.of(LATIN_INTRODUCTIONS), Arbitraries.of(latinNames))
                .as((t, n) -> new Introduction(String.format(t, n), n));
        return Arbitraries.oneOf(cyrillic, transliterated, latin);
    }

    /** A question in which someone introduces themselves and a staff answer that addresses them. */
    record Conversation(String question, String answer, List<String> formsInAnswer) {
        @Override
        public String toString() {
            return question + " => " + answer;
        }
    }

    static Arbitrary<Conversation> conversations() {
        Arbitrary<Conversation> inflected = Combinators.combine(
                        Arbitraries.of(CYRILLIC_INTRODUCTIONS),
                        Arbitraries.of(pairs()),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(
                                "Шановна %s %s! Зверніться до гемеенте.",
                                "%s %s, ми передали ваше питання.", "Уважаемая %s %s, обратитесь в гемеенте."))
                .as((q, p, form, a) -> {
                    String first = inflect(p[0], form);
                    String last = p[0].split(" ")[1];
                    return new Conversation(
                            String.format(q, p[0]), String.format(a, first, last), List.of(first, last));
                });
        Arbitrary<Conversation> otherScript = Combinators.combine(
                        Arbitraries.of(CYRILLIC_INTRODUCTIONS),
                        Arbitraries.of(pairs()),
                        Arbitraries.of(
                                "Dear %s, the municipality will call you.",
                                "Beste %s, het leefgeld komt elke maand.", "Beste mevrouw %s, u kunt langskomen."))
                .as((q, p, a) -> {
                    String[] latin = p[1].split(" ");
                    String addressed = a.contains("mevrouw") ? latin[1] : latin[0];
                    return new Conversation(String.format(q, p[0]), String.format(a, addressed), List.of(addressed));
                });
        Arbitrary<Conversation> dutch = Combinators.combine(
                        Arbitraries.of(LATIN_INTRODUCTIONS),
                        Arbitraries.of(DUTCH_NAMES),
                        Arbitraries.of("Beste %s, u krijgt een brief.", "Dear %s, please bring your passport."))
                .as((q, n, a) -> {
                    String first = n.split(" ")[0];
                    return new Conversation(String.format(q, n), String.format(a, first), List.of(first));
                });
        return Arbitraries.oneOf(inflected, otherScript, dutch);
    }

    // ------------------------------------------------------------------ what must stay as written

    /** Sentences in uk/ru/nl/en that look like personal data to a careless rule and hold none. */
    private static final List<String> ORDINARY = List.of(
            "Я хочу працювати в Нідерландах.",
            "Я шукаю житло в Утрехті.",
            "Я українка, живу в Гаазі 2 роки.",
            "Я Українка і маю тимчасовий захист.",
            "Чи можу я Україну відвідати влітку?",
            "Як Вас звати?",
            "Це терміново, допоможіть будь ласка!",
            "Це Амстердам?",
            "Мій паспорт загубився, що робити?",
            "Документи треба подати до 01.03.2027.",
            "Я живу в Амстердамі 3 роки.",
            "Я хочу работать.",
            "Я ищу жильё в Роттердаме.",
            "Это срочно, помогите пожалуйста.",
            "Как зовут Вашего врача?",
            "Родился ребёнок, как получить BSN?",
            "Паспорт потеряла, что делать?",
            "До 15.01.2027 нужно подать заявление.",
            "Ik ben op zoek naar werk.",
            "Ik ben Oekraïense en woon in Utrecht.",
            "Mijn naam is nog niet geregistreerd.",
            "Ik woon in Den Haag sinds 2023.",
            "Het leefgeld wordt vóór 1 januari 2027 betaald.",
            "Mijn paspoort verloopt in 2026.",
            "In 2024 en 2025 was het leefgeld 260 euro per maand.",
            "Park 3 auto's niet voor de deur.",
            "Wij wonen op Texel 3 jaar.",
            "I am looking for work.",
            "I am Ukrainian and I live in Amsterdam.",
            "My name is on the list already.",
            "I'm in Utrecht since 2022.",
            "Born in Ukraine, I moved here in 2022.",
            "My passport expires on 04.03.2027.",
            "Look at booking.com for a room.",
            "We meet at 10.30 at the gemeente.",
            "Call 0800 for free.",
            // an organisation's contact data, and tokens shaped a little like a plate
            "Bel de BelastingTelefoon: 0800-0543.",
            "Het Juridisch Loket is bereikbaar op 0900-8020.",
            "Bel gratis 0800 1234567 of 088-1234567.",
            "Телефонуйте на 14 020, це гемеенте.",
            "Пишіть на info@wegwijs.nl або helpdesk@ind.nl.",
            "Write to contact@vluchtelingenwerk.nl for help.",
            "Stuur het formulier naar Postbus 2003, 6401 DA Heerlen.",
            "Antwoordnummer 10500, 1000 PA Amsterdam, geen postzegel nodig.",
            "Ik heb niveau B1-B2, mijn man A2.",
            "COVID-19 regels gelden niet meer.",
            "ISCO-08 code 2221 is verpleegkundige.");

    static Arbitrary<String> ordinaryText() {
        return Combinators.combine(Arbitraries.of(ORDINARY), Arbitraries.of(ORDINARY))
                .as((a, b) -> a + " " + b);
    }

    // ------------------------------------------------------------------ vehicle registration plates

    /** Letters of Dutch plates since 1978 (no vowels, no C, Q), and those of Ukrainian plates in both scripts. */
    private static final String DUTCH_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ";

    private static final List<String> UKRAINIAN_PLATE_LETTERS = List.of("ABCEHIKMOPTX", "АВСЕНІКМОРТХ");

    static Arbitrary<Sample> plates() {
        Arbitrary<String> dutch = Combinators.combine(
                        Arbitraries.of(
                                "LL-99-LL",
                                "99-LLL-9",
                                "9-LLL-99",
                                "LL-999-L",
                                "L-999-LL",
                                "LLL-99-L",
                                "L-99-LLL",
                                "9-LL-999",
                                "999-LL-9",
                                "99-LL-99",
                                "LL-99-99"),
                        Arbitraries.strings().withChars(DUTCH_PLATE_LETTERS).ofLength(3),
                        Arbitraries.strings().numeric().ofLength(3),
                        Arbitraries.of(true, false))
                .as((shape, letters, digits, dashes) -> {
                    StringBuilder plate = new StringBuilder();
                    int l = 0;
                    int d = 0;
                    for (char c : shape.toCharArray()) {
                        plate.append(c == 'L' ? letters.charAt(l++ % 3) : c == '9' ? digits.charAt(d++ % 3) : '-');
                    }
                    boolean recent = !shape.equals("99-LL-99") && !shape.equals("LL-99-99");
                    return dashes || !recent
                            ? plate.toString()
                            : plate.toString().replace("-", "");
                });
        Arbitrary<String> ukrainian = Combinators.combine(
                        Arbitraries.of(UKRAINIAN_PLATE_LETTERS),
                        Arbitraries.integers().between(0, 11).list().ofSize(4),
                        Arbitraries.strings().numeric().ofLength(4),
                        Arbitraries.of(" ", "", "-"))
                .as((letters, picks, digits, sep) -> "" + letters.charAt(picks.get(0)) + letters.charAt(picks.get(1))
                        + sep + digits + sep + letters.charAt(picks.get(2)) + letters.charAt(picks.get(3)));
        return inSentence(Arbitraries.oneOf(dutch, ukrainian), "kenteken");
    }

    // ------------------------------------------------------------------ identity documents

    private static final String NO_O = "ABCDEFGHIJKLMNPQRSTUVWXYZ";

    static Arbitrary<Sample> documents() {
        Arbitrary<String> letters = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                Arbitraries.strings().withChars("АВЕКМНОРСТХІЮЯ").ofLength(2));
        Arbitrary<String> ukrainianPassport = Combinators.combine(
                        letters,
                        Arbitraries.strings().numeric().ofLength(6),
                        Arbitraries.of("%s%s", "%s %s", "%s №%s", "%s three"))
                .as((l, d, f) -> f.equals("%s three")
                        ? l + " " + d.substring(0, 3) + " " + d.substring(3)
                        : String.format(f, l, d));
        Arbitrary<String> dutchDocument = Combinators.combine(
                        Arbitraries.strings().withChars(NO_O).ofLength(2),
                        Arbitraries.strings().withChars(NO_O + "0123456789").ofLength(4),
                        Arbitraries.strings().numeric().ofLength(2),
                        Arbitraries.strings().numeric().ofLength(1))
                .as((l, mixed, digits, last) -> l + mixed.substring(0, 2) + digits + mixed.substring(2) + last);
        Arbitrary<String> bare = Arbitraries.oneOf(ukrainianPassport, dutchDocument);
        Arbitrary<String> withWord = Combinators.combine(
                        Arbitraries.of(
                                "паспорт",
                                "паспорт №",
                                "закордонний паспорт серії",
                                "ID-картка",
                                "id-карта номер",
                                "посвідка",
                                "паспорт номер",
                                "paspoort",
                                "paspoort nr.",
                                "ID-kaart",
                                "passport number",
                                "ID card:"),
                        Arbitraries.oneOf(bare, Arbitraries.strings().numeric().ofLength(9)))
                .as((word, number) -> word + " " + number);
        return Combinators.combine(sentence(), Arbitraries.oneOf(bare, withWord))
                .as((s, d) -> new Sample(String.format(s, d), d, List.of()));
    }

    // ------------------------------------------------------------------ dates of birth

    static Arbitrary<Sample> birthDates() {
        Arbitrary<LocalDate> adult = Arbitraries.integers()
                .between(0, 25_000)
                .map(days -> LocalDate.of(1940, 1, 1).plusDays(days))
                .filter(d -> d.getYear() < 2010);
        Arbitrary<LocalDate> child = Arbitraries.integers()
                .between(0, 5_000)
                .map(days -> LocalDate.of(2010, 1, 1).plusDays(days));
        Arbitrary<String> numericFormat =
                Arbitraries.of("d.M.yyyy", "dd.MM.yyyy", "d-M-yyyy", "dd/MM/yyyy", "yyyy-MM-dd");
        Arbitrary<String> bornWord = Arbitraries.of(
                "народилася",
                "я народився",
                "дата народження:",
                "родилась",
                "дата рождения",
                "geboren op",
                "geb.",
                "geboortedatum:",
                "born on",
                "date of birth:",
                "d.o.b.");
        Arbitrary<String> withWord = Combinators.combine(bornWord, Arbitraries.oneOf(adult, child), numericFormat)
                .as((w, d, f) -> w + " " + d.format(java.time.format.DateTimeFormatter.ofPattern(f)));
        Arbitrary<String> written = Combinators.combine(
                        Arbitraries.of("народилася %s", "geboren op %s", "born on %s", "родилась %s"),
                        Arbitraries.oneOf(adult, child),
                        Arbitraries.of(Locale.forLanguageTag("uk"), Locale.forLanguageTag("nl"), Locale.ENGLISH))
                .as((w, d, locale) -> String.format(
                        w,
                        d.format(java.time.format.DateTimeFormatter.ofPattern(
                                locale == Locale.ENGLISH ? "MMMM d, yyyy" : "d MMMM yyyy", locale))));
        Arbitrary<String> bare = Combinators.combine(adult, numericFormat)
                .as((d, f) -> d.format(java.time.format.DateTimeFormatter.ofPattern(f)));
        Arbitrary<String> abbreviated = Combinators.combine(adult, Arbitraries.of(" р.н.", " г.р."))
                .as((d, suffix) -> d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + suffix);
        return Combinators.combine(sentence(), Arbitraries.oneOf(withWord, written, bare, abbreviated))
                .as((s, d) -> new Sample(String.format(s, d), d, List.of()));
    }

    // ------------------------------------------------------------------ handles and obfuscated e-mail addresses

    private static Arbitrary<String> userNames() {
        return Combinators.combine(
                        Arbitraries.of("iryna", "olena", "dmytro", "sanne", "natalia", "s"),
                        Arbitraries.of("_", ".", "", "_"),
                        Arbitraries.of("boiko", "koval", "shevchenko", "devries", "kuznetsov"),
                        Arbitraries.integers().between(0, 99).map(i -> i < 50 ? "" : String.valueOf(i)))
                .as((a, sep, b, n) -> a + sep + b + n);
    }

    static Arbitrary<Sample> handles() {
        return Combinators.combine(
                        sentence(),
                        userNames(),
                        Arbitraries.of(
                                "@%s",
                                "Telegram @%s",
                                "Instagram: @%s",
                                "t.me/%s",
                                "https://t.me/%s",
                                "instagram.com/%s",
                                "https://www.instagram.com/%s/"))
                .as((s, user, f) -> new Sample(String.format(s, String.format(f, user)), user, List.of()));
    }

    static Arbitrary<Sample> obfuscatedEmails() {
        return Combinators.combine(
                        sentence(),
                        userNames(),
                        Arbitraries.of("gmail.com", "ukr.net", "i.ua", "outlook.com", "hotmail.nl", "mail.ru"),
                        Arbitraries.of(
                                "%s at %s dot %s",
                                "%s AT %s DOT %s",
                                "%s(at)%s.%s",
                                "%s (at) %s (dot) %s",
                                "%s [at] %s [dot] %s",
                                "%s[at]%s[dot]%s",
                                "%s {at} %s.%s",
                                "%s at %s punt %s",
                                "%s собака %s.%s",
                                "%s at %s.%s"))
                .as((s, user, domain, f) -> {
                    int dot = domain.lastIndexOf('.');
                    String address = String.format(f, user, domain.substring(0, dot), domain.substring(dot + 1));
                    return new Sample(String.format(s, address), user, List.of());
                });
    }

    // ------------------------------------------------------------------ IBANs with wrong check digits

    static Arbitrary<Sample> ibansWithWrongCheckDigits() {
        Arbitrary<String> wrong = Combinators.combine(
                        validIban(), Arbitraries.integers().between(1, 96))
                .as((iban, shift) -> {
                    int check = Integer.parseInt(iban.substring(2, 4));
                    int other = 2 + (check - 2 + shift) % 97;
                    return iban.substring(0, 2) + String.format("%02d", other) + iban.substring(4);
                })
                .filter(iban -> !PatternRedactor.isValidIban(iban));
        Arbitrary<String> formatted = Combinators.combine(wrong, Arbitraries.of("compact", "groups", "lower"))
                .as((iban, f) -> switch (f) {
                    case "groups" -> iban.replaceAll("(.{4})(?!$)", "$1 ");
                    case "lower" -> iban.toLowerCase(Locale.ROOT);
                    default -> iban;
                });
        return inSentence(formatted, "IBAN");
    }

    // ------------------------------------------------------------------ streets without a suffix

    static Arbitrary<Sample> streetsWithoutSuffix() {
        Arbitrary<String> number = Combinators.combine(
                        Arbitraries.integers().between(1, 350), Arbitraries.of("", "a", "B", "-2"))
                .as((n, add) -> n + add);
        Arbitrary<Sample> kindFirst = Combinators.combine(
                        Arbitraries.of(
                                "Laan van Meerdervoort",
                                "Laan van Nieuw Oost-Indië",
                                "Plein 1944",
                                "Oude Gracht",
                                "Grote Markt",
                                "Kade",
                                "Singel",
                                "Dreef",
                                "Hof van Delft"),
                        number,
                        sentence())
                .as((street, n, s) -> new Sample(String.format(s, street + " " + n), street, List.of()));
        Arbitrary<Sample> whereTheyLive = Combinators.combine(
                        Arbitraries.of(
                                "Ik woon op %s",
                                "Wij wonen aan de %s",
                                "I live at %s",
                                "We live on %s",
                                "Я живу на %s",
                                "Мы живём на %s",
                                "Адреса: %s",
                                "Mijn adres: %s",
                                "Address: %s"),
                        Arbitraries.of("Lange Voorhout", "Damrak", "Oudegracht", "Laan van Meerdervoort", "Coolsingel"),
                        number)
                .as((s, street, n) -> new Sample(String.format(s, street + " " + n), street, List.of()));
        return Arbitraries.oneOf(kindFirst, whereTheyLive);
    }
}
