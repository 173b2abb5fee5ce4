package org.loyaldesk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** An admin edits, deactivates and reactivates agents, resets passwords and moves agents between teams. */
@LoyaldeskTest
class AgentAdministrationTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    Api api;
    Browser admin;
    String adminName;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String email = "admin-" + UUID.randomUUID() + "@loyaldesk.test";
        adminName = "Beheerder " + email.substring(6, 14);
        api.post("/api/v1/agents", Map.of("email", email, "name", adminName, "password", PASSWORD, "role", "ADMIN"));
        admin = new Browser(port);
        admin.logIn(email, PASSWORD);
    }

    @Test
    void aDeactivatedAgentIsRefusedAtLoginAndOverTheirTokenAndTheirOpenWorkGoesBackToTheirTeam() {
        long team = api.post("/api/v1/teams", Map.of("name", "Retouren " + UUID.randomUUID())).id("id");
        String email = "leaver-" + UUID.randomUUID() + "@loyaldesk.test";
        long agent = agent(email, "Vertrekker", team);
        String token = api.post("/api/v1/tokens", Map.of("name", "her tool", "role", "AGENT", "agentId", agent))
            .json().get("secret").asString();
        long open = api.inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "Waar blijft mijn pakket?", null)
            .id("conversationId");
        assign(open, agent);
        long solved = api.inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "Dank je!", null)
            .id("conversationId");
        assign(solved, agent);
        api.post("/api/v1/conversations/" + solved + "/status", Map.of("status", "solved"));

        Browser.Page page = admin.post("/settings/agents/" + agent + "/deactivate", Map.of());

        assertThat(page.path()).isEqualTo("/settings/agents/" + agent);
        assertThat(page.html()).contains("Deactivated").contains("Reactivate");
        Browser.Page refused = new Browser(port).logIn(email, PASSWORD);
        assertThat(refused.path()).isEqualTo("/login");
        assertThat(refused.html()).contains("This account is deactivated");
        assertThat(new Browser(port).logIn(email, "not-her-password").html())
            .as("a wrong password tells nothing about the account").contains("Wrong email or password")
            .doesNotContain("deactivated");
        assertThat(api.as(token).get("/api/v1/agents").status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(10)).until(() -> summary(open).get("assigneeId").isNull());
        assertThat(summary(open).get("teamId").asLong()).isEqualTo(team);
        assertThat(summary(solved).get("assigneeId").asLong()).as("solved work keeps who did it").isEqualTo(agent);

        admin.post("/settings/agents/" + agent + "/reactivate", Map.of());

        assertThat(new Browser(port).logIn(email, PASSWORD).path()).isEqualTo("/inbox");
        assertThat(api.as(token).get("/api/v1/agents").status()).isEqualTo(200);
    }

    @Test
    void anAgentWithoutATeamLeavesTheirWorkUnassignedInTheTeamItWasIn() {
        long agent = agent("solo-" + UUID.randomUUID() + "@loyaldesk.test", "Solist", null);
        long open = api.inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "Factuur klopt niet", null)
            .id("conversationId");
        assign(open, agent);

        admin.post("/settings/agents/" + agent + "/deactivate", Map.of());

        await().atMost(Duration.ofSeconds(10)).until(() -> summary(open).get("assigneeId").isNull());
        assertThat(summary(open).get("status").asString()).isEqualTo("open");
    }

    @Test
    void anAgentDeactivatedWhileLoggedInIsLoggedOutAtTheirNextClick() {
        String email = "busy-" + UUID.randomUUID() + "@loyaldesk.test";
        long agent = agent(email, "Bezig", null);
        Browser desk = new Browser(port);
        assertThat(desk.logIn(email, PASSWORD).path()).isEqualTo("/inbox");

        admin.post("/settings/agents/" + agent + "/deactivate", Map.of());

        Browser.Page next = desk.get("/inbox");
        assertThat(next.path()).isEqualTo("/login");
        assertThat(next.html()).contains("This account is deactivated");
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        long self = api.get("/api/v1/agents").json().valueStream()
            .filter(a -> a.get("name").asString().equals(adminName)).findFirst().orElseThrow().get("id").asLong();

        Browser.Page page = admin.post("/settings/agents/" + self + "/deactivate", Map.of());

        assertThat(page.html()).contains("You cannot deactivate yourself");
        assertThat(admin.get("/settings").status()).isEqualTo(200);
    }

    @Test
    void anAdminEditsAnAgentAndAnUnreadableOrWrongFieldIsAFormError() {
        long agent = agent("edit-" + UUID.randomUUID() + "@loyaldesk.test", "Oude Naam", null);
        String newEmail = "renamed-" + UUID.randomUUID() + "@loyaldesk.test";

        Browser.Page saved = admin.post("/settings/agents/" + agent, Map.of("name", "Nieuwe Naam", "email", newEmail,
            "role", "LEAD", "teamId", ""));

        assertThat(saved.html()).contains("Saved.").contains("Nieuwe Naam");
        assertThat(new Browser(port).logIn(newEmail, PASSWORD).path()).isEqualTo("/inbox");
        Browser.Page badRole = admin.post("/settings/agents/" + agent, Map.of("name", "X", "email", newEmail,
            "role", "EMPEROR"));
        assertThat(badRole.status()).isEqualTo(200);
        assertThat(badRole.html()).contains("A field could not be read");
        Browser.Page badEmail = admin.post("/settings/agents/" + agent, Map.of("name", "X", "email", "not an address",
            "role", "AGENT"));
        assertThat(badEmail.status()).isEqualTo(200);
        assertThat(badEmail.html()).contains("That is not an email address");
        Browser.Page nul = admin.post("/settings/agents/" + agent, Map.of("name", "\u0000", "email", newEmail,
            "role", "AGENT"));
        assertThat(nul.status()).isEqualTo(200);
        assertThat(nul.html()).contains("A name is 1 to 200 characters on one line");
        Browser.Page dutch = admin.get("/settings/agents/" + agent + "?lang=nl");
        assertThat(dutch.html()).contains("Nieuwe Naam").contains("Deactiveren");
        admin.get("/settings?lang=en");
    }

    @Test
    void aResetPasswordWorksAtOnceAndAGeneratedOneIsShownOnce() {
        String email = "forgot-" + UUID.randomUUID() + "@loyaldesk.test";
        long agent = agent(email, "Vergeetachtig", null);

        Browser.Page tooShort = admin.post("/settings/agents/" + agent + "/password", Map.of("password", "kort"));
        assertThat(tooShort.html()).contains("A password has 10 to 200 characters");
        admin.post("/settings/agents/" + agent + "/password", Map.of("password", "a-new-password-1"));
        assertThat(new Browser(port).logIn(email, PASSWORD).path()).isEqualTo("/login");
        assertThat(new Browser(port).logIn(email, "a-new-password-1").path()).isEqualTo("/inbox");

        Browser.Page generated = admin.post("/settings/agents/" + agent + "/password", Map.of("generate", "true"));
        String password = generated.html().replaceAll("(?s).*<code class=\"generated-password\">([^<]+)</code>.*", "$1");

        assertThat(password).hasSize(16);
        assertThat(new Browser(port).logIn(email, password).path()).isEqualTo("/inbox");
        assertThat(admin.get("/settings/agents/" + agent).html()).doesNotContain(password);
    }

    @Test
    void anAdminAddsAndRemovesTeamMembers() {
        long team = api.post("/api/v1/teams", Map.of("name", "Billing " + UUID.randomUUID())).id("id");
        long agent = agent("member-" + UUID.randomUUID() + "@loyaldesk.test", "Teamlid " + team, null);

        Browser.Page added = admin.post("/settings/teams/" + team + "/members", Map.of("agentId", String.valueOf(agent)));

        assertThat(added.html()).contains(">Teamlid " + team + "</a>").doesNotContain("No one is in this team yet.");
        assertThat(teamOf(agent)).isEqualTo(team);

        Browser.Page removed = admin.post("/settings/teams/" + team + "/members/" + agent + "/remove", Map.of());

        assertThat(removed.html()).contains("No one is in this team yet.");
        assertThat(teamOf(agent)).isNull();
        assertThat(api.get("/api/v1/audit?subjectType=team&subjectId=" + team).json().findValuesAsString("action"))
            .containsSubsequence("team.created", "team.member-added", "team.member-removed");
    }

    private long agent(String email, String name, Long team) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "name", name, "password", PASSWORD,
            "role", "AGENT"));
        if (team != null) {
            body.put("teamId", team);
        }
        return api.post("/api/v1/agents", body).id("id");
    }

    private void assign(long conversation, long agent) {
        assertThat(api.post("/api/v1/conversations/" + conversation + "/assignment", Map.of("agentId", agent,
            "note", "Klant wacht op track & trace")).status()).isEqualTo(200);
    }

    private JsonNode summary(long conversation) {
        return api.get("/api/v1/conversations/" + conversation).json().get("summary");
    }

    private Long teamOf(long agent) {
        List<JsonNode> agents = api.get("/api/v1/agents").json().valueStream().filter(a -> a.get("id").asLong() == agent)
            .toList();
        JsonNode teamId = agents.getFirst().get("teamId");
        return teamId == null || teamId.isNull() ? null : teamId.asLong();
    }
}
