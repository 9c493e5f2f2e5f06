package nl.wegwijs.helpdesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small words a sentence cannot do without (how, the, can / hoe, het, kan / ich, und / jest, się), per Latin-script
 * language the helpdesk receives: evidence of the language a question is written in that the nouns in it (often
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

    private FunctionWords() {}

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
