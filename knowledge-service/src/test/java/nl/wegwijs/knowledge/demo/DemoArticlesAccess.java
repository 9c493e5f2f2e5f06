package nl.wegwijs.knowledge.demo;

import java.util.List;
import java.util.Map;

/** Test access to the demo articles' text (the benchmark builds its vocabulary from it). */
public final class DemoArticlesAccess {

    private DemoArticlesAccess() {}

    public static List<Map.Entry<String, String>> translations() {
        return DemoArticles.load().stream()
                .flatMap(a -> a.translations().entrySet().stream()
                        .map(e -> Map.entry(
                                e.getKey(),
                                e.getValue().title() + ". " + e.getValue().body())))
                .toList();
    }
}
