package nl.wegwijs.helpdesk.tickets;

import static nl.wegwijs.helpdesk.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.helpdesk.Api;
import nl.wegwijs.helpdesk.Roles;
import nl.wegwijs.testsupport.ServiceIT;
import nl.wegwijs.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The staff directory learns: whoever calls the helpdesk with a role that works tickets (AGENT, ADMIN, SUPERLOCAL) can
 * be assigned from then on, without anyone editing {@code wegwijs.staff.languages}.
 */
@ServiceIT
class StaffDirectoryIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    String ticket(String text) {
        var created = api.post("/api/helpdesk/tickets", Roles.agent(), map("text", text, "channel", "PHONE"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return "/api/helpdesk/tickets/" + created.text("id");
    }

    @Test
    void aStaffMemberWhoHasMadeOneRequestCanBeAssignedByAnotherAgent() {
        String ticket = ticket("Де знайти житло в Утрехті?");
        assertThat(api.post(ticket + "/assign", Roles.agent(), map("assignee", "iryna.oidc"))
                        .status())
                .isEqualTo(400);

        // signed in through the organisation's OpenID Connect provider; not in wegwijs.staff.languages
        assertThat(api.get("/api/helpdesk/tickets?size=1", TestTokens.bearer("iryna.oidc", "SUPERLOCAL"))
                        .status())
                .isEqualTo(200);

        var assigned = api.post(ticket + "/assign", Roles.agent(), map("assignee", "Iryna.OIDC"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.text("assignee")).isEqualTo("iryna.oidc");
        assertThat(api.get("/api/helpdesk/tickets?assignee=iryna.oidc", Roles.agent())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aRememberedColleagueWithoutConfiguredLanguagesIsSuggestedWithoutLanguageSkills() {
        assertThat(api.get("/api/helpdesk/topics", TestTokens.bearer("pieter.oidc", "AGENT"))
                        .status())
                .isEqualTo(200);
        String ticket = ticket("Waar kan ik een huisarts vinden?");

        JsonNode items =
                api.get(ticket + "/assignees?size=100", Roles.agent()).json().get("items");
        JsonNode pieter = items.valueStream()
                .filter(a -> a.get("username").asString().equals("pieter.oidc"))
                .findFirst()
                .orElseThrow();
        assertThat(pieter.get("languages")).isEmpty();
        assertThat(pieter.get("speaksLanguage").asBoolean()).isFalse();
        // those who speak Dutch (configured) come first
        assertThat(items.get(0).get("speaksLanguage").asBoolean()).isTrue();
        assertThat(api.get(ticket, Roles.agent())
                        .json()
                        .get("suggestedAssignees")
                        .valueStream()
                        .map(a -> a.get("username").asString()))
                .contains("pieter.oidc", "sanne");
    }

    @Test
    void aNameNeverSeenStaysA400() {
        String ticket = ticket("How do I open a bank account?");

        var refused = api.post(ticket + "/assign", Roles.agent(), map("assignee", "never.seen.anywhere"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("assignee");
        assertThat(api.get("/api/helpdesk/tickets?assignee=never.seen.anywhere", Roles.agent())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void publicAndEmployerCallersAndStaffWhoDoNotWorkTicketsAreNeverRemembered() {
        var asked = api.post(
                "/api/public/questions",
                TestTokens.bearer("asker.public", "PUBLIC"),
                map("text", "Waar kan ik een BSN aanvragen?"));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(api.get(
                                "/api/public/questions/" + asked.text("trackingCode"),
                                TestTokens.bearer("asker.public", "PUBLIC"))
                        .status())
                .isEqualTo(200);
        UUID employer = UUID.randomUUID();
        assertThat(api.get("/api/helpdesk/tickets", TestTokens.employer(employer))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/helpdesk/topics", TestTokens.bearer("editor.only", "EDITOR"))
                        .status())
                .isEqualTo(200);

        String ticket = ticket("Kan ik een woning huren?");
        for (String name : List.of("asker.public", "employer:" + employer, "editor.only")) {
            assertThat(api.post(ticket + "/assign", Roles.agent(), map("assignee", name))
                            .status())
                    .as(name)
                    .isEqualTo(400);
        }
        assertThat(jdbc.sql("select count(*) from staff_member where lower(username) in (:names)")
                        .param("names", List.of("asker.public", "employer:" + employer, "editor.only"))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaffMemberIsWrittenDownOnceWithTheRolesSeenNotOnEveryRequest() {
        String token = TestTokens.bearer("kees.oidc", "AGENT", "EDITOR");
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/helpdesk/tickets?size=1", token).status()).isEqualTo(200);
        }

        record Row(String username, String roles, OffsetDateTime firstSeen, OffsetDateTime lastSeen) {}
        Row row = jdbc.sql(
                        "select username, roles, first_seen, last_seen from staff_member where username = 'kees.oidc'")
                .query(Row.class)
                .single();
        assertThat(row.roles()).isEqualTo("AGENT,EDITOR");
        assertThat(row.lastSeen()).isEqualTo(row.firstSeen());
    }
}
