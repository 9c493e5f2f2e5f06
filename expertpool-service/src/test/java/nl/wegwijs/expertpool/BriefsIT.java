package nl.wegwijs.expertpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIT
class BriefsIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    private void support(UUID point, UUID expert, String quote) {
        var response = api.post(
                "/api/expertpool/agenda-points/" + point + "/support", Map.of("expertId", expert, "quote", quote));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    @Test
    void aBriefShowsEachPointWithSupportQuotesOnlyWithConsentAndHelpdeskFigures() {
        String theme = TestData.theme();
        UUID quotable = TestData.expert(api, "Quotable Expert", theme, "uk", true, true);
        UUID private_ = TestData.expert(api, "Private Expert", theme, "uk", true, false);
        UUID leaving = TestData.expert(api, "Leaving Expert", theme, "uk", true, true);
        UUID named = TestData.expert(api, "Olena Hrytsenko", theme, "uk", true, true);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(10), 10);
        UUID point = api.post(
                        "/api/expertpool/agenda-points",
                        Map.of(
                                "sessionId",
                                session,
                                "theme",
                                theme,
                                "text",
                                "<b>Bank accounts</b> & *stars*: banks refuse a Ukrainian passport"))
                .id();
        support(point, quotable, "<script>alert(1)</script> Call me on 06 12345678, I waited 3 months.");
        support(point, private_, "secret words");
        support(point, leaving, "words of someone who leaves");
        support(point, named, "Olena had to open an account in Germany.");
        api.put(
                "/api/expertpool/experts/" + leaving + "/consent",
                Map.of("participate", false, "quoteAnonymously", false, "contact", false));
        // a question arrives unclassified and gets the point's theme as its topic when staff answer it
        SignalsIT.Ticket.asked("uk", OffsetDateTime.now()).opened(null).answered(theme);

        String query = "?agendaPointIds=" + point + "&weeks=4";
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/expertpool/briefs" + query)
                                .json()
                                .get("points")
                                .get(0)
                                .get("helpdesk")
                                .get("questions")
                                .asLong())
                        .isEqualTo(1));

        var json = api.get("/api/expertpool/briefs" + query);
        assertThat(json.status()).isEqualTo(200);
        JsonNode p = json.json().get("points").get(0);
        assertThat(p.get("theme").asString()).isEqualTo(theme);
        assertThat(p.get("supporterCount").asInt()).isEqualTo(3);
        assertThat(p.get("helpdesk").get("byLanguage").get("uk").asLong()).isEqualTo(1);
        String quotes = p.get("quotes").toString();
        assertThat(p.get("quotes")).hasSize(2);
        assertThat(quotes).contains("[phone]", "had to open an account");
        assertThat(quotes).doesNotContain("06 12345678", "secret words", "someone who leaves", "Olena");
        assertThat(json.text()).doesNotContain("Quotable Expert", "Private Expert", quotable.toString());

        var html = api.get("/api/expertpool/briefs.html" + query);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("@media print", "&lt;script&gt;", "&lt;b&gt;Bank accounts&lt;/b&gt; &amp;");
        assertThat(html.text()).doesNotContain("<script>", "<b>Bank", "secret words");

        var markdown = api.get("/api/expertpool/briefs.md" + query + "&lang=en");
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.contentType()).startsWith("text/markdown");
        assertThat(markdown.disposition()).contains("attachment", ".md");
        assertThat(markdown.text()).contains("# Agenda points from the expert pool", "\\*stars\\*", "&lt;b&gt;");
        assertThat(markdown.text()).doesNotContain("<script>", "secret words");

        api.delete("/api/expertpool/experts/" + named);
        assertThat(api.get("/api/expertpool/briefs" + query).text()).doesNotContain("open an account");
    }

    @Test
    void aBriefShowsPointsWhoseStepsWereTakenWithTheStatusAlone() {
        String theme = TestData.theme();
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(10), 10);
        UUID point = api.post(
                        "/api/expertpool/agenda-points",
                        Map.of("sessionId", session, "theme", theme, "text", "Banks refuse a Ukrainian passport"))
                .id();
        for (String step : List.of("PRESENTED", "ANSWERED")) {
            var stepped = api.post("/api/expertpool/agenda-points/" + point + "/status", Map.of("status", step));
            assertThat(stepped.status()).as(stepped.text()).isEqualTo(200);
        }
        String query = "?agendaPointIds=" + point;

        var json = api.get("/api/expertpool/briefs" + query);
        assertThat(json.status()).as(json.text()).isEqualTo(200);
        JsonNode p = json.json().get("points").get(0);
        assertThat(p.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(p.get("visitDate").isNull()).isTrue();
        assertThat(p.get("visitorCount").asInt()).isZero();
        assertThat(p.get("answerSummary").isNull()).isTrue();
        var html = api.get("/api/expertpool/briefs.html" + query + "&lang=en");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.text()).contains("Banks refuse").doesNotContain("null", "Visit to members of parliament");
        var markdown = api.get("/api/expertpool/briefs.md" + query + "&lang=en");
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.text()).contains("Banks refuse").doesNotContain("null", "The government's answer");
    }

    @Test
    void aBriefLeavesOutTheNamesOfThePointsVisitorsAsWellAsOfItsSupporters() {
        String theme = TestData.theme();
        UUID visitor = TestData.expert(api, "Bohdan Kravets", theme, "uk", true, true);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(10), 10);
        UUID point = api.post(
                        "/api/expertpool/agenda-points",
                        Map.of("sessionId", session, "theme", theme, "text", "Diplomas are not recognised"))
                .id();
        var answered = api.post(
                "/api/expertpool/agenda-points/" + point + "/status",
                Map.of(
                        "status",
                        "ANSWERED",
                        "visitDate",
                        TestData.today().toString(),
                        "visitors",
                        List.of(visitor),
                        "reference",
                        "2027Z00777 after Bohdan's visit",
                        "answerSummary",
                        "The minister thanks Bohdan Kravets for his account."));
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        assertThat(answered.field("answerSummary"))
                .as("the coordinator's copy keeps the name")
                .contains("Kravets");

        var brief = api.get("/api/expertpool/briefs?agendaPointIds=" + point);

        assertThat(brief.status()).isEqualTo(200);
        JsonNode p = brief.json().get("points").get(0);
        assertThat(p.get("answerSummary").asString()).isEqualTo("The minister thanks [name] [name] for his account.");
        assertThat(p.get("reference").asString()).isEqualTo("2027Z00777 after [name]'s visit");
        assertThat(p.get("visitorCount").asInt()).isEqualTo(1);
        assertThat(api.get("/api/expertpool/briefs.md?agendaPointIds=" + point).text())
                .doesNotContain("Bohdan", "Kravets");
    }

    @Test
    void aBriefCarriesNoSpellingOfAnExpertsNameAndKeepsAnOrganisationsContactData() {
        // an audit: the brief for members of parliament, whose footer says it holds no personal data, printed
        // "gesprek met Gryzenko" for the expert Mykhailo Hrytsenko
        String theme = TestData.theme();
        UUID mykhailo = TestData.expert(api, "Mykhailo Hrytsenko", theme, "uk", true, true);
        UUID session = TestData.session(api, theme, OffsetDateTime.now().minusDays(10), 10);
        UUID point = api.post(
                        "/api/expertpool/agenda-points",
                        Map.of(
                                "sessionId",
                                session,
                                "theme",
                                theme,
                                "raisedBy",
                                mykhailo,
                                "text",
                                "Diploma's worden niet erkend; Mychajlo belde het Juridisch Loket (0900-8020)."))
                .id();
        var answered = api.post(
                "/api/expertpool/agenda-points/" + point + "/status",
                Map.of(
                        "status",
                        "ANSWERED",
                        "reference",
                        "2026Z21234 (vragen n.a.v. gesprek met Gryzenko)",
                        "answerSummary",
                        "De minister noemt de casus van Gritsenko in Zwolle. Ook Mychajlo Hryzenko genoemd."
                                + " Vragen: info@rijksoverheid.nl of Postbus 20011, 2500 EA Den Haag."));
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);

        var markdown = api.get("/api/expertpool/briefs.md?agendaPointIds=" + point + "&lang=nl");
        var json = api.get("/api/expertpool/briefs?agendaPointIds=" + point);

        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.text())
                .contains("gesprek met \\[name\\]", "geen persoonsgegevens")
                .doesNotContain("Gryzenko", "Gritsenko", "Hryzenko", "Mychajlo", "Mykhailo", "Hrytsenko");
        JsonNode p = json.json().get("points").get(0);
        assertThat(p.get("reference").asString()).isEqualTo("2026Z21234 (vragen n.a.v. gesprek met [name])");
        assertThat(p.get("answerSummary").asString())
                .isEqualTo("De minister noemt de casus van [name] in Zwolle. Ook [name] [name] genoemd."
                        + " Vragen: info@rijksoverheid.nl of Postbus 20011, 2500 EA Den Haag.");
        assertThat(p.get("text").asString())
                .isEqualTo("Diploma's worden niet erkend; [name] belde het Juridisch Loket (0900-8020).");
    }

    @Test
    void refusesABriefWithoutPointsOrWithUnknownOnes() {
        var none = api.get("/api/expertpool/briefs");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text()).contains("agendaPointIds");
        assertThat(api.get("/api/expertpool/briefs?agendaPointIds=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/expertpool/briefs.html?agendaPointIds=nope").status())
                .isEqualTo(400);
        assertThat(api.get("/api/expertpool/briefs.md").status()).isEqualTo(400);
    }
}
