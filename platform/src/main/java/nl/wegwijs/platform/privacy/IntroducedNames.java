package nl.wegwijs.platform.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names people introduce themselves (or someone else) with: "Мене звати Марія Іваненко", "Я Ірина
 * Бойко", "Hi, I'm Anna-Maria van der Berg", "Ia Natalia Shevchenko", "Ik ben Sanne", "Это Анна
 * Петрова". Only capitalised, name-like words right after the introduction count, so "Я хочу…", "I am
 * looking for work" and "ik ben op zoek" lose nothing; nationalities, languages, places and polite
 * pronouns ("I am Ukrainian", "Як Вас звати") are not names.
 *
 * <ul>
 *   <li>explicit introductions ("my name is", "мене звати", "меня зовут", "ik heet", "ПІБ:") count
 *       anywhere, with one name word or more;
 *   <li>a bare "I am", "I'm", "ik ben" counts anywhere; "я", "ia", "ya" (Latin-letter Ukrainian and
 *       Russian) only at the start of a sentence or clause or after a greeting ("Привіт я Ірина");
 *   <li>"це", "это", "this is", "dit is" only there too, and only with a first and last name ("Це
 *       Ірина Бойко", not "Це Амстердам?").
 * </ul>
 */
final class IntroducedNames {

    /** Where a name was introduced: its span in the text and the name itself. */
    record Found(int start, int end, String name) {}

    private static final String EXPLICIT = "my\\h+name\\h+is|my\\h+name's|her\\h+name\\h+is|his\\h+name\\h+is"
            + "|i\\h+am\\h+called|i['’]m\\h+called|call\\h+me|mijn\\h+naam\\h+is|haar\\h+naam\\h+is|zijn\\h+naam\\h+is"
            + "|ik\\h+heet|ze\\h+heet|hij\\h+heet|zij\\h+heet"
            + "|звати|звуть|зовут|звать|моє\\h+ім['’ʼ]я|моё\\h+имя|мое\\h+имя|ім['’ʼ]я|имя|піб|фіо|фио"
            + "|mene\\h+zvaty|mene\\h+zvut|menia\\h+zvaty|menia\\h+zovut|menya\\h+zovut|menja\\h+zovut|zovut|zvaty"
            + "|name\\h*:|naam\\h*:";
    private static final String PRONOUN = "i\\h+am|i['’]m|ik\\h+ben|я|ia|ya";
    private static final String DEMONSTRATIVE = "це|это|this\\h+is|dit\\h+is";
    /** Pronoun introductions that only count at the start of a sentence or clause. */
    private static final Set<String> CLAUSE_START_ONLY = Set.of("я", "ia", "ya");

    /** A capitalised word: a capital, then a small letter or apostrophe ("Anna-Maria", "O'Brien"; not "BSN", "IT"). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'’ʼ][\\p{L}'’ʼ-]*";

    private static final Set<String> PARTICLES = Set.of(
            "van", "de", "der", "den", "ter", "ten", "von", "da", "di", "du", "dos", "del", "la", "le", "el", "al",
            "bin", "ibn", "het", "'t", "’t");
    private static final String PARTICLE = "van|de|der|den|ter|ten|von|da|di|du|dos|del|la|le|el|al|bin|ibn|het|['’]t";

    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’ʼ])(?iu:(?<explicit>" + EXPLICIT + ")|(?<pronoun>" + PRONOUN + ")|(?<demonstrative>"
                    + DEMONSTRATIVE + "))(?![\\p{L}\\p{N}'’ʼ])\\h*[:,\\-–—]?\\h*"
                    + "(?<words>" + NAME_WORD + "(?:\\h+(?:" + NAME_WORD + "|(?:" + PARTICLE + ")(?=\\h)))*)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Titles before a name ("I am Mrs Smith"): skipped, neither a name nor the end of one. */
    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "mevrouw",
            "mevr",
            "meneer",
            "dhr",
            "пан",
            "пані",
            "господин",
            "госпожа",
            "pan",
            "pani");

    /**
     * Capitalised words that follow "I am", "я", "ik ben" and are not names: nationalities, languages,
     * countries and cities, organisations. Compared by {@link Redactor#skeleton} prefix, so inflected
     * and transliterated forms are covered ("Українка", "Oekraïense"); no prefix may start a given name
     * ("Christ" would hide Christina, "German" Герман, "Росі" Rosie).
     */
    private static final List<String> NOT_NAMES = Stream.of(
                    // countries, nationalities, languages
                    "Ukrain Україн Украин Oekraï Nederland Нідерланд Нидерланд Holland Голланд Dutch English",
                    "Engels Англ Russia Russisch Russin Росія Російськ Росіян Россия Российск Россиян Русск",
                    "Руськ Europ Європ Европ Duits Німе Немец Немк Polish Pools Польк Поляк",
                    // cities
                    "Amsterdam Амстердам Rotterdam Роттердам Utrecht Утрехт Haag Гааг Eindhoven Kyiv Kiev",
                    "Київ Києв Киев Kharkiv Харків Харьков Odes Одес Lviv Львів Львов Dnipr Дніпр Днепр",
                    // organisations and what people are
                    "Gemeente Гемеенте Червон Красн Kruis Cross Хрест Крест Muslim Мусульм Refugee Vluchteling",
                    "Біжен Бежен Student Студент")
            .flatMap(line -> Arrays.stream(line.split(" ")))
            .map(Redactor::skeleton)
            .toList();
    /** Polite pronouns, capitalised in letters ("Як Вас звати?"): exact words. */
    private static final Set<String> POLITE = Set.of(
            "ви", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваші", "вашого", "вашої", "вашому", "вашим", "вашій",
            "вашу", "вы", "ваши", "вашего", "вашей", "вашему", "uw", "u", "you", "your");

    private static final Set<String> GREETINGS = Set.of(
            "привіт",
            "вітаю",
            "день",
            "дня",
            "вечір",
            "ранку",
            "здрастуйте",
            "здравствуйте",
            "привет",
            "вечер",
            "утро",
            "hi",
            "hello",
            "hey",
            "dear",
            "morning",
            "afternoon",
            "evening",
            "hallo",
            "hoi",
            "dag",
            "goedendag",
            "goedemorgen",
            "goedemiddag",
            "goedenavond",
            "privit",
            "pryvit",
            "vitayu",
            "vitaiu",
            "privet",
            "zdravstvuyte",
            "zdravstvuite");
    private static final String CLAUSE_ENDS = ".!?,;:()[]\"«»„“”—–-…\n\r";

    private IntroducedNames() {}

    /** Every name introduced in the text, in order of appearance. */
    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = INTRODUCTION.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Found name = name(text, m);
            if (name != null) {
                found.add(name);
                from = name.end();
            } else {
                from = m.start() + 1;
            }
        }
        return found;
    }

    /** The name after one introduction, or null when the words after it are not a name. */
    private static Found name(String text, Matcher m) {
        String trigger = (m.group("explicit") != null
                        ? m.group("explicit")
                        : m.group("pronoun") != null ? m.group("pronoun") : m.group("demonstrative"))
                .toLowerCase(Locale.ROOT);
        boolean demonstrative = m.group("demonstrative") != null;
        if ((demonstrative || CLAUSE_START_ONLY.contains(trigger)) && !atClauseStart(text, m.start())) {
            return null;
        }
        int start = -1;
        int end = -1;
        int nameWords = 0;
        Matcher word = WORD.matcher(text).region(m.start("words"), m.end("words"));
        while (word.find()) {
            String w = word.group();
            String lower = w.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(lower)) {
                if (start < 0) {
                    break;
                }
                continue; // kept only between name words
            }
            if (TITLES.contains(lower.replace(".", ""))) {
                if (start < 0) {
                    continue;
                }
                break;
            }
            if (!isNameLike(w)) {
                break;
            }
            if (start < 0) {
                start = word.start();
            }
            end = word.end();
            nameWords++;
        }
        if (start < 0 || nameWords < (demonstrative ? 2 : 1)) {
            return null;
        }
        return new Found(start, end, text.substring(start, end));
    }

    static boolean isNameLike(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < 2 || POLITE.contains(lower) || lower.startsWith("ваш")) {
            return false;
        }
        String skeleton = Redactor.skeleton(word);
        return NOT_NAMES.stream().noneMatch(skeleton::startsWith);
    }

    /** At the start of the text, after punctuation, or after a greeting ("Привіт я …", "Hello, I'm …"). */
    private static boolean atClauseStart(String text, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        if (i < 0 || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return GREETINGS.contains(text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT));
    }
}
