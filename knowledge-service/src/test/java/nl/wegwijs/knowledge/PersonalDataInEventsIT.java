package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the events tell of a question that holds a name, a phone number and an e-mail address in the very
 * sentence that titles its draft, read from the topics as a plain Kafka client would: the domain events carry
 * the title redacted exactly as the draft shows it, the analytics events no title or text at all.
 */
@ServiceIT
@SuppressWarnings("unchecked")
class PersonalDataInEventsIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final List<String> PERSONAL = List.of(
            "Oksana",
            "Melnyk",
            "6 1234 5678",
            "oksana.melnyk",
            "gmail",
            "Тарас",
            "Бондар",
            "0612345678",
            "bondar.t",
            "ukr.net");

    @LocalServerPort
    int port;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    @Test
    void aDraftCreatedFromAnAnswerAndOneSplitOutCarryTheRedactedTitleOfTheDraftAndAnalyticsNoTextAtAll() {
        UUID first = UUID.randomUUID();
        Knowledge.answer(
                first,
                "Can Oksana Melnyk, on +31 6 1234 5678 or oksana.melnyk@gmail.com, take pottery classes at the"
                        + " Kampen community centre?",
                "en",
                "Dear Oksana, the Kampen community centre runs pottery classes on Wednesday evenings; the first one"
                        + " is free.",
                "en",
                null);
        Map<String, Object> firstDraft = ownDraftOf(first);
        UUID second = UUID.randomUUID();
        Knowledge.answer(
                second,
                "Мене звати Тарас Бондар. Чи може Тарас Бондар (телефон 0612345678, пошта bondar.t@ukr.net) записатися на"
                        + " уроки гри на бандурі в Кампені?",
                "uk",
                "Уроки гри на бандурі в Кампені веде українська громада щосуботи вранці.",
                "uk",
                null);
        Map<String, Object> secondDraft = ownDraftOf(second);
        // an editor merges the two, then splits the second question out again: a DraftCreated of the split
        knowledge.post(
                "/api/knowledge/drafts/" + firstDraft.get("id") + "/merge", Map.of("draftId", secondDraft.get("id")));
        Object splitOut = knowledge
                .post(
                        "/api/knowledge/drafts/" + firstDraft.get("id") + "/split",
                        Map.of("ticketIds", List.of(second.toString())))
                .get("draftId");

        for (Object draftId : List.of(firstDraft.get("id"), secondDraft.get("id"), splitOut)) {
            TopicProbe.Seen created = TopicProbe.await(
                    "knowledge.draft.v1",
                    r -> "nl.wegwijs.knowledge.DraftCreated".equals(r.header("ce_type"))
                            && r.key().equals(draftId.toString()));
            EventSchemas.assertConforms(created);
            assertThat(created.value()).doesNotContain(PERSONAL);
            JsonNode data = json.readTree(created.value());
            Map<String, Object> draft = knowledge.draft(draftId);
            String language = data.get("language").asString();
            // asked and answered in one language: the draft's title is in its own language
            assertThat(data.get("title").asString())
                    .as("the title the draft shows, redacted alike")
                    .isEqualTo(((Map<String, Map<String, Object>>) draft.get("translations"))
                            .get(language)
                            .get("title"))
                    .contains("[name]", "[phone]", "[e-mail]");
            assertThat(language).isEqualTo(draft.get("language"));

            TopicProbe.Seen stats = TopicProbe.await(
                    "analytics.knowledge.v1",
                    r -> "nl.wegwijs.analytics.knowledge.DraftCreated".equals(r.header("ce_type"))
                            && r.key().equals(draftId.toString()));
            EventSchemas.assertConforms(stats);
            assertThat(json.readTree(stats.value()).has("title")).isFalse();
            assertThat(stats.value()).doesNotContain(PERSONAL).doesNotContain("pottery", "Kampen", "бандур", "[");
        }
        for (TopicProbe.Seen seen : TopicProbe.all("knowledge.draft.v1")) {
            if (seen.value().contains(first.toString()) || seen.value().contains(second.toString())) {
                assertThat(seen.value()).as(seen.header("ce_type")).doesNotContain(PERSONAL);
            }
        }
    }

    @Test
    void aNameOnlyTheStaffAnswersSalutationTellsLeavesTheQuestionTheDraftTitleAndDraftCreated() {
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "Can Svitozar (+31 6 2345 6789, svitozar.k@gmail.com) join the bell ringers of the Bovenkerk in Elburg?",
                "en",
                "Hi Svitozar, the Bovenkerk bell ringers in Elburg welcome newcomers on Thursday evenings.",
                "en",
                null);
        Map<String, Object> draft = ownDraftOf(ticket);

        TopicProbe.Seen created = TopicProbe.await(
                "knowledge.draft.v1",
                r -> "nl.wegwijs.knowledge.DraftCreated".equals(r.header("ce_type"))
                        && r.key().equals(draft.get("id").toString()));
        assertThat(created.value()).doesNotContain("Svitozar", "2345 6789", "svitozar.k", "gmail");
        assertThat(json.readTree(created.value()).get("title").asString())
                .isEqualTo(draft.get("title"))
                .contains("[name]", "[phone]", "[e-mail]", "bell ringers of the Bovenkerk in Elburg");
        assertThat(draft.toString()).doesNotContain("Svitozar");
        TopicProbe.Seen stats = TopicProbe.await(
                "analytics.knowledge.v1",
                r -> "nl.wegwijs.analytics.knowledge.DraftCreated".equals(r.header("ce_type"))
                        && r.key().equals(draft.get("id").toString()));
        assertThat(stats.value()).doesNotContain("Svitozar", "Bovenkerk", "Elburg", "[");
    }

    /** The new draft the ticket's question started (grouped with nothing another test left). */
    private Map<String, Object> ownDraftOf(UUID ticket) {
        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        assertThat(draft.get("questionCount"))
                .as("a draft of its own: %s", draft)
                .isEqualTo(1);
        return draft;
    }
}
