package nl.wegwijs.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.Knowledge;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Russian is written with ё or without it ("жильё", "жилье"): the public search finds an article whichever way
 * the article and the query write it, with the reader's language given or told from the query (a query without ё
 * has no letter only Russian has), also once the index is rebuilt from the database as at start-up.
 */
@ServiceIT
class YoInPublicSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintainer maintainer;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    @Test
    void anArticleWithYoIsFoundByTheWordWithoutItAndTheOtherWayRound() {
        String withYo = publishedFrom(
                "Где найти временное жильё в Зволле для семьи с детьми?",
                "Временное жильё в Зволле даёт муниципалитет: запишитесь в гемеенте и возьмите паспорта всей семьи.");
        String withoutYo = publishedFrom(
                "Как снять жилье в Леувардене без агентства?",
                "Снять жилье в Леувардене без агентства можно на сайтах объявлений; договор читайте до подписи.");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(found("жильё", null)).contains(withoutYo));
        for (String lang : new String[] {null, "ru", "uk"}) {
            assertThat(found("жилье", lang)).as("жилье, lang " + lang).contains(withYo, withoutYo);
            assertThat(found("жильё", lang)).as("жильё, lang " + lang).contains(withYo, withoutYo);
        }

        maintainer.rebuild(); // as at start-up: articles published before are indexed anew from the database

        assertThat(found("жилье", null)).contains(withYo);
        assertThat(found("жильё", null)).contains(withoutYo);
    }

    private List<Object> found(String q, String lang) {
        return knowledge.search(q, lang).stream()
                .map(hit -> hit.get("articleId"))
                .toList();
    }

    /** Publishes the draft a Russian question answered in Russian starts; returns the article id. */
    private String publishedFrom(String question, String answer) {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(ticket, question, "ru", answer, "ru", null);
        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        assertThat(draft.get("questionCount"))
                .as("a draft of its own: %s", draft)
                .isEqualTo(1);
        String articleId = knowledge.publish(draft.get("id"));
        assertThat(articleId).as("published").isNotBlank();
        return articleId;
    }
}
