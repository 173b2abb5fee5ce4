package org.loyaldesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@LoyaldeskTest
class AccessTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    String agentEmail;
    String agentToken;

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        agentEmail = "agent-" + UUID.randomUUID() + "@loyaldesk.test";
        long agentId = admin.post("/api/v1/agents", Map.of("email", agentEmail, "name", "Agent Smit",
            "password", PASSWORD, "role", "AGENT")).id("id");
        agentToken = admin.post("/api/v1/tokens", Map.of("name", "agent token", "role", "AGENT", "agentId", agentId))
            .json().get("secret").asString();
    }

    @Test
    void anAgentCannotChangeSettings() {
        Api agent = admin.as(agentToken);

        assertThat(agent.post("/api/v1/agents", Map.of("email", "x-" + agentEmail, "name", "X", "password", PASSWORD,
            "role", "ADMIN")).status()).isEqualTo(403);
        assertThat(agent.post("/api/v1/teams", Map.of("name", "Shadow team")).status()).isEqualTo(403);
        assertThat(agent.post("/api/v1/tokens", Map.of("name", "more power", "role", "ADMIN")).status()).isEqualTo(403);
        assertThat(agent.put("/api/v1/settings/webhooks/whatsapp", Map.of("url", "https://example.org/hook",
            "secret", "0123456789abcdef")).status()).isEqualTo(403);
        Api.Response audit = agent.get("/api/v1/audit");
        assertThat(audit.status()).isEqualTo(403);
        assertThat(audit.json().get("title").asString()).isEqualTo("Forbidden");
        assertThat(agent.get("/api/v1/agents").status()).isEqualTo(200);
    }

    @Test
    void anAgentSeesTheInboxButNotTheSettingsPage() {
        Browser browser = new Browser(port);

        Browser.Page inbox = browser.logIn(agentEmail, PASSWORD);
        Browser.Page settings = browser.get("/settings");

        assertThat(inbox.path()).isEqualTo("/inbox");
        assertThat(inbox.html()).contains("Agent Smit");
        assertThat(settings.status()).isEqualTo(403);
    }

    @Test
    void anAdminManagesStaffInTheSettingsPage() {
        String adminEmail = "admin-" + UUID.randomUUID() + "@loyaldesk.test";
        admin.post("/api/v1/agents", Map.of("email", adminEmail, "name", "Beheerder", "password", PASSWORD, "role", "ADMIN"));
        Browser browser = new Browser(port);
        browser.logIn(adminEmail, PASSWORD);

        Browser.Page after = browser.post("/settings/teams", Map.of("name", "Team " + adminEmail));

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.html()).contains("Team " + adminEmail);
        assertThat(admin.get("/api/v1/audit?subjectType=team&subjectId=" + teamId("Team " + adminEmail)).json()
            .findValuesAsString("actorName")).containsExactly("Beheerder");
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        Browser.Page page = new Browser(port).logIn(agentEmail, "wrong-password");

        assertThat(page.path()).isEqualTo("/login");
        assertThat(page.html()).contains("Wrong email or password");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        assertThat(new Browser(port).get("/inbox").path()).isEqualTo("/login");
    }

    @Test
    void tokensAreStoredOnlyAsAHashAndCanBeRevoked() {
        long id = admin.get("/api/v1/tokens").json().findValues("id").stream().mapToLong(node -> node.asLong()).max()
            .orElseThrow();
        String stored = jdbc.sql("SELECT token_hash FROM identity_api_token WHERE id = ?").param(id)
            .query(String.class).single();

        assertThat(stored).hasSize(64).doesNotContain(agentToken.substring(3));
        assertThat(admin.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(admin.as(agentToken).get("/api/v1/agents").status()).isEqualTo(401);
    }

    private long teamId(String name) {
        return jdbc.sql("SELECT id FROM identity_team WHERE name = ?").param(name).query(Long.class).single();
    }
}
