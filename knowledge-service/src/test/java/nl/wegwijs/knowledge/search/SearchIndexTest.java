package nl.wegwijs.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.lexicon.LexiconSeed;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    static final TextAnalysis analysis = new TextAnalysis();
    static final Lexicon lexicon = Lexicon.of(LexiconSeed.load(), analysis);

    @Test
    void findsADutchArticleFromAUkrainianQueryAndShowsItInTheSourceLanguageWhenThereIsNoUkrainianTranslation() {
        try (SearchIndex index = new SearchIndex(analysis, () -> lexicon)) {
            UUID id = UUID.randomUUID();
            index.put(
                    new SearchIndex.IndexedArticle(
                            id,
                            "nl",
                            Map.of(
                                    "nl",
                                    new SearchIndex.Translation(
                                            "nl",
                                            "Як отримати DigiD для податкової?",
                                            "Vraag DigiD aan op digid.nl met uw BSN en adres. U krijgt een activeringscode per brief."))));
            var hits = index.search("дігід активаційний код", "uk", 5);
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.articleId()).isEqualTo(id);
                assertThat(h.language()).isEqualTo("nl");
                assertThat(h.snippet()).contains("DigiD");
            });
            assertThat(index.search("yak otrymaty didzhyd", "uk", 5)).hasSize(1);
            index.remove(id);
            assertThat(index.search("дігід", "uk", 5)).isEmpty();
        }
    }

    @Test
    void showsTheReadersLanguageWhenTheArticleHasIt() {
        try (SearchIndex index = new SearchIndex(analysis, () -> lexicon)) {
            UUID id = UUID.randomUUID();
            index.put(new SearchIndex.IndexedArticle(
                    id,
                    "nl",
                    Map.of(
                            "nl",
                                    new SearchIndex.Translation(
                                            "nl", "Zorgverzekering", "Als u werkt, sluit u een zorgverzekering af."),
                            "uk",
                                    new SearchIndex.Translation(
                                            "uk",
                                            "Медичне страхування",
                                            "Якщо ви працюєте, оформіть медичне страхування."))));
            var hit = index.search("health insurance", "uk", 5).getFirst();
            assertThat(hit.language()).isEqualTo("uk");
            assertThat(hit.title()).isEqualTo("Медичне страхування");
            assertThat(index.search("car insurance", "en", 5).stream().filter(h -> h.score() > hit.score()))
                    .isEmpty();
        }
    }

    @Test
    void aRussianWordIsFoundWhetherItIsWrittenWithYoOrWithout() {
        try (SearchIndex index = new SearchIndex(analysis, () -> lexicon)) {
            UUID withYo = UUID.randomUUID();
            UUID withoutYo = UUID.randomUUID();
            index.put(new SearchIndex.IndexedArticle(
                    withYo,
                    "ru",
                    Map.of(
                            "ru",
                            new SearchIndex.Translation(
                                    "ru",
                                    "Временное жильё в Зволле",
                                    "Муниципалитет Зволле даёт временное жильё семьям с детьми."))));
            index.put(new SearchIndex.IndexedArticle(
                    withoutYo,
                    "ru",
                    Map.of(
                            "ru",
                            new SearchIndex.Translation(
                                    "ru",
                                    "Съемное жилье в Леувардене",
                                    "Снять жилье в Леувардене можно через агентство."))));
            // the reader's language: given, or the query's own (without ё "жилье" has no Russian letter or word)
            for (String lang : new String[] {null, "ru", "uk", "en"}) {
                String reader = lang == null ? analysis.guessLanguage("жилье") : lang;
                assertThat(index.search("жилье", reader, 5))
                        .as("жилье, lang " + lang)
                        .extracting(SearchIndex.Hit::articleId)
                        .contains(withYo, withoutYo);
                reader = lang == null ? analysis.guessLanguage("жильё") : lang;
                assertThat(index.search("жильё", reader, 5))
                        .as("жильё, lang " + lang)
                        .extracting(SearchIndex.Hit::articleId)
                        .contains(withYo, withoutYo);
            }
            assertThat(index.search("временное жилье", "uk", 5).getFirst().articleId())
                    .isEqualTo(withYo);
            assertThat(index.search("съёмное жильё", "ru", 5).getFirst().articleId())
                    .isEqualTo(withoutYo);
        }
    }

    @Test
    void aResumeTemplateFindsTheCvArticle() {
        try (SearchIndex index = new SearchIndex(analysis, () -> lexicon)) {
            UUID cv = UUID.randomUUID();
            index.put(new SearchIndex.IndexedArticle(
                    cv,
                    "en",
                    Map.of(
                            "en",
                            new SearchIndex.Translation(
                                    "en",
                                    "Writing a Dutch CV",
                                    "A Dutch CV is short: one or two pages, no photo needed."))));
            assertThat(index.search("resume template", "en", 5))
                    .extracting(SearchIndex.Hit::articleId)
                    .containsExactly(cv);
            assertThat(index.search("résumé", "en", 5))
                    .extracting(SearchIndex.Hit::articleId)
                    .containsExactly(cv);
        }
    }

    @Test
    void theReadersLanguageOfAShortQueryIsToldByTheWordsOnlyOneLanguagesLexiconTermsHave() {
        try (SearchIndex index = new SearchIndex(analysis, () -> lexicon)) {
            assertThat(index.readerLanguage("leefgeld gemeente")).isEqualTo("nl");
            assertThat(index.readerLanguage("zorgtoeslag")).isEqualTo("nl");
            assertThat(index.readerLanguage("huurtoeslag aanvragen")).isEqualTo("nl");
            assertThat(index.readerLanguage("living allowance municipality")).isEqualTo("en");
            assertThat(index.readerLanguage("пособие на аренду")).isEqualTo("ru");
            assertThat(index.readerLanguage("аренда")).isEqualTo("ru");
            assertThat(index.readerLanguage("оренда")).isEqualTo("uk");
            assertThat(index.readerLanguage("BSN"))
                    .as("a word of every language: English")
                    .isEqualTo("en");
        }
        try (SearchIndex withoutLexicon = new SearchIndex(analysis, Lexicon::empty)) {
            assertThat(withoutLexicon.readerLanguage("leefgeld gemeente")).isEqualTo("en");
        }
    }
}
