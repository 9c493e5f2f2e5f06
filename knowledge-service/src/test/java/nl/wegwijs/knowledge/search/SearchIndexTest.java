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
}
