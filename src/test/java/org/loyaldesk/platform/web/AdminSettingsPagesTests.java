package org.loyaldesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.insight.AngerThreshold;
import org.loyaldesk.platform.AdminSettings;
import org.loyaldesk.platform.WorkingHours;
import org.loyaldesk.survey.SurveyChoices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each setting an admin changes in the settings screens takes effect, is audited, and refuses bad input kindly. */
@LoyaldeskTest
class AdminSettingsPagesTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    WorkingHours hours;

    @Autowired
    AngerThreshold anger;

    @Autowired
    SurveyChoices surveys;

    @Autowired
    AdminSettings settings;

    Api api;
    Browser admin;
    String adminName;
    long agentId;
    Browser agent;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String email = "admin-" + UUID.randomUUID() + "@loyaldesk.test";
        adminName = "Beheerder " + email.substring(6, 14);
        api.post("/api/v1/agents", Map.of("email", email, "name", adminName, "password", PASSWORD, "role", "ADMIN"));
        admin = new Browser(port);
        admin.logIn(email, PASSWORD);
        String agentEmail = "agent-" + UUID.randomUUID() + "@loyaldesk.test";
        agentId = api.post("/api/v1/agents", Map.of("email", agentEmail, "name", "Gewone Agent", "password", PASSWORD,
            "role", "AGENT")).id("id");
        agent = new Browser(port);
        agent.logIn(agentEmail, PASSWORD);
    }

    /** The other tests of this shared application expect the configured defaults. */
    @AfterEach
    void backToDefaults() {
        List.of("business-hours", "anger-alert", "survey", "contact-reasons").forEach(settings::forget);
    }

    @Test
    void businessHoursChangedInTheScreenAreWhatWorkingHoursAnswers() {
        assertThat(hours.current().days()).doesNotContain(DayOfWeek.SATURDAY);

        Browser.Page page = admin.post("/settings/hours", form("opens", "08:00", "closes", "20:00", "days", "MONDAY",
            "days", "SATURDAY"));

        assertThat(page.html()).contains("Saved.");
        assertThat(hours.current().opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(hours.current().closes()).isEqualTo(LocalTime.of(20, 0));
        assertThat(hours.current().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(admin.get("/settings/hours").html()).contains("value=\"08:00\"");
    }

    @Test
    void badBusinessHoursAreAFormError() {
        assertThat(admin.post("/settings/hours", form("opens", "25:00", "closes", "17:00", "days", "MONDAY")).html())
            .contains("A time is written as 09:00.");
        assertThat(admin.post("/settings/hours", form("opens", "18:00", "closes", "09:00", "days", "MONDAY")).html())
            .contains("The team must open before it closes.");
        assertThat(admin.post("/settings/hours", form("opens", "09:00", "closes", "17:00")).html())
            .contains("Pick at least one working day.");
        Browser.Page unreadable = admin.post("/settings/hours", form("opens", "09:00", "closes", "17:00", "days",
            "FUNDAY"));
        assertThat(unreadable.status()).isEqualTo(200);
        assertThat(unreadable.html()).contains("A field could not be read");
        assertThat(hours.current()).isEqualTo(hours.defaults());
    }

    @Test
    void theAngerThresholdChangedInTheScreenDecidesWhatIsFlagged() {
        assertThat(admin.post("/settings/anger", form("percent", "80")).html()).contains("Saved.");
        assertThat(anger.current()).isEqualTo(0.8);

        assertThat(admin.post("/settings/anger", form("percent", "500")).html())
            .contains("The anger alert is between 5% and 100%.");
        assertThat(admin.post("/settings/anger", form("percent", "veel")).html()).contains("A field could not be read");
        assertThat(anger.current()).isEqualTo(0.8);
    }

    @Test
    void surveySettingsChangedInTheScreenAreTheOnesInForce() {
        Browser.Page page = admin.post("/settings/surveys", form("question", "csat", "quietDays", "10",
            "npsEveryDays", "0", "company", "Koffiekoning"));

        assertThat(page.html()).contains("Saved.");
        assertThat(surveys.current().questionKind().code()).isEqualTo("csat");
        assertThat(surveys.current().quietDays()).isEqualTo(10);
        assertThat(surveys.current().company()).isEqualTo("Koffiekoning");
        assertThat(admin.post("/settings/surveys", form("question", "nps", "quietDays", "10", "npsEveryDays", "0",
            "company", "X")).html()).contains("The question after solving is CES or CSAT.");
        assertThat(admin.post("/settings/surveys", form("question", "ces", "quietDays", "-1", "npsEveryDays", "0",
            "company", "X")).html()).contains("Quiet days are 0 to 365");
        assertThat(admin.post("/settings/surveys", form("question", "ces", "quietDays", "1", "npsEveryDays", "0",
            "company", "\u0000")).html()).contains("The company name is 1 to 100 characters on one line.");
        assertThat(surveys.current().company()).isEqualTo("Koffiekoning");
    }

    @Test
    void aNewContactReasonCanBePickedOnAConversation() {
        long conversation = api.inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl",
            "Mijn koffiemolen is stuk, valt dat onder garantie?", null).id("conversationId");

        assertThat(admin.post("/settings/reasons", form("label", "Garantieclaim")).html()).contains("Saved.")
            .contains("Garantieclaim");
        assertThat(admin.get("/conversations/" + conversation).html())
            .contains("<option value=\"garantieclaim\">Garantieclaim</option>");
        admin.post("/conversations/" + conversation + "/reason", form("reason", "garantieclaim"));
        assertThat(api.get("/api/v1/conversations/" + conversation).json().get("summary").get("contactReason")
            .asString()).isEqualTo("garantieclaim");

        assertThat(admin.post("/settings/reasons", form("label", "Garantieclaim")).html())
            .contains("That contact reason exists already.");
        assertThat(admin.post("/settings/reasons", form("label", "\u0000")).html())
            .contains("A contact reason is 1 to 60 characters on one line.");
        admin.post("/settings/reasons/remove", form("code", "garantieclaim"));
        assertThat(admin.get("/conversations/" + conversation).html()).doesNotContain("value=\"garantieclaim\"");
    }

    @Test
    void everyChangeIsOnTheAuditScreenFilteredByWhoWhatAndWhen() {
        admin.post("/settings/anger", form("percent", "70"));
        admin.post("/settings/hours", form("opens", "08:30", "closes", "17:00", "days", "TUESDAY"));

        Browser.Page byMe = admin.get("/settings/audit?actor=" + adminName.replace(' ', '+'));
        assertThat(byMe.html()).contains("settings.anger-alert").contains("settings.business-hours").contains("0.70");
        Browser.Page oneAction = admin.get("/settings/audit?action=anger-alert&actor=" + adminName.replace(' ', '+'));
        assertThat(oneAction.html()).contains("settings.anger-alert").doesNotContain("settings.business-hours");
        assertThat(admin.get("/settings/audit?actor=" + adminName.replace(' ', '+') + "&from=2001-01-01&to=2001-12-31")
            .html()).contains("No entries match.");
        Browser.Page badDate = admin.get("/settings/audit?from=yesterday");
        assertThat(badDate.status()).isEqualTo(200);
        assertThat(badDate.html()).contains("A date is written as 2026-01-31.");
        assertThat(admin.get("/settings/audit?after=%21%21").html()).contains("That page link is no longer valid");
    }

    @Test
    void theAuditScreenPagesBackwardsThroughTheLog() {
        for (int i = 0; i < 52; i++) {
            admin.post("/settings/teams", form("name", "Team " + i + " " + UUID.randomUUID()));
        }
        String filter = "/settings/audit?action=team.created&actor=" + adminName.replace(' ', '+');

        Browser.Page first = admin.get(filter);
        assertThat(first.html().split("class=\"audit-entry\"")).hasSize(51);
        String next = first.html().replaceAll("(?s).*<a class=\"next\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        Browser.Page second = admin.get(next);

        assertThat(second.html().split("class=\"audit-entry\"")).hasSize(3);
        assertThat(second.html()).contains("Team 1 ").contains("Team 0 ").doesNotContain("class=\"next\"");
    }

    @Test
    void anAgentGetsForbiddenOnEveryAdminPageAndSeesNoLinkToThem() {
        long team = api.post("/api/v1/teams", Map.of("name", "Team " + UUID.randomUUID())).id("id");
        for (String path : List.of("/settings", "/settings/channels", "/settings/hours", "/settings/reasons",
            "/settings/surveys", "/settings/anger", "/settings/audit", "/settings/agents/" + agentId,
            "/settings/teams/" + team)) {
            assertThat(agent.get(path).status()).as(path).isEqualTo(403);
        }
        for (String path : List.of("/settings/agents/" + agentId + "/deactivate", "/settings/anger", "/settings/reasons",
            "/settings/teams/" + team + "/members")) {
            assertThat(agent.post(path, form("percent", "5", "label", "x", "agentId", String.valueOf(agentId))).status())
                .as(path).isEqualTo(403);
        }
        assertThat(anger.current()).isEqualTo(anger.configured());
        assertThat(agent.get("/inbox").html()).doesNotContain("href=\"/settings");
        assertThat(admin.get("/inbox").html()).contains("href=\"/settings\"");
    }

    /** Name, value, name, value: a name may come again (days=MONDAY&days=SATURDAY). */
    private static List<Map.Entry<String, String>> form(String... pairs) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return form;
    }
}
