package nl.wegwijs.knowledge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.Knowledge;
import nl.wegwijs.knowledge.articles.Articles;
import nl.wegwijs.knowledge.articles.TranslationText;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An outside audit: questions sharing one concept with a group, and asking something else about it, joined it, so no
 * editor saw that they need an article of their own. Paying rent allowance back is not who may get it; a rent
 * increase is not ending a lease. Each now starts a draft, with the reason in its grouping. (In this package to
 * publish the article as the demo data does, without another test's questions in it.)
 */
@ServiceIT
@SuppressWarnings("unchecked")
class OneConceptDifferentQuestionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Articles articles;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    @Test
    void havingToPayBackRentAllowanceStartsADraftBesideThePublishedArticleOnWhoMayGetIt() {
        Map<String, TranslationText> room = new LinkedHashMap<>();
        room.put(
                "uk",
                new TranslationText(
                        "Чи можна отримати huurtoeslag (допомогу на оренду), якщо я орендую кімнату?",
                        "Так, якщо у вас є власний договір оренди кімнати з окремою адресою в BRP і ваш дохід"
                                + " невисокий. Huurtoeslag подають через Belastingdienst (Dienst Toeslagen) з DigiD.",
                        false));
        DemoArticles demo = new DemoArticles(jdbc, articles, transactions, clock);
        UUID articleId = transactions.execute(status -> demo.publish(new DemoArticles.DemoArticle("benefits", room)));
        Object articleDraft =
                knowledge.get("/api/knowledge/articles/" + articleId).get("draftId");
        try {
            UUID repay = UUID.randomUUID();
            Knowledge.answer(
                    repay,
                    "Я получил письмо: нужно вернуть huurtoeslag за 2025 год, 800 евро. Что делать?",
                    "ru",
                    "Можно договориться о рассрочке (betalingsregeling) с Dienst Toeslagen. Если вы не согласны с"
                            + " суммой, подайте возражение (bezwaar) в течение шести недель.",
                    "ru",
                    "benefits");
            Map<String, Object> draft = knowledge.awaitDraftOf(repay);

            assertThat(draft.get("id")).as("a draft of its own").isNotEqualTo(articleDraft);
            assertThat(grouping(draft).get("decision")).isEqualTo("new draft");
            assertThat(knowledge.get("/api/knowledge/articles/" + articleId).get("questionCount"))
                    .isEqualTo(0);
        } finally {
            knowledge.post("/api/knowledge/articles/" + articleId + "/retire", null);
        }
    }

    @Test
    void aRentIncreaseStartsADraftBesideTheDraftOnEndingALease() {
        UUID lease = UUID.randomUUID();
        Knowledge.answer(
                lease,
                "Як розірвати договір оренди квартири в Зволле?",
                "uk",
                "Договір можна розірвати письмово, попередивши власника за місяць (opzegtermijn).",
                "uk",
                null);
        Object leaseDraft = knowledge.awaitDraftOf(lease).get("id");
        Object asked = knowledge.draft(leaseDraft).get("questionCount");

        UUID increase = UUID.randomUUID();
        Knowledge.answer(
                increase,
                "Мій орендодавець у Зволле підняв оренду на 20%. Чи це законно?",
                "uk",
                "Dat mag alleen tot het wettelijke maximum per jaar; anders maakt u bezwaar bij de Huurcommissie.",
                "nl",
                null);
        Map<String, Object> draft = knowledge.awaitDraftOf(increase);

        assertThat(draft.get("id")).as("a draft of its own").isNotEqualTo(leaseDraft);
        assertThat(grouping(draft).get("decision")).isEqualTo("new draft");
        assertThat(knowledge.draft(leaseDraft).get("questionCount")).isEqualTo(asked);

        UUID sameLease = UUID.randomUUID();
        Knowledge.answer(
                sameLease,
                "Как расторгнуть договор аренды квартиры в Зволле?",
                "ru",
                "Договор можно расторгнуть письменно, предупредив владельца за месяц (opzegtermijn).",
                "ru",
                null);
        assertThat(knowledge.awaitDraftOf(sameLease).get("id"))
                .as("the same question in Russian still joins")
                .isEqualTo(leaseDraft);
    }

    private static Map<String, Object> grouping(Map<String, Object> draft) {
        return (Map<String, Object>)
                ((List<Map<String, Object>>) draft.get("questions")).getFirst().get("grouping");
    }
}
