package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
@SuppressWarnings("unchecked")
class EditorialWorkflowIT {

    @LocalServerPort
    int port;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    private Map<String, Object> newDraft(String question, String answer) {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(ticket, question, "en", answer, "en", null);
        return knowledge.awaitDraftOf(ticket);
    }

    @Test
    void aFreshDraftIsPublishedWithOneCallAndItsArticleIsSearchableAndReadable() {
        Map<String, Object> draft = newDraft(
                "Where can I learn to sail a dinghy on the Loosdrecht lakes?",
                "Sailing schools on the Loosdrecht lakes teach dinghy sailing in weekend courses.");
        Object id = draft.get("id");
        assertThat(draft.get("status")).isEqualTo("OPEN");
        assertThat(draft.get("allowedTransitions")).isEqualTo(List.of("IN_REVIEW", "PUBLISHED", "REJECTED"));

        var published = knowledge.post("/api/knowledge/drafts/" + id + "/publish", null);

        assertThat(published.status()).isEqualTo(200);
        String articleId = published.val("articleId");
        assertThat(articleId).isNotBlank();
        Map<String, Object> after = knowledge.draft(id);
        assertThat(after.get("status")).isEqualTo("PUBLISHED");
        assertThat(after.get("articleId")).isEqualTo(articleId);
        assertThat(knowledge.get("/api/knowledge/articles/" + articleId).get("status"))
                .isEqualTo("PUBLISHED");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(knowledge.search("sail a dinghy Loosdrecht", "en"))
                        .anySatisfy(hit -> assertThat(hit.get("articleId")).isEqualTo(articleId)));
        var article = knowledge.call(
                "GET",
                "/api/public/kb/articles/" + articleId + "?lang=en",
                TestTokens.bearer("public", "PUBLIC"),
                null);
        assertThat(article.status()).isEqualTo(200);
        assertThat((String) article.get("body")).contains("weekend courses");
        EventSchemas.assertConforms(TopicProbe.await(
                "knowledge.article.v1",
                r -> r.header("ce_type").equals("nl.wegwijs.knowledge.DraftPublished")
                        && r.key().equals(articleId)));
    }

    @Test
    void aFreshDraftWithoutABodyInItsSourceLanguageIsNotPublished() {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(ticket, "Can I walk my dog on the beach at Scheveningen in summer?", "en", null, "en", null);
        Object id = knowledge.awaitDraftOf(ticket).get("id");

        var publish = knowledge.post("/api/knowledge/drafts/" + id + "/publish", null);

        assertThat(publish.status()).isEqualTo(400);
        assertThat(publish.body()).containsKey("errors");
        assertThat(knowledge.draft(id).get("status")).isEqualTo("OPEN");
    }

    @Test
    void aDraftMayGoThroughReviewFirstAndInvalidTransitionsNameTheAllowedOnes() {
        Map<String, Object> draft = newDraft(
                "How do I sign up for the volunteer fire brigade?", "Ask the local fire station for an open evening.");
        Object id = draft.get("id");

        assertThat(knowledge
                        .post("/api/knowledge/drafts/" + id + "/review", null)
                        .get("status"))
                .isEqualTo("IN_REVIEW");
        var reviewAgain = knowledge.post("/api/knowledge/drafts/" + id + "/review", null);
        assertThat(reviewAgain.status()).isEqualTo(409);
        assertThat((String) reviewAgain.get("detail")).contains("allowed: [PUBLISHED, REJECTED, OPEN]");
        var published = knowledge.post("/api/knowledge/drafts/" + id + "/publish", null);
        assertThat(published.status()).isEqualTo(200);
        String articleId = published.val("articleId");
        assertThat(knowledge.draft(id).get("status")).isEqualTo("PUBLISHED");
        var rejectPublished = knowledge.post("/api/knowledge/drafts/" + id + "/reject", null);
        assertThat(rejectPublished.status()).isEqualTo(409);
        assertThat((String) rejectPublished.get("detail")).contains("allowed: none");
        assertThat(knowledge
                        .post("/api/knowledge/drafts/" + id + "/publish", null)
                        .status())
                .isEqualTo(409);

        var article = knowledge.get("/api/knowledge/articles/" + articleId);
        assertThat(article.get("status")).isEqualTo("PUBLISHED");
        assertThat(article.get("version")).isEqualTo(1);
        List<Map<String, Object>> listed = knowledge
                .get("/api/knowledge/articles?status=PUBLISHED&size=100")
                .val("items");
        assertThat(listed).anySatisfy(a -> assertThat(a.get("id")).isEqualTo(articleId));
    }

    @Test
    void editorsEditTranslationsSideBySideAndTheSourceLanguageChangeFlagsTheOthersOutdated() {
        Map<String, Object> draft = newDraft(
                "Where can I borrow a bicycle trailer for a day?", "Some neighbourhood centres lend trailers.");
        Object id = draft.get("id");
        var put = knowledge.put(
                "/api/knowledge/drafts/" + id,
                Map.of(
                        "translations",
                        Map.of(
                                "nl",
                                        Map.of(
                                                "title",
                                                "Waar leen ik een fietskar?",
                                                "body",
                                                "Sommige buurthuizen lenen fietskarren uit."),
                                "uk",
                                        Map.of(
                                                "title",
                                                "Де позичити велосипедний причіп?",
                                                "body",
                                                "Деякі громадські центри позичають причепи."))));
        assertThat(put.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) put.get("translations")).keySet())
                .containsExactlyInAnyOrder("en", "nl", "uk");

        String articleId = knowledge.publish(id);
        var updated = knowledge.put(
                "/api/knowledge/articles/" + articleId,
                Map.of(
                        "translations",
                        Map.of(
                                "en",
                                Map.of(
                                        "title",
                                        "Borrowing a bicycle trailer",
                                        "body",
                                        "Neighbourhood centres and some libraries lend trailers."))));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.get("version")).isEqualTo(2);
        Map<String, Map<String, Object>> translations = updated.val("translations");
        assertThat(translations.get("nl").get("outdated")).isEqualTo(true);
        assertThat(translations.get("uk").get("outdated")).isEqualTo(true);
        assertThat(translations.get("en").get("outdated")).isEqualTo(false);
        List<Map<String, Object>> history = updated.val("history");
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().get("changedBy")).isEqualTo("editor");
        assertThat(history.getFirst().get("version")).isEqualTo(2);

        var translated = knowledge.put(
                "/api/knowledge/articles/" + articleId,
                Map.of(
                        "translations",
                        Map.of(
                                "nl",
                                Map.of(
                                        "title",
                                        "Een fietskar lenen",
                                        "body",
                                        "Buurthuizen en sommige bibliotheken lenen fietskarren uit."))));
        Map<String, Map<String, Object>> after = translated.val("translations");
        assertThat(after.get("nl").get("outdated")).isEqualTo(false);
        assertThat(after.get("uk").get("outdated")).isEqualTo(true);
    }

    @Test
    void invalidEditsAreRejectedWithProblemDetails() {
        Object id = newDraft("Can I keep chickens in a rented garden?", "Check your rental contract and local rules.")
                .get("id");
        var badLanguage = knowledge.put(
                "/api/knowledge/drafts/" + id,
                Map.of("translations", Map.of("english", Map.of("title", "x", "body", "y"))));
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.body()).containsKey("errors");
        var blankTitle = knowledge.put(
                "/api/knowledge/drafts/" + id, Map.of("translations", Map.of("nl", Map.of("title", " ", "body", "y"))));
        assertThat(blankTitle.status())
                .as("a draft is work in progress: its body is kept while the title is still to be written")
                .isEqualTo(200);
        var publishedWithoutTitle = knowledge.post("/api/knowledge/drafts/" + id + "/publish", null);
        assertThat(publishedWithoutTitle.status()).isEqualTo(400);
        assertThat(publishedWithoutTitle.body().toString()).contains("translations.nl.title");
        var tooLong = knowledge.put(
                "/api/knowledge/drafts/" + id,
                Map.of("translations", Map.of("en", Map.of("title", "t", "body", "x".repeat(20_001)))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) tooLong.val("errors"))
                .extracting(e -> e.get("field"))
                .as("map keys named as JSON reads them, as everywhere in the service")
                .containsExactly("translations.en.body");
        var missingBody = knowledge.put(
                "/api/knowledge/drafts/" + id, Map.of("translations", Map.of("nl", Map.of("title", "t"))));
        assertThat((List<Map<String, Object>>) missingBody.val("errors"))
                .extracting(e -> e.get("field"))
                .containsExactly("translations.nl.body");
        var malformed = knowledge.call("PUT", "/api/knowledge/drafts/" + id, Knowledge.editor(), "{\"translations\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(knowledge
                        .put(
                                "/api/knowledge/drafts/" + UUID.randomUUID(),
                                Map.of("translations", Map.of("nl", Map.of("title", "t", "body", "b"))))
                        .status())
                .isEqualTo(404);
        assertThat(knowledge
                        .call(
                                "POST",
                                "/api/knowledge/drafts/" + id + "/review",
                                TestTokens.bearer("agent", "AGENT"),
                                null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void translationsAreKeyedByIso639_1LanguageCodesOnly() {
        Object id = newDraft(
                        "May I take a surfboard on the ferry to Texel?", "Surfboards travel free on the Texel ferry.")
                .get("id");
        var madeUp = knowledge.put(
                "/api/knowledge/drafts/" + id,
                Map.of(
                        "translations",
                        Map.of(
                                "xx", Map.of("title", "Surf", "body", "Surf."),
                                "nl",
                                        Map.of(
                                                "title",
                                                "Mag een surfplank mee op de veerboot naar Texel?",
                                                "body",
                                                "Surfplanken reizen gratis mee."))));
        assertThat(madeUp.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) madeUp.get("errors"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("field")).isEqualTo("translations.xx"));
        assertThat(((Map<String, Object>) knowledge.draft(id).get("translations")).keySet())
                .containsExactly("en");

        String articleId = knowledge.publish(id);
        var articleEdit = knowledge.put(
                "/api/knowledge/articles/" + articleId,
                Map.of("translations", Map.of("english", Map.of("title", "Surf", "body", "Surf."))));
        assertThat(articleEdit.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) articleEdit.get("errors"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("field")).isEqualTo("translations.english"));
        var shown = knowledge.call(
                "GET", "/api/public/kb/articles/" + articleId, TestTokens.bearer("public", "PUBLIC"), null);
        assertThat(shown.get("languages")).isEqualTo(List.of("en"));
        assertThat(knowledge
                        .call(
                                "GET",
                                "/api/public/kb/articles/" + articleId + "?lang=xx",
                                TestTokens.bearer("public", "PUBLIC"),
                                null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void rejectedDraftsCanBeReopened() {
        Object id = newDraft("Is there a repair cafe for broken toasters?", "Repair cafes meet monthly in many towns.")
                .get("id");
        assertThat(knowledge
                        .post("/api/knowledge/drafts/" + id + "/reject", null)
                        .get("status"))
                .isEqualTo("REJECTED");
        var publish = knowledge.post("/api/knowledge/drafts/" + id + "/publish", null);
        assertThat(publish.status()).isEqualTo(409);
        assertThat((String) publish.get("detail")).contains("allowed: [OPEN]");
        assertThat(knowledge
                        .post("/api/knowledge/drafts/" + id + "/reopen", null)
                        .get("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void twoDraftsMergeAndAWronglyGroupedQuestionSplitsOut() {
        Map<String, Object> a = newDraft(
                "Where can I practise the tuba without disturbing neighbours?", "Music schools rent practice rooms.");
        Map<String, Object> b =
                newDraft("How do I find a rehearsal studio for my rock band?", "Youth centres rent rehearsal studios.");
        var merged = knowledge.post("/api/knowledge/drafts/" + a.get("id") + "/merge", Map.of("draftId", b.get("id")));
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.get("questionCount")).isEqualTo(2);
        assertThat(knowledge.draft(b.get("id")).get("status")).isEqualTo("REJECTED");

        String bandTicket = ((List<Map<String, Object>>) b.get("questions"))
                .getFirst()
                .get("ticketId")
                .toString();
        var split = knowledge.post(
                "/api/knowledge/drafts/" + a.get("id") + "/split", Map.of("ticketIds", List.of(bandTicket)));
        assertThat(split.status()).isEqualTo(201);
        Map<String, Object> splitOut = knowledge.draft(split.get("draftId"));
        assertThat(splitOut.get("questionCount")).isEqualTo(1);
        assertThat(splitOut.get("title")).isEqualTo("How do I find a rehearsal studio for my rock band?");
        assertThat(knowledge.draft(a.get("id")).get("questionCount")).isEqualTo(1);
        var all = knowledge.post(
                "/api/knowledge/drafts/" + split.get("draftId") + "/split", Map.of("ticketIds", List.of(bandTicket)));
        assertThat(all.status()).isEqualTo(400);
    }

    @Test
    void articlesPastTheirReviewDateAreListedAndRetiredOnesCannotBeRetiredAgain() {
        Object id = newDraft("Can I fish in the canal without a permit?", "You need a VISpas to fish in most waters.")
                .get("id");
        String articleId = knowledge.publish(id);
        assertThat(knowledge
                        .put(
                                "/api/knowledge/articles/" + articleId,
                                Map.of("reviewBy", LocalDate.now().minusDays(1).toString()))
                        .status())
                .isEqualTo(200);
        List<Map<String, Object>> due =
                knowledge.get("/api/knowledge/articles/review-due?size=100").val("items");
        assertThat(due).anySatisfy(a -> assertThat(a.get("id")).isEqualTo(articleId));

        assertThat(knowledge
                        .post("/api/knowledge/articles/" + articleId + "/retire", null)
                        .get("status"))
                .isEqualTo("RETIRED");
        var again = knowledge.post("/api/knowledge/articles/" + articleId + "/retire", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(knowledge
                        .post("/api/knowledge/articles/" + UUID.randomUUID() + "/retire", null)
                        .status())
                .isEqualTo(404);
        assertThat(knowledge
                        .call("GET", "/api/knowledge/articles", TestTokens.bearer("public", "PUBLIC"), null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void gapsListGroupsOfManyQuestionsWithoutAnArticleBiggestFirst() {
        UUID first = UUID.randomUUID();
        Knowledge.answer(
                first,
                "Where can I recycle old mobile phones in Leiden?",
                "en",
                "Bring old phones to the recycling centre or a phone shop.",
                "en",
                "recycling");
        Object id = knowledge.awaitDraftOf(first).get("id");
        UUID second = UUID.randomUUID();
        Knowledge.answer(
                second,
                "Where to recycle an old mobile phone in Leiden?",
                "en",
                "Old phones go to the recycling centre or a phone shop.",
                "en",
                "recycling");
        org.awaitility.Awaitility.await()
                .until(() -> knowledge.draft(id).get("questionCount").equals(2));
        Map<String, Object> draft = knowledge.draft(id);
        Map<String, Object> why = (Map<String, Object>)
                ((List<Map<String, Object>>) draft.get("questions")).get(1).get("grouping");
        assertThat(why.get("decision")).isEqualTo("joined");

        var all = knowledge.get("/api/knowledge/gaps?minQuestions=2&size=100");
        List<Map<String, Object>> gaps = all.val("items");
        assertThat(gaps).anySatisfy(g -> assertThat(g.get("draftId")).isEqualTo(id));
        assertThat(gaps.stream().map(g -> (Integer) g.get("questionCount")).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.body()).containsEntry("page", 0).containsEntry("size", 100);
        assertThat(((Number) all.get("total")).intValue()).isEqualTo(gaps.size());
    }

    @Test
    void everyListAnswersAPageFarPastTheEndAsAnEmptyPage() {
        // page 21474837 of 100 starts past the largest int: the offset once wrapped to a negative number
        for (String list : List.of(
                "/api/knowledge/drafts?",
                "/api/knowledge/articles?",
                "/api/knowledge/gaps?",
                "/api/knowledge/lexicon/concepts?")) {
            var far = knowledge.get(list + "page=21474837&size=100");
            assertThat(far.status()).as(list).isEqualTo(200);
            assertThat(far.<List<Object>>val("items")).as(list).isEmpty();
            assertThat(far.body()).as(list).containsEntry("page", 21474837);
        }
    }

    @Test
    void gapsAndTheLexiconAnswerPagesInAStableOrderWithTheSizeCapped() {
        newDraft("Where can I play padel in Zwolle?", "Zwolle has two padel clubs that rent courts by the hour.");
        newDraft("Is there a choir for Ukrainian songs in Apeldoorn?", "A Ukrainian choir rehearses in Apeldoorn.");
        newDraft("Can I borrow a sewing machine in Deventer?", "The Deventer repair cafe lends sewing machines.");
        for (String list : List.of("/api/knowledge/gaps?minQuestions=1&", "/api/knowledge/lexicon/concepts?")) {
            var first = knowledge.get(list + "page=0&size=2");
            assertThat(first.status()).as(list).isEqualTo(200);
            assertThat(first.body()).as(list).containsKeys("items", "page", "size", "total");
            int total = ((Number) first.get("total")).intValue();
            assertThat(total).as(list).isGreaterThan(2);
            List<Object> byPages = new java.util.ArrayList<>();
            for (int page = 0; page * 2 < total; page++) {
                var answer = knowledge.get(list + "page=" + page + "&size=2");
                assertThat(answer.body()).containsEntry("page", page).containsEntry("size", 2);
                answer.<List<Map<String, Object>>>val("items")
                        .forEach(item ->
                                byPages.add(item.containsKey("draftId") ? item.get("draftId") : item.get("id")));
            }
            List<Object> atOnce = knowledge.get(list + "size=100").<List<Map<String, Object>>>val("items").stream()
                    .map(item -> item.containsKey("draftId") ? item.get("draftId") : item.get("id"))
                    .toList();
            assertThat(byPages)
                    .as(list + " page by page, each once, in one order")
                    .isEqualTo(atOnce);
            assertThat(knowledge.get(list + "size=1000").body()).as(list).containsEntry("size", 100);
            assertThat(knowledge.get(list + "page=-1").status()).as(list).isEqualTo(400);
        }
        List<Map<String, Object>> concepts =
                knowledge.get("/api/knowledge/lexicon/concepts?size=100").val("items");
        assertThat(concepts.stream().map(c -> (String) c.get("id")).toList())
                .as("by id")
                .isSorted();
        assertThat(knowledge.get("/api/knowledge/lexicon/concepts").body())
                .as("20 a page unless asked otherwise, as every list")
                .containsEntry("size", 20);
    }

    @Test
    void editorsExtendTheLexicon() {
        var put = knowledge.put(
                "/api/knowledge/lexicon/concepts/bicycle",
                Map.of(
                        "label",
                        "bicycle",
                        "weight",
                        2.0,
                        "terms",
                        Map.of(
                                "en",
                                List.of("bicycle", "bike"),
                                "nl",
                                List.of("fiets"),
                                "uk",
                                List.of("велосипед"),
                                "ru",
                                List.of("велосипед"))));
        assertThat(put.status()).isEqualTo(200);
        List<Map<String, Object>> all =
                knowledge.get("/api/knowledge/lexicon/concepts?size=100").val("items");
        assertThat(all).anySatisfy(c -> assertThat(c.get("id")).isEqualTo("bicycle"));
        assertThat(all).anySatisfy(c -> assertThat(c.get("id")).isEqualTo("health-insurance"));
        assertThat(knowledge
                        .put(
                                "/api/knowledge/lexicon/concepts/Bad Id",
                                Map.of("label", "x", "weight", 1, "terms", Map.of("en", List.of("x"))))
                        .status())
                .isIn(400, 404);
        assertThat(knowledge
                        .put("/api/knowledge/lexicon/concepts/x", Map.of("label", "", "weight", 1, "terms", Map.of()))
                        .status())
                .isEqualTo(400);
        var badTerms = knowledge.put(
                "/api/knowledge/lexicon/concepts/tandem",
                Map.of("label", "tandem", "weight", 2.0, "terms", Map.of("EN", List.of("tandem"), "nl", List.of(" "))));
        assertThat(badTerms.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) badTerms.val("errors"))
                .extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("terms.EN", "terms.nl[0]");
    }
}
