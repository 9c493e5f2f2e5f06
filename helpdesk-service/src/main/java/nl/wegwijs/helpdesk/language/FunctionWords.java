package nl.wegwijs.helpdesk.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small words a sentence cannot do without (how, the, can / hoe, het, kan / ich, und / jest, się / хто, що / кто,
 * что), per language the helpdesk receives: evidence of the language a question is written in that the nouns in it (often
 * Dutch names of Dutch things, or names of people) cannot outvote. Only words that are not also common in another of
 * these languages or in Ukrainian or Russian typed in Latin letters count ("in", "is", "me", "we", "an", "am", "will",
 * "er", "sie", "de", "i", "a", "my", "to" do not).
 */
final class FunctionWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    static final Set<String> ENGLISH = Set.of(
            "the", "how", "what", "where", "when", "why", "who", "which", "can", "could", "do", "does", "did", "are",
            "were", "have", "has", "your", "you", "i'm", "for", "with", "get", "please", "there", "this", "that", "it",
            "and", "or", "if", "would", "should", "need", "want", "at", "from", "about", "after", "before");

    static final Set<String> DUTCH = Set.of(
            "het", "een", "ik", "je", "jij", "hoe", "wat", "waar", "wanneer", "waarom", "welke", "kan", "kun", "kunt",
            "mag", "moet", "wil", "heb", "heeft", "hebben", "mijn", "ons", "onze", "zijn", "wordt", "worden", "voor",
            "van", "met", "naar", "aan", "niet", "geen", "ook", "nog", "bij", "dat", "deze", "dit", "om", "uit",
            "krijg", "krijgen", "graag", "bedankt");

    static final Set<String> GERMAN = Set.of(
            "ich", "und", "der", "das", "ist", "nicht", "ein", "eine", "einen", "einem", "mein", "meine", "meinen",
            "mit", "für", "bei", "auf", "zu", "kann", "können", "wo", "bin", "habe", "haben", "wir", "mir", "mich",
            "bitte", "danke", "bekomme", "brauche", "gibt", "es", "wann", "warum", "welche");

    static final Set<String> POLISH = Set.of(
            "jest",
            "jestem",
            "nie",
            "gdzie",
            "czy",
            "moge",
            "mogę",
            "prosze",
            "proszę",
            "dziekuje",
            "dziękuję",
            "dzien",
            "dzień",
            "mam",
            "co",
            "sie",
            "się",
            "jak",
            "kiedy",
            "ile",
            "dla",
            "mnie",
            "moja",
            "moje",
            "w");

    /**
     * Ukrainian words Russian does not have (Russian: кто, что, как, где, когда, почему, это, мне...): they tell a short
     * Cyrillic question without і, ї, є or ґ from Russian. Words with those letters are listed too, for a text that
     * also has Russian letters.
     */
    static final Set<String> UKRAINIAN = Set.of(
            "хто",
            "що",
            "як",
            "де",
            "коли",
            "чому",
            "це",
            "цей",
            "ця",
            "ці",
            "мені",
            "мене",
            "потрібно",
            "потрібна",
            "потрібен",
            "потрібні",
            "можна",
            "якщо",
            "чи",
            "або",
            "щоб",
            "бо",
            "але",
            "й",
            "з",
            "із",
            "зі",
            "від",
            "ви",
            "ми",
            "він",
            "вона",
            "воно",
            "вони",
            "його",
            "її",
            "їх",
            "мій",
            "мої",
            "яка",
            "який",
            "яке",
            "які",
            "куди",
            "скільки",
            "навіщо",
            "треба",
            "дякую",
            "ласка",
            "також",
            "теж",
            "ще",
            "вже",
            "чого",
            "чим",
            "немає",
            "є",
            "маю",
            "має",
            "можу",
            "може",
            "буде",
            "було",
            "був",
            "була",
            "дуже",
            "тільки",
            "лише");

    /**
     * Russian words Ukrainian does not have (Ukrainian: хто, що, як, де, коли, чому, це, мені...); see {@link
     * #UKRAINIAN}.
     */
    static final Set<String> RUSSIAN = Set.of(
            "кто",
            "что",
            "как",
            "где",
            "когда",
            "почему",
            "это",
            "этот",
            "эта",
            "эти",
            "мне",
            "меня",
            "нужно",
            "нужна",
            "нужен",
            "нужны",
            "надо",
            "можно",
            "нельзя",
            "если",
            "или",
            "ли",
            "чтобы",
            "и",
            "с",
            "со",
            "к",
            "ко",
            "из",
            "вы",
            "мы",
            "ты",
            "он",
            "она",
            "оно",
            "они",
            "его",
            "их",
            "мой",
            "какая",
            "какой",
            "какое",
            "какие",
            "куда",
            "откуда",
            "сколько",
            "зачем",
            "пожалуйста",
            "спасибо",
            "здравствуйте",
            "также",
            "тоже",
            "еще",
            "ещё",
            "чего",
            "чем",
            "ничего",
            "нет",
            "есть",
            "могу",
            "может",
            "будет",
            "было",
            "был",
            "была",
            "были",
            "очень",
            "только",
            "сейчас",
            "здесь");

    /**
     * Endings of words only one of the two has: Ukrainian -ння (навчання), infinitives in -ити, -увати, -тися
     * (платити, працювати, записатися); Russian -ие, -ия, -ое, -его, -шь (обучение, регистрация, платное, своего,
     * можешь). Words shorter than {@value #ENDING_MINIMUM_LENGTH} letters do not count ("шия" is Ukrainian).
     */
    private static final Pattern UKRAINIAN_ENDING = Pattern.compile(".*(?:ння|ити|увати|ювати|тися)");

    private static final Pattern RUSSIAN_ENDING = Pattern.compile(".*(?:ие|ия|ое|его|шь)");

    static final int ENDING_MINIMUM_LENGTH = 5;

    /** Letters of Ukrainian that Russian does not have, and the other way round. */
    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїєґІЇЄҐ]");

    private static final Pattern RUSSIAN_LETTERS = Pattern.compile("[ыэъёЫЭЪЁ]");

    private FunctionWords() {}

    /**
     * Ukrainian or Russian, by what only one of them has: letters (і ї є ґ / ы э ъ ё) when the text has those of one
     * language only; otherwise the function words and endings, whichever language has more. {@code null} when that
     * does not tell (none, or as many of each): the detector's first choice stands.
     */
    static Language ukrainianOrRussian(String text) {
        boolean ukrainianLetters = UKRAINIAN_LETTERS.matcher(text).find();
        boolean russianLetters = RUSSIAN_LETTERS.matcher(text).find();
        if (ukrainianLetters != russianLetters) {
            return ukrainianLetters ? Language.UKRAINIAN : Language.RUSSIAN;
        }
        int ukrainian = 0;
        int russian = 0;
        for (String word : words(text)) {
            if (UKRAINIAN.contains(word)) {
                ukrainian++;
            } else if (RUSSIAN.contains(word)) {
                russian++;
            } else if (word.length() >= ENDING_MINIMUM_LENGTH) {
                if (UKRAINIAN_ENDING.matcher(word).matches()) {
                    ukrainian++;
                } else if (RUSSIAN_ENDING.matcher(word).matches()) {
                    russian++;
                }
            }
        }
        if (ukrainian == russian) {
            return null;
        }
        return ukrainian > russian ? Language.UKRAINIAN : Language.RUSSIAN;
    }

    /** The words of the text in lower case, apostrophes kept ("i'm"). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** How many of the words are in {@code functionWords} (each occurrence counts). */
    static int count(List<String> words, Set<String> functionWords) {
        return (int) words.stream().filter(functionWords::contains).count();
    }
}
