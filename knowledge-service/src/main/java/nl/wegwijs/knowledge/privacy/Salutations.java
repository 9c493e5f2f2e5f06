package nl.wegwijs.knowledge.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message opens and closes, in Ukrainian, Russian, Dutch and English (Latin-letter Ukrainian and
 * Russian too): a salutation ("Beste Mykola,", "Шановний Олеже,", "Dear Anna,", "Добрий день, Олено!", "Beste
 * [name],"), a sign-off ("Met vriendelijke groet, Anna (Wegwijs)", "З повагою, Олена", "Дякую, Олег Бондар",
 * "Kind regards,\nAnna") and a bare introduction at the very start ("Mykola Hrytsenko uit Kyiv.", "Svitlana
 * Kravets here."). A staff answer becomes a draft's body without its salutation and sign-off ({@link
 * #withoutSalutationAndSignOff}); a draft's title is never one of these sentences; the capitalised words they
 * hold are names ({@link #namesIn}), which {@link PersonalData} redacts and points out.
 *
 * <p>Only what these patterns recognise: a name in the middle of a text is the platform redaction's to find.
 * Pure and thread-safe.
 */
public final class Salutations {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** Words that open a message, before the addressee. */
    private static final String GREETING = "(?iu:dear|hello|hi|hey|good\\h+(?:morning|afternoon|evening|day)|greetings"
            + "|beste|geachte|hallo|hoi|dag|goedemorgen|goedemiddag|goedenavond|goedendag|lieve"
            + "|шановн(?:ий|а|і|ого)|дорог(?:ий|а|і|ой|ая|ие)|добр(?:ий|ого)\\h+(?:день|дня|ранку|вечір|вечора)|добридень"
            + "|доброго\\h+(?:дня|ранку|вечора|утра)|вітаю|привіт|здрастуйте|здрастуй|уважаем(?:ый|ая|ые)"
            + "|добр(?:ый|ое)\\h+(?:день|утро|вечер)|привет|здравствуйте|здравствуй"
            + "|shanovn(?:yi|yy|iy|yj|a|i)|dobr(?:yi|yy|iy|yj|yi)\\h+den|dobroho\\h+dnia|dobroho\\h+dnya|dobrogo\\h+dnya"
            + "|dobryi\\h+den|vitaiu|vitayu|pryvit|zdrastuite|zdrastuyte|zdravstvuite|zdravstvuyte|uvazhaem(?:yi|yy|aya))"
            + "(?![\\p{L}])";

    /** Words that close a message, before the sender's name. */
    private static final String SIGN_OFF = "(?iu:met\\h+vriendelijke\\h+groet(?:en)?|vriendelijke\\h+groet(?:en)?"
            + "|met\\h+hartelijke\\h+groet(?:en)?|hartelijke\\h+groet(?:en)?|groet(?:en|jes)?|mvg|hoogachtend"
            + "|alvast\\h+bedankt|bij\\h+voorbaat\\h+dank|dank\\h+je(?:\\h+wel)?|dank\\h+u(?:\\h+wel)?|bedankt"
            + "|kind\\h+regards|best\\h+regards|warm\\h+regards|kindest\\h+regards|regards|best\\h+wishes"
            + "|all\\h+the\\h+best|sincerely|yours\\h+sincerely|yours\\h+faithfully|thanks\\h+in\\h+advance"
            + "|many\\h+thanks|thanks|thank\\h+you|cheers|take\\h+care"
            + "|з\\h+повагою|із\\h+повагою|з\\h+найкращими\\h+побажаннями|щиро\\h+ваш(?:а)?|заздалегідь\\h+дякую"
            + "|дуже\\h+дякую|дякую|дякуємо|всього\\h+найкращого|гарного\\h+дня|на\\h+все\\h+добре"
            + "|с\\h+уважением|с\\h+наилучшими\\h+пожеланиями|заранее\\h+спасибо|большое\\h+спасибо|спасибо"
            + "|благодарю|всего\\h+доброго|всего\\h+наилучшего|хорошего\\h+дня"
            + "|z\\h+povahoiu|z\\h+povahoyu|z\\h+povagoyu|diakuiu|dyakuyu|diakuiemo|dyakuyemo|s\\h+uvazheniem"
            + "|spasibo|blagodaryu)"
            + "(?![\\p{L}])";

    /** A capitalised word: a capital, then a small letter or apostrophe ("Anna-Maria", "O'Brien"; not "BSN"). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'’ʼ][\\p{L}'’ʼ-]*";

    private static final String PARTICLE = "van|de|der|den|ter|ten|von|da|di|du|la|le|el|al";
    /** Courtesy titles before a name: part of a salutation, never a name. */
    private static final String HONORIFIC = "(?iu:mr|mrs|ms|miss|dr|sir|madam|mevrouw|mevr|meneer|heer|dhr|pan|pani"
            + "|пане|пані|пан|господин|госпожа|госпожо|пане|добродію)\\.?";
    /** Lower-case words that address people without naming them ("Dear all", "Hallo allemaal"). */
    private static final String ADDRESS_WORD =
            "(?iu:all|everyone|there|team|allemaal|iedereen|колеги|друзі|друзья" + "|коллеги|всім|всем)";

    /** First words of an answer that are no addressee ("Hallo, Ja, dat mag"). */
    private static final String NOT_ADDRESSED =
            "(?!(?iu:ja|nee|yes|no|так|ні|да|нет|helaas|unfortunately)(?![\\p{L}]))";

    private static final String ADDRESSEE = NOT_ADDRESSED + "(?:\\[name]|" + HONORIFIC + "|" + NAME_WORD + "|(?:"
            + PARTICLE + ")(?=\\h+\\p{Lu})|" + ADDRESS_WORD + ")(?![\\p{L}])";

    /**
     * A salutation at the start: a greeting, up to four words naming who is addressed, then punctuation or the
     * end of the line ("Beste Mykola, een ..." keeps "een ..."). A redacted name alone ("[name], ...") too.
     */
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*(?:" + GREETING + "(?<names>(?:[\\h,]+" + ADDRESSEE + "){0,4})\\h*(?:[,!:;.]+|(?=\\R)|$)"
                    + "|\\[name]\\h*[,!:])\\s*",
            FLAGS);

    /**
     * A sign-off: at the start of the text, a line or a sentence, followed by punctuation, a line break or the
     * end ("Thanks to the new law ..." is none).
     */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:^|(?<=[\\n\\r])|(?<=[.!?…]\\h))\\h*" + SIGN_OFF + "\\h*(?:[,!.:;—–-]|(?=\\R)|$)", FLAGS);

    /**
     * Someone naming themselves without a verb at the very start: a first and last name and where they are from
     * ("Mykola Hrytsenko uit Kyiv.", "Олена Коваль з Харкова"), or a name and "here" ("Svitlana Kravets here.",
     * "Olena here"). Not a greeting or sign-off ("Greetings from Kyiv", "Groeten uit Kyiv").
     */
    private static final Pattern BARE_INTRODUCTION = Pattern.compile(
            "^\\s*(?!" + GREETING + ")(?!" + SIGN_OFF + ")(?:(?<names>" + NAME_WORD + "(?:\\h+(?:(?:" + PARTICLE
                    + ")\\h+)?" + NAME_WORD + "){1,3})\\h*,?\\h+(?iu:uit|from|з|із|зі|из|iz|zi)\\h+\\p{Lu}"
                    + "|(?<here>" + NAME_WORD + "(?:\\h+(?:(?:" + PARTICLE + ")\\h+)?" + NAME_WORD + "){0,3})"
                    + "\\h*,?\\h+(?iu:here|hier|тут|здесь|speaking)(?![\\p{L}]))",
            FLAGS);

    private static final Pattern NAME_RUN =
            Pattern.compile(NAME_WORD + "(?:\\h+(?:(?:" + PARTICLE + ")\\h+)*" + NAME_WORD + ")*", FLAGS);

    /** The longest tail a sign-off may have (the sender's name, role, organisation) to be one. */
    private static final int SIGN_OFF_TAIL = 160;

    private static final int SIGN_OFF_LINES = 5;

    /** Capitalised words in salutations that name no person: organisations, roles, courtesy words. */
    private static final Set<String> NOT_NAMES = Set.of(
            "wegwijs",
            "helpdesk",
            "team",
            "support",
            "servicedesk",
            "klantenservice",
            "vrijwilliger",
            "vrijwilligers",
            "volunteer",
            "volunteers",
            "gemeente",
            "municipality",
            "sir",
            "madam",
            "mevrouw",
            "meneer",
            "heer",
            "колеги",
            "команда",
            "служба",
            "підтримка",
            "поддержка",
            "волонтер",
            "волонтери",
            "волонтеры",
            "гемеенте",
            "пане",
            "пані",
            "пан",
            "господин",
            "госпожа",
            "all",
            "everyone");

    /** Lower-case words a signature may hold besides names: roles, "on behalf of". */
    private static final Set<String> SIGNATURE_WORDS = Set.of(
            "namens",
            "on",
            "behalf",
            "of",
            "for",
            "medewerker",
            "coordinator",
            "coördinator",
            "adviseur",
            "consultant",
            "від",
            "от",
            "імені",
            "имени",
            "консультант",
            "координатор",
            "and",
            "en",
            "і",
            "и",
            "та");

    private Salutations() {}

    /**
     * The text without a salutation opening it and a sign-off closing it: "Beste Mykola, een ..." becomes "Een
     * ...", "...\n\nMet vriendelijke groet,\nAnna\nWegwijs" loses its last three lines.
     */
    public static String withoutSalutationAndSignOff(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String body = withoutSignOff(withoutOpening(text.strip()));
        return body.strip();
    }

    /** Whether the sentence opens the message with a greeting or closes it with a sign-off or thanks. */
    public static boolean opensOrCloses(String sentence) {
        String s = sentence.strip();
        Matcher opening = OPENING.matcher(s);
        if (opening.find() && s.substring(opening.end()).isBlank()) {
            return true;
        }
        Matcher closing = CLOSING.matcher(s);
        return closing.find() && closing.start() == 0 && signatureFollows(s, closing.end());
    }

    /** Whether the sentence is someone naming themselves without a verb: "Mykola Hrytsenko uit Kyiv.". */
    public static boolean isBareIntroduction(String sentence) {
        return BARE_INTRODUCTION.matcher(sentence).find();
    }

    /**
     * The names a salutation, a sign-off or a bare introduction holds, in order, without repeats: "Beste
     * Mykola," gives "Mykola", "Дякую, Олег Бондар" gives "Олег Бондар", "Kind regards,\nAnna de Vries\nWegwijs"
     * gives "Anna de Vries".
     */
    public static List<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Matcher bare = BARE_INTRODUCTION.matcher(text);
        if (bare.find()) {
            addNames(names, bare.group("names") != null ? bare.group("names") : bare.group("here"));
        }
        Matcher opening = OPENING.matcher(text);
        if (opening.find() && opening.group("names") != null) {
            addNames(names, opening.group("names"));
        }
        int signOff = signOffStart(text);
        if (signOff >= 0) {
            Matcher closing = CLOSING.matcher(text);
            if (closing.find(signOff)) {
                for (String line : text.substring(closing.end()).split("\\R")) {
                    addNames(names, line.replaceAll("\\([^)]*\\)", " "));
                }
            }
        }
        return List.copyOf(names);
    }

    private static void addNames(Set<String> names, String words) {
        Matcher run = NAME_RUN.matcher(words);
        while (run.find()) {
            List<String> kept = new ArrayList<>();
            for (String word : run.group().split("\\h+")) {
                if (!notAName(word)) {
                    kept.add(word);
                }
            }
            while (!kept.isEmpty() && kept.getLast().matches("(?iu:" + PARTICLE + ")")) {
                kept.removeLast();
            }
            if (!kept.isEmpty() && kept.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                names.add(String.join(" ", kept));
            }
        }
    }

    private static boolean notAName(String word) {
        for (String part : word.toLowerCase(Locale.ROOT).split("[-'’ʼ]")) {
            if (NOT_NAMES.contains(part)) {
                return true;
            }
        }
        return word.matches("(?iu:" + HONORIFIC + ")");
    }

    private static String withoutOpening(String text) {
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            return text;
        }
        String rest = text.substring(opening.end());
        if (rest.isBlank()) {
            return text; // nothing but the greeting: not a salutation before something
        }
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private static String withoutSignOff(String text) {
        int start = signOffStart(text);
        return start < 0 ? text : text.substring(0, start);
    }

    /** Where a sign-off near the end starts (its tail short, a few lines, no question in it), or -1. */
    private static int signOffStart(String text) {
        Matcher closing = CLOSING.matcher(text);
        int from = Math.max(0, text.length() - SIGN_OFF_TAIL - 60);
        while (closing.find(from)) {
            if (signatureFollows(text, closing.end())) {
                return closing.start();
            }
            from = closing.end();
        }
        return -1;
    }

    /**
     * What follows a sign-off phrase is a signature: short, a few lines, each only names, initials, an
     * organisation or role, a redaction marker, an address on the web ("Anna (Wegwijs)", "Олег Бондар",
     * "Anna de Vries\nHelpdesk Wegwijs"), not more of the message ("Thanks, we will call you.").
     */
    private static boolean signatureFollows(String text, int from) {
        String tail = text.substring(from).strip();
        if (tail.length() > SIGN_OFF_TAIL) {
            return false;
        }
        String[] lines = tail.split("\\R");
        if (lines.length > SIGN_OFF_LINES) {
            return false;
        }
        for (String line : lines) {
            String words = line.replaceAll("[()\\[\\],;:/|–—!.-]", " ").strip();
            if (words.isEmpty()) {
                continue;
            }
            String[] each = words.split("\\s+");
            if (each.length > 6) {
                return false;
            }
            for (String word : each) {
                if (!signatureWord(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean signatureWord(String word) {
        if (!word.chars().anyMatch(Character::isLetter)) {
            return true; // digits, symbols
        }
        if (Character.isUpperCase(word.codePointAt(0)) || word.contains("@") || word.contains(".")) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return NOT_NAMES.contains(lower)
                || SIGNATURE_WORDS.contains(lower)
                || lower.matches(PARTICLE)
                || lower.equals("name");
    }
}
