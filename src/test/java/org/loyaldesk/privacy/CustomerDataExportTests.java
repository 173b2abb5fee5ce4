package org.loyaldesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's data handed out: to the customer (what they saw, nothing the team noted or inferred)
 * and to an admin for a subject access request (everything), never anyone else's.
 */
@LoyaldeskTest
class CustomerDataExportTests {

    @LocalServerPort
    int port;

    @Autowired
    CustomerDataExport export;

    @Autowired
    Surveys surveys;

    @Autowired
    AuditLog audit;

    @Autowired
    JsonMapper json;

    Histories histories;
    Api admin;
    Api agent;
    Histories.Customer marloes;
    Histories.Customer other;

    @BeforeEach
    void setUp() {
        histories = new Histories(port, surveys);
        admin = histories.admin();
        agent = histories.agent();
        marloes = histories.customer("Marloes", "Mijn retour <script>alert('x')</script> is zoek");
        other = histories.customer("Pieter", "Waar blijft mijn koffiemolen?");
    }

    @Test
    void theCustomersExportHoldsWhatTheySawButNotTheInternalNote() {
        CustomerData data = export.export(marloes.id(), Audience.CUSTOMER);

        assertThat(data.profile().name()).isEqualTo("Marloes Bakker");
        assertThat(data.contacts()).extracting(CustomerData.Contact::address).contains(marloes.email());
        assertThat(data.conversations()).hasSize(1);
        assertThat(texts(data)).containsExactly(marloes.question(), marloes.reply());
        assertThat(data.orders()).extracting(CustomerData.PlacedOrder::orderNumber).containsExactly(marloes.orderNumber());
        assertThat(data.orders().getFirst().lines().getFirst().product()).isEqualTo("Espressomachine Barista 200");
        assertThat(data.surveyAnswers()).singleElement()
            .satisfies(answer -> assertThat(answer.score()).isEqualTo(6))
            .satisfies(answer -> assertThat(answer.comment()).isEqualTo(marloes.comment()));

        String file = json.writeValueAsString(data);
        assertThat(file).doesNotContain(marloes.note()).doesNotContain("handling").doesNotContain("loyalty")
            .doesNotContain("rawMail").contains("\"audience\":\"customer\"");
        assertThat(json.readTree(file).at("/conversations/0/createdAt").asString())
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    }

    @Test
    void theTeamExportAlsoHoldsTheNoteAndTheOriginalMail() {
        Api.Response response = admin.get("/api/v1/customers/" + marloes.id() + "/export");

        assertThat(response.status()).isEqualTo(200);
        JsonNode data = response.json();
        assertThat(data.get("audience").asString()).isEqualTo("team");
        JsonNode messages = data.at("/conversations/0/messages");
        assertThat(messages.findValuesAsString("text"))
            .containsExactly(marloes.question(), marloes.reply(), marloes.note());
        assertThat(messages.findValuesAsString("kind")).containsExactly("inbound", "reply", "note");
        assertThat(data.at("/conversations/0/handling/assignee").asString()).isEqualTo("Privacy Agent");
        assertThat(data.get("profile").get("since").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        String original = messages.get(0).at("/rawMail/download").asString();
        assertThat(original).isEqualTo("/api/v1/messages/" + marloes.messageId() + "/raw");
        assertThat(new String(admin.getBytes(original), StandardCharsets.UTF_8)).contains("Message-ID:")
            .contains(marloes.question());
    }

    @Test
    void anotherCustomersDataNeverAppearsInTheExport() {
        for (Audience audience : Audience.values()) {
            String file = json.writeValueAsString(export.export(marloes.id(), audience));

            assertThat(file).contains(marloes.question())
                .doesNotContain(other.email()).doesNotContain(other.question()).doesNotContain(other.reply())
                .doesNotContain(other.note()).doesNotContain(other.orderNumber()).doesNotContain(other.comment());
        }
    }

    @Test
    void aConversationMarkedAsSpamIsLeftOutOfTheCustomersExportOnly() {
        String spam = "Goedkope horloges " + UUID.randomUUID();
        long conversation = admin.postMail(Histories.mail(marloes.email(), "Marloes Bakker", "Aanbieding", spam))
            .id("conversationId");
        assertThat(admin.post("/api/v1/conversations/" + conversation + "/spam", Map.of("spam", true)).status())
            .isEqualTo(200);

        assertThat(texts(export.export(marloes.id(), Audience.CUSTOMER))).doesNotContain(spam);
        CustomerData team = export.export(marloes.id(), Audience.TEAM);
        assertThat(texts(team)).contains(spam);
        assertThat(team.conversations()).filteredOn(c -> c.id() == conversation).singleElement()
            .satisfies(c -> assertThat(c.handling().spam()).isTrue());
    }

    @Test
    void aMergedDuplicateIsExportedAsThePersonItWasMergedInto() {
        assertThat(admin.post("/api/v1/customers/" + marloes.id() + "/merge", Map.of("duplicateId", other.id()))
            .status()).isEqualTo(200);

        CustomerData data = export.export(other.id(), Audience.CUSTOMER);

        assertThat(data.customerId()).isEqualTo(marloes.id());
        assertThat(data.contacts()).extracting(CustomerData.Contact::address)
            .contains(marloes.email(), other.email());
        assertThat(texts(data)).contains(marloes.question(), other.question()).doesNotContain(other.note());
    }

    @Test
    void onlyAnAdminMayExportAndAnUnknownCustomerIsNotFound() {
        Api.Response byAgent = agent.get("/api/v1/customers/" + marloes.id() + "/export");
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(byAgent.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(byAgent.body()).doesNotContain(marloes.question());

        Api.Response unknown = admin.get("/api/v1/customers/987654321/export");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("title").asString()).isEqualTo("Not found");
        assertThat(admin.get("/api/v1/customers/marloes/export").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/customers/99999999999999999999/export").status()).isEqualTo(400);
    }

    @Test
    void anExportIsRecordedInTheAuditLogWithoutTheData() {
        admin.get("/api/v1/customers/" + marloes.id() + "/export");

        assertThat(audit.forSubject("customer", marloes.id()))
            .filteredOn(entry -> entry.action().equals("customer.data-exported")).singleElement()
            .satisfies(entry -> assertThat(entry.detail()).contains("team").doesNotContain(marloes.question())
                .doesNotContain(marloes.note()).doesNotContain(marloes.email()));
    }

    @Test
    void theAdminPageShowsTheCustomersScriptAsText() {
        Browser browser = logIn("ADMIN");

        Browser.Page page = browser.get("/customers/" + marloes.id() + "/export?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Data of Marloes Bakker")
            .contains("Mijn retour &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; is zoek")
            .doesNotContain("<script>alert")
            .contains(marloes.note()).contains(marloes.orderNumber()).contains(marloes.comment())
            .doesNotContain(other.question());
        assertThat(browser.get("/customers/" + marloes.id()).html())
            .contains("href=\"/customers/" + marloes.id() + "/export\"");
        Browser.Page download = browser.get("/customers/" + marloes.id() + "/export.json");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.html()).contains(marloes.note());
        assertThat(browser.get("/customers/987654321/export").status()).isEqualTo(404);
        assertThat(browser.get("/customers/marloes/export").status()).isEqualTo(400);
    }

    @Test
    void anAgentGetsNoExportPage() {
        Browser browser = logIn("AGENT");

        Browser.Page page = browser.get("/customers/" + marloes.id() + "/export");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html()).doesNotContain(marloes.question()).doesNotContain(marloes.note());
        assertThat(browser.get("/customers/" + marloes.id() + "/export.json").status()).isEqualTo(403);
        assertThat(browser.get("/customers/" + marloes.id()).html()).doesNotContain("/customers/" + marloes.id() + "/export");
    }

    private static List<String> texts(CustomerData data) {
        return data.conversations().stream().flatMap(c -> c.messages().stream()).map(CustomerData.Message::text).toList();
    }

    private Browser logIn(String role) {
        Browser browser = new Browser(port);
        assertThat(browser.logIn(histories.staff(role), Histories.PASSWORD).path()).isEqualTo("/inbox");
        return browser;
    }
}
