package nl.wegwijs.helpdesk.cases;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.EventSchemas;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIT
class CaseApiIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aHouseholdsCaseLinksTicketsAndRecordsMilestonesWithEvents() {
        LocalDate start = LocalDate.now().minusDays(40);
        var opened = api.post(
                "/api/helpdesk/cases",
                Roles.agent(),
                map("label", "Family K., Zwolle", "householdSize", 3, "startedOn", start.toString()));
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.text("id");
        assertThat(opened.json().get("openMilestones").size()).isEqualTo(8);

        String ticketId = api.post("/api/public/questions", Roles.publicCaller(), map("text", "Де отримати BSN?"))
                .text("ticketId");
        var linked = api.post("/api/helpdesk/cases/" + caseId + "/tickets", Roles.agent(), map("ticketId", ticketId));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.json().get("tickets").get(0).get("id").asString()).isEqualTo(ticketId);
        assertThat(api.get("/api/helpdesk/tickets/" + ticketId, Roles.agent()).text("caseId"))
                .isEqualTo(caseId);

        var reached = api.put(
                "/api/helpdesk/cases/" + caseId + "/milestones/BSN",
                Roles.agent(),
                map("reachedOn", start.plusDays(12).toString()));
        assertThat(reached.status()).isEqualTo(200);
        JsonNode milestone = reached.json().get("milestones").get(0);
        assertThat(milestone.get("milestone").asString()).isEqualTo("BSN");
        assertThat(milestone.get("daysSinceStart").asLong()).isEqualTo(12);
        assertThat(reached.json().get("openMilestones").size()).isEqualTo(7);

        var domain = TopicProbe.await(
                "helpdesk.case.v1",
                r -> caseId.equals(r.key()) && "nl.wegwijs.helpdesk.CaseMilestoneReached".equals(r.header("ce_type")));
        EventSchemas.assertConforms(domain);
        for (String type : java.util.List.of("CaseOpened", "TicketLinkedToCase")) {
            EventSchemas.assertConforms(TopicProbe.await(
                    "helpdesk.case.v1",
                    r -> caseId.equals(r.key()) && ("nl.wegwijs.helpdesk." + type).equals(r.header("ce_type"))));
        }
        var analytics = TopicProbe.await(
                "analytics.helpdesk.v1",
                r -> "nl.wegwijs.analytics.helpdesk.CaseMilestoneReached".equals(r.header("ce_type"))
                        && r.value().contains("\"daysSinceCaseStart\":12"));
        EventSchemas.assertConforms(analytics);
        assertThat(analytics.value()).doesNotContain(caseId, "Family", "Zwolle");
        assertThat(analytics.key()).startsWith("p_");

        assertThat(api.get("/api/helpdesk/cases?size=50", Roles.agent()).body()).contains(caseId);
    }

    @Test
    void badCaseRequestsAre400And404AndSuperlocalsHaveNoAccess() {
        String caseId = api.post("/api/helpdesk/cases", Roles.agent(), map("label", "Household B"))
                .text("id");

        assertThat(api.post("/api/helpdesk/cases", Roles.agent(), map("householdSize", 2))
                        .status())
                .isEqualTo(400);
        assertThat(api.put(
                                "/api/helpdesk/cases/" + caseId + "/milestones/MOON_LANDING",
                                Roles.agent(),
                                map("reachedOn", "2026-01-01"))
                        .status())
                .isEqualTo(400);
        assertThat(api.put(
                                "/api/helpdesk/cases/" + caseId + "/milestones/HOUSING",
                                Roles.agent(),
                                map("reachedOn", "not-a-date"))
                        .status())
                .isEqualTo(400);
        assertThat(api.put(
                                "/api/helpdesk/cases/" + caseId + "/milestones/HOUSING",
                                Roles.agent(),
                                map("reachedOn", LocalDate.now().plusDays(5).toString()))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/helpdesk/cases/" + UUID.randomUUID(), Roles.agent())
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/helpdesk/cases/" + caseId + "/tickets",
                                Roles.agent(),
                                map("ticketId", UUID.randomUUID()))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/helpdesk/cases/" + caseId, Roles.superlocal()).status())
                .isEqualTo(403);
        assertThat(api.post("/api/helpdesk/cases", Roles.superlocal(), map("label", "x"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMilestoneBeforeTheCaseStartedIsA400NamingReachedOnAndNeverCounted() {
        LocalDate start = LocalDate.now().minusDays(60);
        String caseId = api.post(
                        "/api/helpdesk/cases",
                        Roles.agent(),
                        map("label", "Household M", "startedOn", start.toString()))
                .text("id");
        String milestones = "/api/helpdesk/cases/" + caseId + "/milestones/";

        var refused = api.put(
                milestones + "BANK_ACCOUNT",
                Roles.agent(),
                map("reachedOn", start.minusDays(30).toString()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reachedOn");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("before the case started");
        var tomorrow = api.put(
                milestones + "BANK_ACCOUNT",
                Roles.agent(),
                map("reachedOn", LocalDate.now().plusDays(2).toString()));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.json().get("errors").get(0).get("field").asString()).isEqualTo("reachedOn");
        var detail = api.get("/api/helpdesk/cases/" + caseId, Roles.agent()).json();
        assertThat(detail.get("milestones").size()).isZero();

        // the start day itself counts: day 0; the events for the case (in order, one key) hold only that one
        var onStart = api.put(milestones + "MUNICIPAL_REGISTRATION", Roles.agent(), map("reachedOn", start.toString()));
        assertThat(onStart.status()).isEqualTo(200);
        assertThat(onStart.json().get("milestones").get(0).get("daysSinceStart").asLong())
                .isZero();
        TopicProbe.await(
                "helpdesk.case.v1",
                r -> caseId.equals(r.key())
                        && "nl.wegwijs.helpdesk.CaseMilestoneReached".equals(r.header("ce_type"))
                        && r.value().contains("MUNICIPAL_REGISTRATION"));
        assertThat(TopicProbe.all("helpdesk.case.v1").stream()
                        .filter(r -> caseId.equals(r.key()))
                        .filter(r -> "nl.wegwijs.helpdesk.CaseMilestoneReached".equals(r.header("ce_type"))))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).doesNotContain("BANK_ACCOUNT"));
    }
}
