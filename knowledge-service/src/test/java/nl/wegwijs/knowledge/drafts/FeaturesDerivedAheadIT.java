package nl.wegwijs.knowledge.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.knowledge.Knowledge;
import nl.wegwijs.knowledge.lexicon.Lexicon;
import nl.wegwijs.knowledge.lexicon.Lexicons;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class FeaturesDerivedAheadIT {

    @LocalServerPort
    int port;

    @Autowired
    DraftIntake intake;

    @Autowired
    Lexicons lexicons;

    @Test
    void afterALexiconEditTheStoredQuestionsAreDerivedAgainBeforeTheNextQuestionArrives() {
        Knowledge knowledge = new Knowledge(port);
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "Where can I borrow a kayak in Zwolle?",
                "en",
                "The canoe club lends kayaks to members.",
                "en",
                null);
        knowledge.awaitDraftOf(ticket);
        Lexicon before = lexicons.get();
        assertThat(intake.derivedWith(ticket, before)).isTrue();

        var edit = knowledge.put(
                "/api/knowledge/lexicon/concepts/kayak",
                Map.of(
                        "label",
                        "kayak",
                        "weight",
                        2.0,
                        "terms",
                        Map.of("en", List.of("kayak"), "nl", List.of("kajak"))));

        assertThat(edit.status()).isEqualTo(200);
        Lexicon edited = lexicons.get();
        assertThat(edited).isNotSameAs(before);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> intake.derivedWith(ticket, edited));

        assertThat(knowledge
                        .call("DELETE", "/api/knowledge/lexicon/concepts/kayak", Knowledge.editor(), null)
                        .status())
                .isEqualTo(204);
    }
}
