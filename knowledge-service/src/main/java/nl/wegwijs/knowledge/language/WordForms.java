package nl.wegwijs.knowledge.language;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Forms of words only one of two languages has, for telling a short query's language when it has no common word
 * of either ("huurtoeslag aanvragen", "пособие на аренду"). Each test takes one lower-case word and says whether its
 * spelling is typical of that language; a word may be typical of neither. {@link TextAnalysis#guessLanguage} counts
 * them only when the letters and common words tie.
 */
final class WordForms {

    /**
     * Dutch: ij, aa, uu anywhere (English has them only in rare words: "bazaar", "vacuum"), oe before a consonant
     * other than s ("toeslag", "zoeken"; not "does", "shoes"), sch before r or l, cht ("recht"; English "yacht"
     * aside), uit- at the start ("uitkering", "uitschrijven"), the endings -heid, -lijk(e), -tje, -atie, -itie, -teit,
     * -isch(e), -eren, -baar, -schap.
     */
    private static final Pattern DUTCH = Pattern.compile(
            "ij|aa|uu|oe[b-df-hj-np-rtv-z]|sch[rl]|cht|^uit.|(?:heid|lijke?|tje|atie|itie|teit|ische?|eren|baar|schap)$");

    /** A Dutch infinitive or plural: six letters or more ending in a consonant and -en ("aanvragen", "openen"). */
    private static final Pattern DUTCH_EN = Pattern.compile("^\\p{L}{3,}[b-df-hj-np-tv-z]en$");

    /** English words of six letters or more in a consonant and -en, none of them Dutch: participles and the like. */
    private static final Set<String> ENGLISH_EN = Set.of(("children kitchen kitchens garden gardens citizen citizens"
                    + " written broken stolen forgotten chosen gotten hidden forbidden ridden bitten rotten happen listen"
                    + " eleven heaven golden wooden frozen spoken sudden threaten lighten frighten tighten brighten"
                    + " straighten strengthen shorten soften fallen driven beaten proven mistaken overtaken undertaken"
                    + " awaken shaken swollen oxygen chicken kitten mitten warden burden maiden harden deepen sharpen"
                    + " dampen weaken thicken flatten fasten loosen lessen glisten sweden specimen abdomen regimen")
            .split(" "));

    /**
     * English: th (not in Dutch "thuis"), sh at a word's start or end, ow, aw, ew (Dutch writes ouw, auw, eeuw),
     * ck, qu, wh, y (Dutch writes ij), the endings -tion, -sion, -ly, -ness, -ful, -ous, -ight, -'s. Not ew within a
     * word: Dutch has it after be- and ge- ("rijbewijs", "gewoon").
     */
    private static final Pattern ENGLISH = Pattern.compile(
            "th(?!ui)|^sh|sh$|ow|aw|ews?$|ck|qu|wh|y|(?:tion|sion|tions|sions|ly|ness|ful|ous|ight|ights)$|'s$");

    /**
     * Russian: и before a vowel (Ukrainian writes і: "пособие", "субсидия", "субсидии", "радио"; Ukrainian "шия"
     * aside), ь before е, я, ю, и, ё ("жилье", "статья": Ukrainian writes an apostrophe), и at a word's start
     * ("искать", "информация"; Ukrainian words hardly start with it).
     */
    private static final Pattern RUSSIAN = Pattern.compile("\\p{L}и[еяюиёо]|ь[еяюиё]|^и\\p{L}");

    /** Ukrainian words that look Russian by the test above. */
    private static final Set<String> UKRAINIAN_LOOKING_RUSSIAN = Set.of("шия", "шию", "шиє", "мию", "риє", "виє");

    /**
     * Ukrainian: -ння, -нню, -нням, -ннях (nouns of action: "страхування"; Russian writes -ние), an infinitive of
     * six letters or more in a vowel and -ти ("отримати", "орендувати"; Russian writes -ть; "кстати", "памяти"
     * aside).
     */
    private static final Pattern UKRAINIAN = Pattern.compile("ння$|нню$|нням$|ннях$|^\\p{L}{3,}[аяиіуюе]ти$");

    /** Russian words in a vowel and -ти: an adverb and cases of nouns in -ть. */
    private static final Set<String> RUSSIAN_TI =
            Set.of("кстати", "некстати", "памяти", "печати", "кровати", "благодати", "ртути");

    private WordForms() {}

    static boolean dutch(String word) {
        if (word.length() < 3) {
            return false;
        }
        if (DUTCH.matcher(word).find()) {
            return true;
        }
        return word.length() >= 6 && DUTCH_EN.matcher(word).matches() && !ENGLISH_EN.contains(word);
    }

    static boolean english(String word) {
        return word.length() >= 2 && ENGLISH.matcher(word).find();
    }

    static boolean russian(String word) {
        return word.length() >= 3 && RUSSIAN.matcher(word).find() && !UKRAINIAN_LOOKING_RUSSIAN.contains(word);
    }

    static boolean ukrainian(String word) {
        return word.length() >= 4 && UKRAINIAN.matcher(word).find() && !RUSSIAN_TI.contains(word);
    }
}
