package org.loyaldesk.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.automation.routing.Availability;
import org.loyaldesk.automation.routing.QueuedWork;
import org.loyaldesk.automation.routing.Reassignment;
import org.loyaldesk.conversation.AgentsAtWork;
import org.loyaldesk.conversation.spi.ConversationPanels;
import org.loyaldesk.platform.AdminSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Routing as a support team lives it: a Dutch return question lands with the least busy online agent of Returns,
 * its reason set and the decision in the timeline; nobody is filled past capacity when conversations arrive at
 * once; a customer's next conversation goes to the agent who has their open one; an agent who goes offline hands
 * on who is waiting. Each test has its own team and switches routing off again after it.
 */
@LoyaldeskTest
class RoutingTests {

    static final String PASSWORD = "routing-test-password-42";
    static final String RETURN_QUESTION = "Ik wil mijn bestelling retourneren, hoe krijg ik mijn geld terug?";

    @LocalServerPort
    int port;
    @Autowired
    AgentsAtWork atWork;
    @Autowired
    AdminSettings settings;
    @Autowired
    Reassignment reassignment;
    @Autowired
    QueuedWork queuedWork;
    @Autowired
    List<ConversationPanels> panels;

    Api admin;
    String word;
    long team;
    List<Long> rules = new ArrayList<>();

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        word = UUID.randomUUID().toString().substring(0, 8);
        team = admin.post("/api/v1/teams", Map.of("name", "Returns " + word)).id("id");
        assertThat(admin.put("/api/v1/automation/reasons/settings", Map.of("enabled", true, "threshold", 0.3)).status())
            .isEqualTo(200);
        assertThat(admin.put("/api/v1/automation/routing/settings", Map.of("enabled", true, "idleMinutes", 10,
            "defaultCapacity", 8)).status()).isEqualTo(200);
    }

    @AfterEach
    void switchOff() {
        rules.forEach(id -> admin.delete("/api/v1/automation/routing/rules/" + id));
        settings.forget("automation.routing");
        settings.forget("automation.reasons-on-arrival");
        settings.forget("automation.reason-threshold");
    }

    @Test
    void aDutchReturnQuestionGoesToTheLeastBusyOnlineAgentOfReturnsWithItsReasonSetAndExplained() {
        long anna = onlineAgent("Anna");
        long bram = onlineAgent("Bram");
        long chris = agent("Chris"); // least busy of all, but without a screen open: offline
        giveWork(anna, 2);
        giveWork(bram, 1);
        rule(Map.of("teamId", team, "contactReason", "return-refund", "channel", "whatsapp"));

        long conversation = arrive("whatsapp", RETURN_QUESTION);

        JsonNode routed = awaitAssigned(conversation);
        assertThat(routed.at("/summary/assigneeId").asLong()).isEqualTo(bram).isNotEqualTo(chris);
        assertThat(routed.at("/summary/teamId").asLong()).isEqualTo(team);
        assertThat(routed.at("/summary/contactReason").asString()).isEqualTo("return-refund");
        assertThat(notes(routed)).anySatisfy(note -> assertThat(note).contains("Returns " + word)
            .contains("return-refund").contains("Bram " + word).contains("1"));
        assertThat(notes(routed)).anySatisfy(note -> assertThat(note).contains("Return or refund").contains("% sure"));
    }

    @Test
    void aReadingBelowTheThresholdLeavesTheReasonUnsetAndSuggestsIt() {
        admin.put("/api/v1/automation/reasons/settings", Map.of("enabled", true, "threshold", 0.99));

        long conversation = arrive("api", "Goedemiddag, ik heb een vraag.");

        await().atMost(Duration.ofSeconds(10)).until(() -> panel(conversation) != null);
        ConversationPanels.Panel panel = panel(conversation);
        assertThat(panel.model().get("reading").toString()).contains("applied=false");
        assertThat(panel.model().get("acceptable")).isEqualTo(true);
        assertThat(admin.get("/api/v1/conversations/" + conversation).json().at("/summary/contactReason").isNull())
            .isTrue();
    }

    @Test
    void conversationsArrivingAtOnceNeverFillAnAgentPastCapacity() throws Exception {
        long anna = onlineAgent("Anna");
        long bram = onlineAgent("Bram");
        admin.put("/api/v1/automation/routing/agents/" + anna + "/capacity", Map.of("channel", "sms", "capacity", 2));
        admin.put("/api/v1/automation/routing/agents/" + bram + "/capacity", Map.of("channel", "sms", "capacity", 2));
        rule(Map.of("teamId", team, "channel", "sms"));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Long>> arrivals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            arrivals.add(pool.submit(() -> arrive("sms", "Vraag " + n + " over mijn account " + word)));
        }
        List<Long> conversations = new ArrayList<>();
        for (Future<Long> arrival : arrivals) {
            conversations.add(arrival.get());
        }
        pool.shutdown();

        await().atMost(Duration.ofSeconds(20)).until(() -> conversations.stream().allMatch(id ->
            admin.get("/api/v1/conversations/" + id).json().at("/summary/teamId").asLong() == team));
        List<Long> assignees = conversations.stream().map(id -> admin.get("/api/v1/conversations/" + id).json()
            .at("/summary/assigneeId")).filter(node -> !node.isNull()).map(JsonNode::asLong).toList();
        assertThat(assignees).hasSize(4);
        assertThat(assignees.stream().filter(id -> id == anna)).hasSize(2);
        assertThat(assignees.stream().filter(id -> id == bram)).hasSize(2);
    }

    @Test
    void aCustomerWithAnOpenConversationGoesToTheAgentWhoHasIt() {
        onlineAgent("Anna");
        long bram = onlineAgent("Bram");
        String email = "sticky-" + word + "@example.com";
        long first = admin.inbound("api", email, "Mijn pakket van bestelling KK-1001 is niet aangekomen", null).id("conversationId");
        admin.post("/api/v1/conversations/" + first + "/assignment", Map.of("agentId", bram, "teamId", team));
        rule(Map.of("teamId", team));

        long second = admin.inbound("whatsapp", email, "En een vraag over bestelling KK-2002", null)
            .id("conversationId");

        assertThat(second).isNotEqualTo(first);
        JsonNode routed = awaitAssigned(second);
        assertThat(routed.at("/summary/assigneeId").asLong()).isEqualTo(bram);
    }

    @Test
    void anAgentGoingOfflineHandsOnTheCustomersWaitingForThem() {
        long anna = onlineAgent("Anna");
        rule(Map.of("teamId", team, "channel", "phone"));
        long conversation = arrive("phone", "Kunt u mij terugbellen over mijn bestelling " + word);
        assertThat(awaitAssigned(conversation).at("/summary/assigneeId").asLong()).isEqualTo(anna);
        long bram = onlineAgent("Bram");

        assertThat(admin.put("/api/v1/automation/routing/agents/" + anna + "/availability",
            Map.of("status", "offline")).json().get("effective").asString()).isEqualTo(Availability.OFFLINE.code());
        assertThat(reassignment.reassignFrom(anna)).isEqualTo(1);

        JsonNode moved = admin.get("/api/v1/conversations/" + conversation).json();
        assertThat(moved.at("/summary/assigneeId").asLong()).isEqualTo(bram);
        assertThat(notes(moved)).anySatisfy(note -> assertThat(note).contains("Anna " + word).contains("Bram " + word));
        assertThat(reassignment.reassignFrom(anna)).isZero();
    }

    @Test
    void aCustomerWaitingInTheQueueGetsTheFirstAgentWhoComesOnline() {
        long anna = agent("Anna");
        rule(Map.of("teamId", team, "channel", "phone"));
        long waiting = arrive("phone", "Is er iemand die mij kan helpen met bestelling " + word + "?");
        await().atMost(Duration.ofSeconds(10)).until(() -> notes(admin.get("/api/v1/conversations/" + waiting).json())
            .stream().anyMatch(note -> note.contains("waiting in the team's queue")));
        queuedWork.pickUp();
        assertThat(admin.get("/api/v1/conversations/" + waiting).json().at("/summary/assigneeId").isNull())
            .as("nobody online yet").isTrue();

        atWork.screenOpened(anna);
        queuedWork.pickUp();

        JsonNode picked = admin.get("/api/v1/conversations/" + waiting).json();
        assertThat(picked.at("/summary/assigneeId").asLong()).isEqualTo(anna);
        assertThat(notes(picked)).anySatisfy(note -> assertThat(note).startsWith("Picked up from the team's queue")
            .contains("Anna " + word));
        queuedWork.pickUp();
        assertThat(notes(admin.get("/api/v1/conversations/" + waiting).json()))
            .filteredOn(note -> note.startsWith("Picked up")).as("picked up once").hasSize(1);
    }

    @Test
    void aTeamLeadChoosesTheTeamAngryCustomersGoTo() {
        long escalation = admin.post("/api/v1/teams", Map.of("name", "Escalatie " + word)).id("id");
        String lead = "lead-" + word + "@loyaldesk.test";
        admin.post("/api/v1/agents", Map.of("email", lead, "name", "Lead " + word, "password", PASSWORD, "role", "LEAD",
            "teamId", team));
        agent("Agent");
        Browser leadBrowser = new Browser(port);
        leadBrowser.logIn(lead, PASSWORD);
        Browser agentBrowser = new Browser(port);
        agentBrowser.logIn("agent-" + word + "@loyaldesk.test", PASSWORD);

        Browser.Page chosen = leadBrowser.post("/sla/anger-team?lang=nl", Map.of("teamId", String.valueOf(escalation)));

        assertThat(chosen.html()).contains("Opgeslagen: waar boze klanten heen gaan.");
        assertThat(admin.get("/api/v1/automation/routing/settings").json().get("angerTeamId").asLong())
            .isEqualTo(escalation);
        assertThat(leadBrowser.post("/sla/anger-team?lang=en", Map.of("teamId", "987654321")).html())
            .contains("There is no such team.");
        assertThat(leadBrowser.post("/sla/anger-team?lang=en", Map.of("teamId", "boos")).html())
            .contains("There is no such team.");
        assertThat(agentBrowser.post("/sla/anger-team", Map.of("teamId", "")).status()).as("not an agent's call")
            .isEqualTo(403);
        assertThat(admin.get("/api/v1/automation/routing/settings").json().get("angerTeamId").asLong())
            .isEqualTo(escalation);
        leadBrowser.post("/sla/anger-team", Map.of("teamId", ""));
        assertThat(admin.get("/api/v1/automation/routing/settings").json().get("angerTeamId").isNull()).isTrue();
    }

    @Test
    void anAgentSaysInTheTopBarTheyAreAwayOrOfflineAndRoutingListens() {
        long anna = onlineAgent("Anna");
        long bram = onlineAgent("Bram");
        rule(Map.of("teamId", team, "channel", "phone"));
        giveWork(bram, 1);
        long waiting = arrive("phone", "Bel mij terug over bestelling " + word);
        assertThat(awaitAssigned(waiting).at("/summary/assigneeId").asLong()).isEqualTo(anna);
        Browser browser = new Browser(port);
        browser.logIn("anna-" + word + "@loyaldesk.test", PASSWORD);
        assertThat(browser.get("/inbox?lang=nl").html()).contains("is-online").contains("Beschikbaarheid");

        Browser.Page away = browser.post("/me/availability?lang=nl", Map.of("availability", "away"));

        assertThat(away.html()).contains("is-away").contains("Je bent afwezig");
        long next = arrive("phone", "Ook een vraag over bestelling " + word);
        assertThat(awaitAssigned(next).at("/summary/assigneeId").asLong()).as("not to Anna while she is away")
            .isEqualTo(bram);

        Browser.Page offline = browser.post("/me/availability?lang=en", Map.of("availability", "offline"));

        assertThat(offline.html()).contains("is-offline").contains("one customer waiting on you went to your colleagues");
        assertThat(admin.get("/api/v1/conversations/" + waiting).json().at("/summary/assigneeId").asLong())
            .as("handed on at once").isEqualTo(bram);

        Browser.Page nonsense = browser.post("/me/availability?lang=en", Map.of("availability", "asleep"));

        assertThat(nonsense.status()).isEqualTo(200);
        assertThat(nonsense.html()).contains("Choose online, away or offline.").contains("is-offline");
        assertThat(browser.postWithoutCsrf("/me/availability", Map.of("availability", "online")).status()).isEqualTo(403);
        assertThat(browser.get("/inbox").html()).contains("is-offline");
    }

    @Test
    void badRoutingInputIsAnsweredWithAProblemAndNothingIsStored() {
        int before = admin.get("/api/v1/automation/routing/rules").json().size();

        assertThat(admin.post("/api/v1/automation/routing/rules", Map.of("teamId", team, "channel", "pigeon")).status())
            .isBetween(400, 499);
        assertThat(admin.post("/api/v1/automation/routing/rules", Map.of("teamId", team, "product", "a\u0000b")).status())
            .isBetween(400, 499);
        assertThat(admin.post("/api/v1/automation/routing/rules", Map.of("teamId", 999_999_999L)).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/automation/routing/rules", Map.of("teamId", team, "minAnger", 7)).status())
            .isBetween(400, 499);
        assertThat(admin.post("/api/v1/automation/routing/rules", Map.of("teamId", team, "contactReason", "x".repeat(65)))
            .status()).isBetween(400, 499);
        assertThat(admin.postRaw("/api/v1/automation/routing/rules", "{not json").status()).isBetween(400, 499);
        assertThat(admin.put("/api/v1/automation/routing/settings", Map.of("enabled", true, "idleMinutes", 0,
            "defaultCapacity", 8)).status()).isBetween(400, 499);
        assertThat(admin.put("/api/v1/automation/routing/teams/" + team, Map.of("assignment", "lottery")).status())
            .isBetween(400, 499);
        assertThat(admin.put("/api/v1/automation/reasons/settings", Map.of("enabled", true, "threshold", 2)).status())
            .isBetween(400, 499);
        assertThat(admin.get("/api/v1/automation/routing/rules").json().size()).isEqualTo(before);
    }

    long arrive(String channel, String text) {
        return admin.inbound(channel, channel + "-" + UUID.randomUUID() + "@example.com", text, null).id("conversationId");
    }

    long agent(String name) {
        return admin.post("/api/v1/agents", Map.of("email", name.toLowerCase() + "-" + word + "@loyaldesk.test",
            "name", name + " " + word, "password", PASSWORD, "role", "AGENT", "teamId", team)).id("id");
    }

    long onlineAgent(String name) {
        long id = agent(name);
        atWork.screenOpened(id);
        return id;
    }

    /** Open conversations for an agent, on a channel no rule of these tests routes. */
    void giveWork(long agentId, int count) {
        for (int i = 0; i < count; i++) {
            long id = arrive("api", "Werk " + i + " " + word);
            admin.post("/api/v1/conversations/" + id + "/assignment", Map.of("agentId", agentId, "teamId", team));
        }
    }

    void rule(Map<String, Object> rule) {
        Api.Response added = admin.post("/api/v1/automation/routing/rules", rule);
        assertThat(added.status()).isEqualTo(201);
        rules.add(added.id("id"));
    }

    JsonNode awaitAssigned(long conversation) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !admin.get("/api/v1/conversations/" + conversation).json()
            .at("/summary/assigneeId").isNull());
        await().atMost(Duration.ofSeconds(5)).until(() -> notes(admin.get("/api/v1/conversations/" + conversation).json())
            .stream().anyMatch(note -> note.contains(word)));
        return admin.get("/api/v1/conversations/" + conversation).json();
    }

    List<String> notes(JsonNode conversation) {
        List<String> notes = new ArrayList<>();
        conversation.get("timeline").forEach(entry -> {
            if ("NOTE".equalsIgnoreCase(entry.get("kind").asString())) {
                notes.add(entry.get("body").asString());
            }
        });
        return notes;
    }

    ConversationPanels.Panel panel(long conversation) {
        return panels.stream().map(p -> p.panel(conversation)).flatMap(java.util.Optional::stream)
            .filter(p -> p.template().equals("automation/reason-panel")).findFirst().orElse(null);
    }
}
