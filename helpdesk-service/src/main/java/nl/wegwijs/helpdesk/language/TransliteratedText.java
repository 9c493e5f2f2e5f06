package nl.wegwijs.helpdesk.language;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wegwijs.platform.language.Transliteration;

/**
 * Recognises Ukrainian and Russian typed in Latin letters ("de otrymaty BSN?", "Nuzhna pomoshch s
 * zhilyom"), which statistical detectors trained on native scripts read as Polish, German, Dutch or
 * nonsense. Scores words that only occur in such transliterations; weak words that are also Dutch,
 * English or Polish ("de", "pro", "dokumentami") count half. Spellings Polish never uses (zh, kh,
 * shch, y before a vowel, endings -iy/-yy) add half a point each; Polish letters (ą ę ł ś ż ...),
 * sz/cz/rz and common Polish words are evidence against, so real Polish stays Polish, and so are English and Dutch
 * function words ({@link FunctionWords}): "Hi, I'm Serhiy, how can I apply for..." is English with a Ukrainian name,
 * not transliteration. It recognises such text;
 * writing it in the other script is the platform's {@link Transliteration}.
 */
final class TransliteratedText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private static final Set<String> UK = Set.of(
            "otrymaty",
            "otrymuvaty",
            "otrymat",
            "potribno",
            "potribna",
            "potriben",
            "treba",
            "mozhna",
            "mozhu",
            "chy",
            "shcho",
            "shchob",
            "yakshcho",
            "yak",
            "meni",
            "mene",
            "dopomoha",
            "dopomohu",
            "dopomogu",
            "dopomohy",
            "dopomogy",
            "roboty",
            "robotu",
            "robota",
            "zhytlo",
            "zhytla",
            "hroshi",
            "likar",
            "likarya",
            "likaria",
            "likarnia",
            "strakhuvannia",
            "strakhuvannya",
            "ditey",
            "ditei",
            "dytyny",
            "dytyna",
            "shkoly",
            "movy",
            "kursy",
            "bud",
            "laska",
            "dyakuyu",
            "diakuiu",
            "dyakuiu",
            "zareiestruvatysia",
            "zareyestruvatysya",
            "reiestratsiia",
            "reyestratsiya",
            "maiu",
            "mayu",
            "nemaye",
            "nemaie",
            "koly",
            "skilky",
            "dlia",
            "dlya",
            "vyplaty",
            "vyplata",
            "pidtrymka",
            "hromadi",
            "ukrainy",
            "ukrayiny",
            "niderlandakh",
            "hollandii",
            "de",
            "tut",
            "nas",
            "pro",
            "vy",
            "vam",
            "ya",
            "dokumenty",
            "yaki",
            "yakyi",
            "chomu",
            "kudy",
            "zvernutysia",
            "zvernutysya",
            "pratsiuvaty",
            "pratsyuvaty",
            "kvartyru",
            "kvartyra",
            "shukaty",
            "znayty",
            "znaity",
            "mii",
            "miy",
            "moya",
            "moia",
            "moyi",
            "nashi",
            "dytynu",
            "zapysatysia",
            "zapysatysya",
            "dopomoga",
            "dopomozhit",
            "dopomozhity",
            "dokumentamy",
            "dokumentiv",
            "potribni",
            "khochu",
            "hochu",
            "shukaiu",
            "shukayu",
            "pratsiuiu",
            "pratsyuyu",
            "zhytlom",
            "shkoloiu",
            "shkoloyu",
            "dytsadok",
            "bezkoshtovno",
            "navchannia",
            "navchannya");
    private static final Set<String> RU = Set.of(
            "gde",
            "kak",
            "poluchit",
            "mne",
            "nuzhno",
            "nado",
            "mozhno",
            "chto",
            "chtoby",
            "pomoshch",
            "pomosch",
            "rabotu",
            "raboty",
            "rabota",
            "zhilye",
            "zhile",
            "kvartiru",
            "dengi",
            "vrach",
            "vracha",
            "strakhovka",
            "strahovka",
            "detey",
            "rebenka",
            "shkolu",
            "yazyk",
            "yazyka",
            "pozhaluysta",
            "pozhalujsta",
            "spasibo",
            "zaregistrirovatsya",
            "registratsiya",
            "mogu",
            "yesli",
            "esli",
            "kogda",
            "skolko",
            "zdes",
            "menya",
            "dlya",
            "vyplaty",
            "posobie",
            "gollandii",
            "niderlandakh",
            "ukrainy",
            "li",
            "ya",
            "vy",
            "vam",
            "dokumenty",
            "pochemu",
            "kuda",
            "obratitsya",
            "rabotat",
            "iskat",
            "nayti",
            "moy",
            "moya",
            "nashi",
            "nuzhna",
            "nuzhen",
            "nuzhny",
            "pomogite",
            "pomogi",
            "pomoch",
            "delat",
            "sdelat",
            "zhilyom",
            "zhilyem",
            "zhilyo",
            "zhilya",
            "zhilem",
            "khochu",
            "hochu",
            "vyuchit",
            "ishchu",
            "ishu",
            "skazhite",
            "podskazhite",
            "kakie",
            "kakoy",
            "dokumentami",
            "dokumentov",
            "besplatno",
            "obuchenie");
    /** Words that are also common in Dutch, English or Polish: half a point. */
    private static final Set<String> WEAK =
            Set.of("de", "tut", "nas", "pro", "vy", "vam", "ya", "li", "bud", "kak", "mene", "dokumentami");

    /** Letters only Polish has among the languages the helpdesk receives. */
    private static final Pattern POLISH_LETTERS = Pattern.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]");
    /** Common Polish words that transliterated Ukrainian or Russian does not use. */
    private static final Set<String> POLISH_WORDS = Set.of(
            "jest",
            "jestem",
            "nie",
            "gdzie",
            "czy",
            "moge",
            "prosze",
            "dziekuje",
            "dzien",
            "pracy",
            "pomocy",
            "mam",
            "co",
            "sie",
            "zrobic",
            "w",
            "moja",
            "moje",
            "jak",
            "kiedy",
            "ile",
            "dla",
            "mnie");
    /** Spellings of transliteration that Polish (and Dutch, English, German) do not use. */
    private static final Pattern TRANSLITERATION_SPELLING = Pattern.compile("zh|kh|shch|.y[aeiou]|[iy]y$|yi$");

    private static final Pattern POLISH_SPELLING = Pattern.compile("sz|cz|rz");

    private TransliteratedText() {}

    /** Ukrainian or Russian in Latin letters, or {@code null} when the text does not look like either. */
    static DetectedLanguage detect(String text) {
        Score score = score(text);
        if (score == null
                || !score.strong
                || score.total() < 1.5
                || score.total() < score.words * 0.25
                || score.polish >= score.total()
                || score.englishOrDutch >= Math.max(2, score.total())) {
            return null;
        }
        return score.language();
    }

    /**
     * A second look at a text the statistical detector took for Polish or German: Ukrainian or Russian
     * in Latin letters when it has transliteration's words or spellings ("Nuzhna pomoshch s zhilyom")
     * and nothing Polish; otherwise {@code null}, and the detector's answer stands.
     */
    static DetectedLanguage insteadOfPolishOrGerman(String text) {
        Score score = score(text);
        if (score == null || score.polish > 0 || score.total() < 1 || score.englishOrDutch >= score.total()) {
            return null;
        }
        return score.language();
    }

    private static final class Score {
        double uk;
        double ru;
        double polish;
        int englishOrDutch;
        boolean strong;
        int words;

        double total() {
            return uk + ru;
        }

        DetectedLanguage language() {
            double confidence = Math.min(1, total() / Math.max(words, 1) + 0.3);
            return new DetectedLanguage(uk >= ru ? "uk" : "ru", confidence, true);
        }
    }

    /** Null when the text has Cyrillic or Polish letters: not transliteration. */
    private static Score score(String text) {
        if (Transliteration.hasCyrillic(text) || POLISH_LETTERS.matcher(text).find()) {
            return null;
        }
        Score score = new Score();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group().replace("'", "");
            score.words++;
            if (FunctionWords.ENGLISH.contains(matcher.group()) || FunctionWords.DUTCH.contains(word)) {
                score.englishOrDutch++;
            }
            if (POLISH_WORDS.contains(word) || POLISH_SPELLING.matcher(word).find()) {
                score.polish++;
                continue;
            }
            double weight = WEAK.contains(word) ? 0.5 : 1;
            boolean inUk = UK.contains(word) || looksLikeUkrainianInfinitive(word);
            boolean inRu = RU.contains(word);
            if ((inUk || inRu) && weight == 1) {
                score.strong = true;
            }
            if (inUk && !inRu) {
                score.uk += weight;
            } else if (inRu && !inUk) {
                score.ru += weight;
            } else if (inUk) {
                score.uk += weight / 2;
                score.ru += weight / 2;
            } else if (word.length() >= 4
                    && TRANSLITERATION_SPELLING.matcher(word).find()) {
                score.uk += 0.25;
                score.ru += 0.25;
            }
        }
        return score;
    }

    /** Ukrainian infinitives end in -ty ("otrymaty", "zareiestruvatysia"); English and Dutch words rarely do. */
    private static boolean looksLikeUkrainianInfinitive(String word) {
        return word.length() >= 6
                && (word.endsWith("aty")
                        || word.endsWith("yty")
                        || word.endsWith("uvaty")
                        || word.endsWith("atysia")
                        || word.endsWith("atysya")
                        || word.endsWith("ytysia"));
    }
}
