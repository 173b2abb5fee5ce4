package org.loyaldesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * The login form against someone guessing passwords, the session cookie against cross-site
 * requests, and the metrics endpoint against outsiders.
 */
@LoyaldeskTest
class LoginProtectionTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String agentEmail;
    String attacker;

    @BeforeEach
    void setUp() {
        agentEmail = "doelwit-" + UUID.randomUUID() + "@loyaldesk.test";
        new Api(port).post("/api/v1/agents", Map.of("email", agentEmail, "name", "Doelwit", "password", PASSWORD,
            "role", "AGENT"));
        // an address of its own per test: the throttle is shared by every test in this application
        attacker = "198.51.100." + (1 + Math.floorMod(agentEmail.hashCode(), 250));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhileAndTheAuditLogSaysSo() {
        Browser guesser = new Browser(port).comingFrom(attacker);
        for (int i = 0; i < 4; i++) {
            assertThat(guesser.logIn(agentEmail, "guess-" + i).html()).contains("Wrong email or password");
        }
        Browser.Page fifth = guesser.logIn(agentEmail, "guess-5");
        Browser.Page right = guesser.logIn(agentEmail, PASSWORD);

        assertThat(fifth.html()).contains("Too many failed attempts").contains("try again in 1 min");
        assertThat(right.path()).isEqualTo("/login");
        assertThat(right.html()).contains("Too many failed attempts");
        assertThat(guesser.get("/inbox").path()).isEqualTo("/login");
        assertThat(jdbc.sql("SELECT detail FROM platform_audit_log WHERE action = 'login.throttled' AND subject_id = ?")
            .param(agentEmail).query(String.class).list()).singleElement().asString().contains(attacker);
    }

    @Test
    void theMessageIsInDutchForADutchBrowser() {
        Browser guesser = new Browser(port).comingFrom(attacker);
        guesser.get("/login?lang=nl");
        Browser.Page last = null;
        for (int i = 0; i < 5; i++) {
            last = guesser.post("/login", Map.of("username", agentEmail, "password", "fout-" + i));
        }
        assertThat(last.html()).contains("Te veel mislukte pogingen").contains("probeer het over 1 min. opnieuw");
    }

    @Test
    void theAgentLogsInFromTheirOwnMachineWhileTheGuesserIsLockedOut() {
        Browser guesser = new Browser(port).comingFrom(attacker);
        for (int i = 0; i < 6; i++) {
            guesser.logIn(agentEmail, "guess-" + i);
        }

        Browser.Page agent = new Browser(port).comingFrom("203.0.113.77").logIn(agentEmail, PASSWORD);

        assertThat(agent.path()).isEqualTo("/inbox");
    }

    @Test
    void theSessionCookieIsNotSentOnCrossSiteRequests() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
            .singleElement().asString().contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void metricsAnswerThisMachineButNotAnOutsider() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI metrics = URI.create("http://localhost:" + port + "/actuator/prometheus");

        HttpResponse<String> local = http.send(HttpRequest.newBuilder(metrics).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> outsider = http.send(HttpRequest.newBuilder(metrics)
            .header("X-Forwarded-For", "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("jvm_memory_used_bytes");
        assertThat(outsider.statusCode()).isNotEqualTo(200);
        assertThat(outsider.body()).doesNotContain("jvm_memory_used_bytes");
    }
}
