package nl.wegwijs.helpdesk.language;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises Ukrainian and Russian typed in Latin letters ("de otrymaty BSN?"), which statistical
 * detectors trained on native scripts read as Polish, Dutch or nonsense. Scores words that only
 * occur in such transliterations; weak words that are also Dutch or English ("de", "pro") count half.
 */
final class Transliteration {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
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
            "zapysatysya");
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
            "nashi");
    /** Words that are also common in Dutch or English: half a point. */
    private static final Set<String> WEAK =
            Set.of("de", "tut", "nas", "pro", "vy", "vam", "ya", "li", "bud", "kak", "mene");

    private Transliteration() {}

    /** Ukrainian or Russian in Latin letters, or {@code null} when the text does not look like either. */
    static DetectedLanguage detect(String text) {
        if (CYRILLIC.matcher(text).find()) {
            return null;
        }
        double uk = 0;
        double ru = 0;
        boolean strong = false;
        int words = 0;
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group().replace("'", "");
            words++;
            double weight = WEAK.contains(word) ? 0.5 : 1;
            boolean inUk = UK.contains(word) || looksLikeUkrainianInfinitive(word);
            boolean inRu = RU.contains(word);
            if ((inUk || inRu) && weight == 1) {
                strong = true;
            }
            if (inUk && !inRu) {
                uk += weight;
            } else if (inRu && !inUk) {
                ru += weight;
            } else if (inUk) {
                uk += weight / 2;
                ru += weight / 2;
            }
        }
        double score = uk + ru;
        if (!strong || score < 1.5 || score < words * 0.25) {
            return null;
        }
        double confidence = Math.min(1, score / Math.max(words, 1) + 0.3);
        return new DetectedLanguage(uk >= ru ? "uk" : "ru", confidence, true);
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
