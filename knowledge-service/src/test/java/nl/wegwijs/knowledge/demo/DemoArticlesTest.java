package nl.wegwijs.knowledge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.lexicon.LexiconSeed;
import nl.wegwijs.knowledge.search.SearchIndex;
import org.junit.jupiter.api.Test;

class DemoArticlesTest {

    @Test
    void sixDemoArticlesInFourLanguagesAnswerCommonQuestionsInEachLanguage() {
        List<DemoArticles.DemoArticle> demo = DemoArticles.load();
        assertThat(demo).hasSize(6);
        assertThat(demo).allSatisfy(a -> assertThat(a.translations().keySet()).containsExactly("nl", "en", "uk", "ru"));
        TextAnalysis analysis = new TextAnalysis();
        Lexicon lexicon = Lexicon.of(LexiconSeed.load(), analysis);
        try (SearchIndex index = new SearchIndex(analysis, () -> lexicon)) {
            for (var a : demo) {
                index.put(new SearchIndex.IndexedArticle(
                        java.util.UUID.nameUUIDFromBytes(a.topic().getBytes()),
                        "nl",
                        new java.util.LinkedHashMap<>(a.translations().entrySet().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        java.util.Map.Entry::getKey,
                                        e -> new SearchIndex.Translation(
                                                e.getKey(),
                                                e.getValue().title(),
                                                e.getValue().body()))))));
            }
            assertThat(index.search("де отримати BSN", "uk", 1).getFirst().title())
                    .contains("BSN");
            assertThat(index.search("медицинская страховка", "ru", 1).getFirst().title())
                    .contains("страховка");
            assertThat(index.search("bankrekening openen", "nl", 1).getFirst().title())
                    .contains("bankrekening");
            assertThat(index.search("school for my kids", "en", 1).getFirst().title())
                    .contains("School");
        }
    }
}
