package nl.wegwijs.knowledge.demo;

import java.util.List;
import java.util.Map;
import nl.wegwijs.knowledge.articles.TranslationText;

/** Test access to the demo articles' text (the benchmark builds its vocabulary from it). */
public final class DemoArticlesAccess {

    /** One demo article: its helpdesk topic code and its translations by language. */
    public record Article(String topic, Map<String, TranslationText> translations) {}

    private DemoArticlesAccess() {}

    public static List<Article> articles() {
        return DemoArticles.load().stream()
                .map(a -> new Article(a.topic(), a.translations()))
                .toList();
    }

    public static List<Map.Entry<String, String>> translations() {
        return DemoArticles.load().stream()
                .flatMap(a -> a.translations().entrySet().stream()
                        .map(e -> Map.entry(
                                e.getKey(),
                                e.getValue().title() + ". " + e.getValue().body())))
                .toList();
    }
}
