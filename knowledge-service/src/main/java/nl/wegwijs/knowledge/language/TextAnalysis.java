package nl.wegwijs.knowledge.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.platform.language.Transliteration;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Analyses text per language with Lucene (Ukrainian: morfologik lemmas; Russian, Dutch, English:
 * Snowball stems), transliterates Latin-letter Ukrainian and Russian first, drops stop words and
 * question words, and folds every term ({@link #fold}) so terms of all four languages and their
 * transliterations live in one space. Before any analyser reads a text, ё is е (as most Russians type it:
 * "жильё" and "жилье", "всё" and "все" are one word whichever analyser reads them), in English the
 * noun "resume" is a CV ({@link Resumes}), and in Russian and Ukrainian coming back ("вернуться") is the noun
 * "return", not giving back ("вернуть"), which stems alike ({@link ReturnVerbs}). Grouping, the lexicon and the search index all read text
 * through this class, so they fold alike. Thread-safe.
 */
public final class TextAnalysis {

    public static final Set<String> LANGUAGES = Set.of("uk", "ru", "nl", "en");

    /** The analysed form of a text: its (guessed) language, whether it was transliterated, its folded terms. */
    public record Analysed(String language, boolean transliterated, List<String> terms) {}

    private static final Map<String, String> QUESTION_WORDS = Map.of(
            "en",
            "where how what which who when why can could do does did i my me mine get got need have has had should"
                    + " would will we our us you your please hello hi dear is are am there help want wants about it its"
                    + " from still now also after before much many long yes here thanks thank be been know tell question"
                    + " possible way ok okay",
            "nl",
            "waar hoe wat welke wie wanneer waarom kan kun kunnen ik mijn me mij moet moeten wij we ons onze krijg"
                    + " krijgen heb hebben is zijn er een de het graag hallo mag wil willen nog al nu voor met ook als dat"
                    + " dit bij naar om dan niet of iets mogelijk vraag dank bedankt goedendag beste weet weten",
            "uk",
            "де як що чи я мені мене мій моя мої моє можна треба потрібно отримати будь ласка привіт добрий день ми"
                    + " нам нас наш наша в у на з до для та і й а це є мати маю має який яка яке які коли скільки там тут"
                    + " зробити робити якщо не вже ще потім дякую підкажіть скажіть питання можу може хочу знати",
            "ru",
            "где как что ли я мне меня мой моя мои можно нужно надо получить пожалуйста здравствуйте привет добрый"
                    + " день мы нам нас наш наша в на с до для и а это есть какой какая какие когда сколько там тут"
                    + " сделать делать если не уже еще ещё потом спасибо подскажите скажите вопрос могу может хочу знать");

    private static final Set<String> UK_MARKERS =
            Set.of("iak", "de", "sco", "ci", "meni", "mene", "treba", "otrimati", "mozna", "potribno", "pidskazit");
    private static final Set<String> RU_MARKERS =
            Set.of("kak", "hde", "cto", "mne", "menia", "nuzno", "polucit", "mozno", "nado", "podskazit");
    /** Common words written only in Ukrainian (not in Russian), and the other way round. */
    private static final Set<String> UK_WORDS = Set.of(
            "де",
            "як",
            "що",
            "чи",
            "це",
            "мені",
            "мене",
            "можна",
            "потрібно",
            "треба",
            "отримати",
            "якщо",
            "або",
            "коли",
            "скільки",
            "чому",
            "який",
            "яка",
            "яке",
            "які",
            "немає",
            "нема",
            "був",
            "була",
            "вже",
            "ще",
            "дуже",
            "тільки",
            "лише",
            "вона",
            "вони",
            "ми",
            "ви",
            "та",
            "й",
            "від",
            "після",
            "зробити",
            "дякую",
            "будь",
            "ласка",
            "добрий",
            "мій",
            "мої",
            "потрібен",
            "потрібна");

    private static final Set<String> RU_WORDS = Set.of(
            "где",
            "как",
            "что",
            "ли",
            "это",
            "мне",
            "меня",
            "можно",
            "нужно",
            "надо",
            "получить",
            "если",
            "или",
            "когда",
            "сколько",
            "почему",
            "какой",
            "какая",
            "какое",
            "какие",
            "нет",
            "был",
            "была",
            "уже",
            "еще",
            "очень",
            "только",
            "она",
            "они",
            "мы",
            "вы",
            "и",
            "от",
            "после",
            "сделать",
            "спасибо",
            "пожалуйста",
            "добрый",
            "мой",
            "мои",
            "нужен",
            "нужна",
            "его",
            "ее");
    private static final Set<String> NL_WORDS =
            Set.of("ik", "mijn", "hoe", "waar", "wat", "een", "het", "de", "van", "moet", "kan", "is", "voor", "niet");
    private static final Set<String> EN_WORDS =
            Set.of("i", "my", "how", "where", "what", "the", "a", "an", "of", "to", "can", "is", "for", "do", "not");

    /**
     * English words the stemmer must leave alone: "allowance" stems like "allowed" ("allow"), so "My landlord raised
     * the rent, is that allowed?" named rent allowance.
     */
    private static final CharArraySet UNSTEMMED_ENGLISH =
            CharArraySet.unmodifiableSet(new CharArraySet(List.of("allowance", "allowances"), true));

    private final Map<String, Analyzer> analyzers;
    private final Map<String, Set<String>> stopTerms;

    public TextAnalysis() {
        analyzers = Map.of(
                "uk", new UkrainianMorfologikAnalyzer(),
                "ru", new RussianAnalyzer(),
                "nl", new DutchAnalyzer(),
                "en", new EnglishAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, UNSTEMMED_ENGLISH),
                "*", new StandardAnalyzer());
        Map<String, Set<String>> stops = new java.util.HashMap<>();
        QUESTION_WORDS.forEach((lang, words) -> {
            Set<String> set = new HashSet<>();
            for (String w : words.split(" ")) {
                set.add(fold(w));
                rawTerms(w, lang).forEach(set::add);
            }
            stops.put(lang, set);
        });
        stopTerms = Map.copyOf(stops);
    }

    /** A supported language code for the text: the declared one when known, else a guess. */
    public String languageOf(String text, String declared) {
        String lang = declared == null ? null : declared.toLowerCase(Locale.ROOT);
        if (lang != null && LANGUAGES.contains(lang)) {
            return lang;
        }
        return guessLanguage(text);
    }

    /**
     * Whether a folded analysed term is a word of a language's vocabulary: the words of the lexicon's terms in that
     * language ("gemeente", "leefgeld" in Dutch), which tell a short query's language when nothing else does.
     */
    @FunctionalInterface
    public interface Vocabulary {

        Vocabulary NONE = (language, term) -> false;

        boolean has(String language, String term);
    }

    /** Guesses uk, ru, nl or en from the letters, the most common words and the forms of words. */
    public String guessLanguage(String text) {
        return guessLanguage(text, Vocabulary.NONE);
    }

    /**
     * Guesses uk, ru, nl or en. Cyrillic: Ukrainian or Russian by the letters and common words only one of them has
     * ({@link #cyrillicClues}); when those tell nothing, by word forms only one has (Russian -ие, -ия, -ье, a word
     * starting with и; Ukrainian -ння, an infinitive in -ти), then by the words only one language's vocabulary knows;
     * else Ukrainian. Latin letters: transliterated Ukrainian or Russian by their common words, else Dutch or English
     * by their common words; when those tie (a short query: "huurtoeslag aanvragen"), by word forms only one of the
     * two has (Dutch ij, aa, uu, oe, -cht, an infinitive in -en, -heid, -lijk; English th, sh, ow, -tion, -ly, y),
     * then by the words only one language's vocabulary knows ("leefgeld gemeente"); else English.
     */
    public String guessLanguage(String text, Vocabulary vocabulary) {
        if (text == null || text.isBlank()) {
            return "en";
        }
        if (Transliteration.hasCyrillic(text) && !Transliteration.mostlyLatin(text)) {
            return ukrainianOrRussian(text, vocabulary);
        }
        int nl = 0;
        int en = 0;
        int uk = 0;
        int ru = 0;
        for (String word : words(text)) {
            String w = word.toLowerCase(Locale.ROOT);
            String f = fold(w);
            if (NL_WORDS.contains(w)) nl++;
            if (EN_WORDS.contains(w)) en++;
            if (UK_MARKERS.contains(f)) uk++;
            if (RU_MARKERS.contains(f)) ru++;
        }
        int best = Math.max(Math.max(nl, en), Math.max(uk, ru));
        if (best > 0 && uk == best && uk > nl && uk > en) return "uk";
        if (best > 0 && ru == best && ru > nl && ru > en) return "ru";
        if (nl != en) {
            return nl > en ? "nl" : "en";
        }
        int dutchForms = 0;
        int englishForms = 0;
        for (String word : words(text)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (WordForms.dutch(w)) dutchForms++;
            if (WordForms.english(w)) englishForms++;
        }
        if (dutchForms != englishForms) {
            return dutchForms > englishForms ? "nl" : "en";
        }
        return knownOnlyIn(text, "nl", "en", vocabulary).orElse("en");
    }

    /**
     * What tells Ukrainian and Russian apart in Cyrillic text: letters only one of the two languages has
     * (Ukrainian і ї є ґ and the apostrophe in a word, Russian ы э ъ ё) count three each, the most common
     * words of each (де/где, як/как, отримати/получить, ...) one each.
     */
    public record CyrillicClues(int ukrainian, int russian) {}

    /** The clues for Ukrainian and for Russian in a text (see {@link CyrillicClues}). */
    public static CyrillicClues cyrillicClues(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int uk = 0;
        int ru = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ("іїєґ".indexOf(c) >= 0) uk += 3;
            if ("ыэъё".indexOf(c) >= 0) ru += 3;
            if ((c == '\'' || c == '’' || c == 'ʼ')
                    && i > 0
                    && i + 1 < lower.length()
                    && Character.isLetter(lower.charAt(i - 1))
                    && Character.isLetter(lower.charAt(i + 1))) {
                uk += 3;
            }
        }
        for (String word : words(lower)) {
            if (UK_WORDS.contains(word)) uk++;
            if (RU_WORDS.contains(word)) ru++;
        }
        return new CyrillicClues(uk, ru);
    }

    /**
     * Cyrillic text: Ukrainian or Russian by their {@link CyrillicClues}; when those tie, by word forms only one has,
     * then by the words only one vocabulary knows; no clue at all is Ukrainian.
     */
    private String ukrainianOrRussian(String text, Vocabulary vocabulary) {
        CyrillicClues clues = cyrillicClues(text);
        if (clues.russian() != clues.ukrainian()) {
            return clues.russian() > clues.ukrainian() ? "ru" : "uk";
        }
        int russianForms = 0;
        int ukrainianForms = 0;
        for (String word : words(text.toLowerCase(Locale.ROOT))) {
            if (WordForms.russian(word)) russianForms++;
            if (WordForms.ukrainian(word)) ukrainianForms++;
        }
        if (russianForms != ukrainianForms) {
            return russianForms > ukrainianForms ? "ru" : "uk";
        }
        return knownOnlyIn(text, "uk", "ru", vocabulary).orElse("uk");
    }

    /**
     * Of two languages, the one whose vocabulary knows more of the text's words that the other's does not (each word
     * analysed as either language reads it), or empty when that ties.
     */
    private Optional<String> knownOnlyIn(String text, String first, String second, Vocabulary vocabulary) {
        if (vocabulary == Vocabulary.NONE) {
            return Optional.empty();
        }
        int onlyFirst = 0;
        int onlySecond = 0;
        for (String word : words(text)) {
            if (word.isBlank()) {
                continue;
            }
            boolean inFirst = terms(word, first).stream().anyMatch(t -> vocabulary.has(first, t));
            boolean inSecond = terms(word, second).stream().anyMatch(t -> vocabulary.has(second, t));
            if (inFirst && !inSecond) onlyFirst++;
            if (inSecond && !inFirst) onlySecond++;
        }
        if (onlyFirst == onlySecond) {
            return Optional.empty();
        }
        return Optional.of(onlyFirst > onlySecond ? first : second);
    }

    /**
     * Cyrillic text whose letters and common words tell Ukrainian and Russian apart nowhere ("жилье", "квартира":
     * Russian typed without ё, or a word both languages write alike): {@link #guessLanguage} calls it Ukrainian,
     * but a search should read it as both.
     */
    public static boolean ukrainianOrRussianUndecided(String text) {
        if (text == null || !Transliteration.hasCyrillic(text) || Transliteration.mostlyLatin(text)) {
            return false;
        }
        CyrillicClues clues = cyrillicClues(text);
        return clues.ukrainian() == clues.russian();
    }

    /** Analyses a text in its (declared or guessed) language; Latin-letter uk/ru is transliterated first. */
    public Analysed analyse(String text, String declaredLanguage) {
        if (text == null || text.isBlank()) {
            return new Analysed(declaredLanguage == null ? "en" : declaredLanguage, false, List.of());
        }
        String lang = languageOf(text, declaredLanguage);
        boolean latin = Transliteration.mostlyLatin(text);
        if (latin && ("nl".equals(lang) || "en".equals(lang))) {
            String guess = guessLanguage(text);
            if ("uk".equals(guess) || "ru".equals(guess)) {
                lang = guess;
            }
        }
        if (latin && ("uk".equals(lang) || "ru".equals(lang))) {
            List<String> terms = new ArrayList<>(terms(Transliteration.toCyrillic(text, lang), lang));
            return new Analysed(lang, true, terms);
        }
        return new Analysed(lang, false, terms(text, lang));
    }

    /** Folded analysed terms of a text in a given language, without stop words and question words. */
    public List<String> terms(String text, String language) {
        Set<String> stops = stopTerms.getOrDefault(language, Set.of());
        List<String> out = new ArrayList<>();
        for (String term : rawTerms(text, language)) {
            if (!term.isEmpty() && !stops.contains(term)) {
                out.add(term);
            }
        }
        return out;
    }

    /** Folded terms of a lexicon entry: like {@link #terms}, but an entry made only of stop words keeps them. */
    public List<String> termsKeepingAll(String entry, String language) {
        List<String> terms = terms(entry, language);
        return terms.isEmpty() ? rawTerms(entry, language) : terms;
    }

    /**
     * The key of a word or analysed term: ё as е, then {@link Transliteration#searchKey} (Latin letters, the
     * spellings transliterations disagree on collapsed).
     */
    public static String fold(String word) {
        return Transliteration.searchKey(withoutYo(word));
    }

    /**
     * The text with ё written е: Russian writes it optionally ("жильё", "жилье"), only its Snowball stemmer knew
     * that, and {@link Transliteration#searchKey} spells ё "yo".
     */
    static String withoutYo(String text) {
        if (text.indexOf('ё') < 0 && text.indexOf('Ё') < 0) {
            return text;
        }
        return text.replace('ё', 'е').replace('Ё', 'Е');
    }

    /**
     * The text as every analyser reads it: ё as е, an English noun "resume" as CV, a Russian or Ukrainian reflexive
     * return verb ("вернуться", "повертаюся") as the noun "return" ({@link ReturnVerbs}).
     */
    private static String normalised(String text, String language) {
        String read = withoutYo(text);
        return switch (language) {
            case "en" -> Resumes.nounsAsCv(read);
            case "ru", "uk" -> ReturnVerbs.comingBackAsNoun(read, language);
            default -> read;
        };
    }

    private List<String> rawTerms(String text, String language) {
        Analyzer analyzer = analyzers.getOrDefault(language, analyzers.get("*"));
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", normalised(text, language))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // morfologik may give several lemmas at one position; keep the first
                if (increment.getPositionIncrement() > 0 || out.isEmpty()) {
                    out.add(fold(term.toString()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> words(String text) {
        return List.of(text.split("[^\\p{L}\\p{N}']+"));
    }
}
