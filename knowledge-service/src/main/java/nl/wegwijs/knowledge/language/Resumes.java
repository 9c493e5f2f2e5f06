package nl.wegwijs.knowledge.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English "resume" the noun (a CV: "a photo on my resume", "my son's resume", "resume template", "resume in
 * Dutch") told from the verb ("resume work", "resume my studies", "when can I resume?"). Analysis reads the noun
 * as "CV", so the lexicon's {@code cv-application} and search find it and the verb stays a word of its own (the
 * lexicon cannot hold "resume": its stem "resum" is the verb's). "résumé" and "resumé" are always the noun.
 * Without anything that tells, a "resume" in a sentence is left as it is; a text that is nothing but the word (a
 * search, a lexicon term) is the noun. English only: Dutch "resumé" is a summary.
 */
final class Resumes {

    /** Cheap test first: most texts have no such word. */
    private static final Pattern ANY = Pattern.compile("(?iu)r[eé]sum[eé]");

    /** Words, with inner apostrophes and hyphens ("son's", "can't", "one-page"). */
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern RESUME = Pattern.compile("(?iu)r[eé]sum[eé](s?)");

    /** Right before "resume", these make it the verb, whatever follows: "to resume", "I resume", "can resume". */
    private static final Set<String> VERB_CUES_BEFORE = words("to i we you they he she it can could will would shall"
            + " should may might must cannot can't won't wouldn't couldn't shouldn't don't doesn't didn't please not"
            + " never let's i'll we'll you'll they'll i'd we'd then also only finally eventually soon later again");

    /**
     * Right before "resume", these make it the noun: determiners, possessives, prepositions, verbs a CV is the
     * object of ("write resume", "send resume"), a CV named beside it ("CV/resume").
     */
    private static final Set<String> NOUN_CUES_BEFORE = words("my your his her our their its a an the this that"
            + " these those on in of for with without about into no any each every another whose which write writing"
            + " wrote written send sending sent update updating updated upload uploading attach attaching submit"
            + " submitting translate translating translated print prepare preparing improve improving check checking"
            + " edit editing make making create creating build building format formatting cv cvs");

    /** Determiners and possessives that may stand before an adjective before the noun ("my Dutch resume"). */
    private static final Set<String> DETERMINERS =
            words("my your his her our their its a an the this that these those no any each every another whose");

    /** Adjectives between a determiner and the noun: "a good resume", "the one-page resume". */
    private static final Set<String> ADJECTIVES = words("dutch english ukrainian russian european europass good"
            + " better best new old short long own first current updated professional proper perfect simple basic"
            + " standard modern complete strong nice great detailed written one-page two-page translated whole full");

    /** Papers sent along with a resume, then "and" or "or": "a cover letter and resume", "diploma or resume". */
    private static final Set<String> PAPERS =
            words("cv letter letters portfolio diploma diplomas certificate certificates photo references");

    /** Right after "resume", these make it the noun: "resume template", "resume or CV". */
    private static final Set<String> NOUN_CUES_AFTER = words("template templates example examples sample samples"
            + " format formats builder layout design photo picture tips cv cvs");

    /** Languages a resume is written in: "resume in Dutch". */
    private static final Set<String> LANGUAGES =
            words("dutch english ukrainian russian nederlands german polish french");

    /** Contractions ending in 's that are no possessive: "let's resume". */
    private static final Set<String> NOT_POSSESSIVE =
            words("let's it's that's what's he's she's there's here's who's where's when's");

    private Resumes() {}

    /** The English text with every "resume" used as a noun written "CV" ("CVs"); everything else as it is. */
    static String nounsAsCv(String text) {
        if (text != null && text.indexOf('\u0301') >= 0) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC); // "re\u0301sume\u0301" is "résumé"
        }
        if (text == null || !ANY.matcher(text).find()) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(lower(m.group()));
        }
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        for (int i = 0; i < words.size(); i++) {
            Matcher resume = RESUME.matcher(words.get(i));
            if (resume.matches() && isNoun(words, i)) {
                out.append(text, done, spans.get(i)[0]).append(resume.group(1).isEmpty() ? "CV" : "CVs");
                done = spans.get(i)[1];
            }
        }
        return done == 0 ? text : out.append(text, done, text.length()).toString();
    }

    /** Whether the word at index i (a form of "resume", lower case) is the noun. */
    private static boolean isNoun(List<String> words, int i) {
        String word = words.get(i);
        if (word.indexOf('é') >= 0) {
            return true; // résumé, resumé: only the noun is written with an accent
        }
        if (words.size() == 1) {
            return true; // a search for the word, a lexicon term
        }
        String before = i > 0 ? words.get(i - 1) : null;
        String after = i + 1 < words.size() ? words.get(i + 1) : null;
        if (before != null && VERB_CUES_BEFORE.contains(before)) {
            return false;
        }
        if (before != null && (NOUN_CUES_BEFORE.contains(before) || possessive(before))) {
            return true;
        }
        if (before != null && i > 1 && ADJECTIVES.contains(before) && DETERMINERS.contains(words.get(i - 2))) {
            return true;
        }
        if (("and".equals(before) || "or".equals(before)) && i > 1 && PAPERS.contains(words.get(i - 2))) {
            return true; // "a cover letter and resume"
        }
        if (after != null && NOUN_CUES_AFTER.contains(after)) {
            return true;
        }
        return "in".equals(after) && i + 2 < words.size() && LANGUAGES.contains(words.get(i + 2));
    }

    private static boolean possessive(String word) {
        String w = word.replace('’', '\'');
        return (w.endsWith("'s") || w.endsWith("s'")) && !NOT_POSSESSIVE.contains(w);
    }

    private static Set<String> words(String spaced) {
        return Set.of(spaced.split(" "));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
