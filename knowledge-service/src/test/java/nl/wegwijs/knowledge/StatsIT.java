package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class StatsIT {

    @LocalServerPort
    int port;

    Knowledge knowledge;

    @BeforeEach
    void client() {
        knowledge = new Knowledge(port);
    }

    @Test
    void draftsCreatedAndPublishedAreCountedInThisWeek() {
        Map<String, Object> before = thisWeek(knowledge.get("/api/knowledge/stats/drafts-per-week?weeks=4"));
        UUID ticket = UUID.randomUUID();
        Knowledge.answer(
                ticket,
                "Does my health insurance pay for a filling at the dentist?",
                "en",
                "The basic insurance pays dental care for children only; adults need supplementary dental cover.",
                "en",
                "health");
        Map<String, Object> draft = knowledge.awaitDraftOf(ticket);
        assertThat(draft.get("questionCount"))
                .as("a draft of its own, not grouped with another test's question")
                .isEqualTo(1);
        knowledge.publish(draft.get("id"));

        Map<String, Object> after = thisWeek(knowledge.get("/api/knowledge/stats/drafts-per-week?weeks=4"));

        assertThat(((Number) after.get("created")).longValue())
                .isGreaterThan(((Number) before.get("created")).longValue());
        assertThat(((Number) after.get("published")).longValue())
                .isGreaterThan(((Number) before.get("published")).longValue());
    }

    @Test
    void everyWeekOfTheRangeIsThereFromMondayToThisWeekEmptyOnesAsZero() {
        Knowledge.Response response = knowledge.get("/api/knowledge/stats/drafts-per-week?weeks=12");

        assertThat(response.status()).isEqualTo(200);
        List<Map<String, Object>> items = response.val("items");
        assertThat(items).hasSize(12);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(items.getLast().get("weekStart")).isEqualTo(monday.toString());
        assertThat(items.getFirst().get("weekStart"))
                .isEqualTo(monday.minusWeeks(11).toString());
        assertThat(items).allSatisfy(week -> assertThat(week).containsKeys("created", "published"));
    }

    @Test
    void aRangeOutsideOneTo260WeeksIsRefusedWithTheFieldNamed() {
        Knowledge.Response response = knowledge.get("/api/knowledge/stats/drafts-per-week?weeks=0");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).contains("weeks");
    }

    @Test
    void analystsMayReadTheFiguresAgentsMayNot() {
        String path = "/api/knowledge/stats/drafts-per-week";

        assertThat(knowledge
                        .call("GET", path, TestTokens.bearer("ana", "ANALYST"), null)
                        .status())
                .isEqualTo(200);
        assertThat(knowledge
                        .call("GET", path, TestTokens.bearer("agent", "AGENT"), null)
                        .status())
                .isEqualTo(403);
    }

    private static Map<String, Object> thisWeek(Knowledge.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<Map<String, Object>> items = response.val("items");
        return items.getLast();
    }
}
