package org.loyaldesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person who opens a page they may not see, or one that does not exist, reads why in their own
 * language and finds the way back; programs on the API keep getting problem documents.
 */
@LoyaldeskTest
class ErrorPagesTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    Api admin;
    Browser agent;

    @BeforeEach
    void logInAnAgent() {
        admin = new Api(port);
        String email = "agent-" + UUID.randomUUID() + "@loyaldesk.test";
        admin.post("/api/v1/agents", Map.of("email", email, "name", "Agent Smit", "password", PASSWORD, "role", "AGENT"));
        agent = new Browser(port);
        agent.logIn(email, PASSWORD);
    }

    @Test
    void anAgentOnTheSettingsPageSeesAForbiddenPageInTheirLanguageWithAWayBack() {
        agent.get("/inbox?lang=nl");

        Browser.Page dutch = agent.get("/settings");

        assertThat(dutch.status()).isEqualTo(403);
        assertThat(dutch.html()).contains("<html lang=\"nl\"", "Je rol geeft geen toegang tot deze pagina.",
            "href=\"/inbox\"", "Naar de inbox").doesNotContain("\"type\"");

        agent.get("/inbox?lang=en");
        Browser.Page english = agent.get("/settings/channels");

        assertThat(english.status()).isEqualTo(403);
        assertThat(english.html()).contains("<html lang=\"en\"", "Your role does not give access to this page.",
            "To the inbox");
    }

    @Test
    void anAgentOpeningALeadsChurnPageSeesTheForbiddenPageNotAProblemDocument() {
        agent.get("/inbox?lang=en");

        Browser.Page churn = agent.get("/insight/customers/1");

        assertThat(churn.status()).isEqualTo(403);
        assertThat(churn.html()).contains("Your role does not give access to this page.").doesNotContain("problems/forbidden");
    }

    @Test
    void aConversationThatDoesNotExistIsAPageNotFoundInTheirLanguage() {
        agent.get("/inbox?lang=nl");

        Browser.Page missing = agent.get("/conversations/999999999");
        Browser.Page noSuchPage = agent.get("/no-such-page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html()).contains("<html lang=\"nl\"", "Deze pagina bestaat niet.", "Naar de inbox")
            .doesNotContain("problems/not-found");
        assertThat(noSuchPage.status()).isEqualTo(404);
        assertThat(noSuchPage.html()).contains("Deze pagina bestaat niet.");
    }

    @Test
    void aCustomerOnAWrongSurveyLinkIsLedToTheHelpCentreNotTheInbox() {
        Browser customer = new Browser(port);

        Browser.Page missing = customer.get("/survey/a/link/cut/in/pieces?lang=en");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html()).contains("This page does not exist.", "href=\"/help\"", "To the help centre")
            .doesNotContain("/inbox");
    }

    @Test
    void theApiKeepsAnsweringProblemDocumentsEvenToABrowsersAcceptHeader() {
        Api.Response missing = admin.send(admin.builder("/api/v1/conversations/999999999")
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.json().get("type").asString()).isEqualTo("https://loyaldesk.org/problems/not-found");
    }
}
