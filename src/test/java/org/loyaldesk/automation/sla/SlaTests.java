package org.loyaldesk.automation.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LeadAlertStream;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.insight.CoachingReport;
import org.loyaldesk.insight.Dashboard;
import org.loyaldesk.platform.AdminSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * SLA targets as a team lead and an agent notice them: a warning on the lead's page before the breach, a clock that
 * stands still while we wait for the customer and on the team's holiday, due times in the inbox, bounces counted.
 * The policies are on the SMS channel, which no other test writes on, and the watch is driven with chosen moments.
 */
@LoyaldeskTest
class SlaTests {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    SlaWatch watch;

    @Autowired
    DueTimes dueTimes;

    @Autowired
    Clock clock;

    @Autowired
    CoachingReport coaching;

    @Autowired
    AdminSettings adminSettings;

    @Autowired
    SlaRecalculation recalculation;

    @Test
    void aWarningReachesTheLeadBeforeTheBreachSkippingTheTeamsHolidayAndPausingWhilePending() throws Exception {
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long team = teamWithLead(api, "SLA ", unique);
        String lead = "lead-" + unique + "@loyaldesk.test";
        long agent = api.post("/api/v1/agents", Map.of("email", "agent-" + unique + "@loyaldesk.test", "name",
            "Agent " + unique, "password", PASSWORD, "role", "AGENT", "teamId", team)).id("id");
        // open all day every day in UTC, but today is the team's own holiday: nothing counts until midnight
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Instant midnight = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(api.put("/api/v1/automation/sla/calendars/" + team, Map.of("zone", "UTC", "week", allDay(),
            "dutchHolidays", false, "holidays", List.of(today.toString()))).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/automation/sla/policies", Map.of("priority", "normal", "channel", "sms",
            "firstReplyMinutes", 60, "resolutionMinutes", 600)).status()).isEqualTo(200);

        long id = api.inbound("sms", "sla-" + unique + "@voorbeeld.nl", "Kunt u mij vertellen waar mijn bestelling is?",
            null).id("conversationId");
        api.post("/api/v1/conversations/" + id + "/assignment", Map.of("agentId", agent, "teamId", team,
            "note", "Voor jouw team"));
        await().atMost(Duration.ofSeconds(20)).until(() -> midnight.plus(Duration.ofHours(1)).equals(dueAt(api, id)));

        Browser browser = new Browser(port);
        browser.logIn(lead, PASSWORD);
        BlockingQueue<String> alerts = LeadAlertStream.listen(browser, "sla", "rule");
        // at 80% of the hour (00:48 after the holiday) the lead hears it; a minute before, nothing
        watch.check(midnight.plus(Duration.ofMinutes(47)));
        assertThat(next(alerts, id, 1)).isNull();
        watch.check(midnight.plus(Duration.ofMinutes(49)));
        assertThat(next(alerts, id, 10)).contains("\"stage\":\"warning\"").contains("\"target\":\"first-reply\"")
            .contains("\"minutes\":11");
        assertThat(timeline(api, id)).anyMatch(text -> text.startsWith("SLA warning: First reply due in 11 min"));

        // we ask the customer something: while pending, the hour does not run out however long they take
        api.post("/api/v1/conversations/" + id + "/status", Map.of("status", "pending"));
        await().atMost(Duration.ofSeconds(20)).until(() -> dueAt(api, id) == null);
        watch.check(midnight.plus(Duration.ofHours(5)));
        assertThat(next(alerts, id, 1)).isNull();

        // the customer answers: the clock runs again, and past the hour the lead hears of the breach
        api.inbound("sms", "sla-" + unique + "@voorbeeld.nl", "Het ordernummer is KK-1234.", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> dueAt(api, id) != null);
        watch.check(midnight.plus(Duration.ofHours(2)));
        assertThat(next(alerts, id, 10)).contains("\"stage\":\"breach\"");
        JsonNode report = api.get("/api/v1/automation/sla/breaches?weeks=1").json();
        assertThat(report.get("teams").toString()).contains("\"key\":\"" + team + "\"");
        JsonNode teamRow = null;
        for (JsonNode row : report.get("teams")) {
            if (row.get("key").asString().equals(String.valueOf(team))) {
                teamRow = row;
            }
        }
        assertThat(teamRow.get("warnings").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(teamRow.get("breaches").asLong()).isEqualTo(1);
        api.delete("/api/v1/automation/sla/policies/" + policyId(api, "sms"));
    }

    @Test
    void aRuleOnSlaNearBreachRaisesThePriorityAndCallsTheLeadOnce() throws Exception {
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long team = teamWithLead(api, "Near ", unique);
        String lead = "lead-" + unique + "@loyaldesk.test";
        api.put("/api/v1/automation/sla/calendars/" + team, Map.of("zone", "UTC", "week", allDay(), "dutchHolidays", false));
        api.put("/api/v1/automation/sla/policies", Map.of("priority", "normal", "channel", "sms", "firstReplyMinutes", 60));
        long rule = api.post("/api/v1/automation/rules", Map.of("name", "Bijna te laat " + unique, "active", true,
            "trigger", "sla-near-breach", "conditions", List.of(Map.of("field", "tag", "operator", "is", "value", unique)),
            "actions", List.of(Map.of("type", "priority", "value", "urgent"), Map.of("type", "notify-lead")))).id("id");
        long id = api.inbound("sms", "near-" + unique + "@voorbeeld.nl", "Waar blijft mijn terugbetaling?", null)
            .id("conversationId");
        api.post("/api/v1/conversations/" + id + "/assignment", Map.of("teamId", team));
        api.put("/api/v1/conversations/" + id + "/tags/" + unique, Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> dueAt(api, id) != null);
        Instant due = dueAt(api, id);
        Browser browser = new Browser(port);
        browser.logIn(lead, PASSWORD);
        BlockingQueue<String> alerts = LeadAlertStream.listen(browser, "sla", "rule");

        watch.check(due.minus(Duration.ofMinutes(5)));
        watch.check(due.minus(Duration.ofMinutes(4)));

        List<String> heard = new ArrayList<>();
        for (String alert = next(alerts, id, 20); alert != null; alert = next(alerts, id, heard.size() < 2 ? 20 : 2)) {
            heard.add(alert);
        }
        assertThat(heard).as("the warning, then the rule's call, once").hasSize(2)
            .anySatisfy(alert -> assertThat(alert).startsWith("sla ").contains("\"stage\":\"warning\""))
            .anySatisfy(alert -> assertThat(alert).startsWith("rule ").contains("Bijna te laat " + unique));
        await().atMost(Duration.ofSeconds(20)).until(() -> "urgent".equals(api.get("/api/v1/conversations/" + id).json()
            .at("/summary/priority").asString()));
        assertThat(timeline(api, id)).filteredOn(text -> text.contains("Bijna te laat " + unique)).hasSize(1);
        api.delete("/api/v1/automation/rules/" + rule);
        api.delete("/api/v1/automation/sla/policies/" + policyId(api, "sms"));
    }

    @Test
    void changedBusinessHoursMoveTheDueTimesOfTeamsWithoutACalendarOfTheirOwn() {
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String admin = "hours-" + unique + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", admin, "name", "Admin", "password", PASSWORD, "role", "ADMIN"));
        Browser browser = new Browser(port);
        browser.logIn(admin, PASSWORD);
        List<String> week = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        try {
            hours(browser, "00:00", "23:59", week);
            api.put("/api/v1/automation/sla/policies", Map.of("priority", "normal", "channel", "sms", "firstReplyMinutes", 60));
            long id = api.inbound("sms", "uren-" + unique + "@voorbeeld.nl", "Hoe laat zijn jullie open?", null)
                .id("conversationId");
            await().atMost(Duration.ofSeconds(20)).until(() -> dueAt(api, id) != null);
            Instant allDay = dueAt(api, id);

            hours(browser, "00:00", "00:30", week); // half an hour a day: the hour's target takes two days

            await().atMost(Duration.ofSeconds(30)).until(() -> dueAt(api, id).isAfter(allDay.plus(Duration.ofHours(12))));
        } finally {
            adminSettings.forget("business-hours");
            recalculation.now();
            api.delete("/api/v1/automation/sla/policies/" + policyId(api, "sms"));
        }
    }

    private static void hours(Browser admin, String opens, String closes, List<String> days) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("opens", opens), Map.entry("closes", closes)));
        days.forEach(day -> form.add(Map.entry("days", day)));
        assertThat(admin.post("/settings/hours", form).status()).isEqualTo(200);
    }

    @Test
    void dueTimesShowInTheInboxInDutchAndEnglishAndTheEarliestComesFirst() {
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        api.put("/api/v1/automation/sla/policies", Map.of("priority", "normal", "channel", "sms",
            "firstReplyMinutes", 600));
        long late = importOpen(api, "late-" + unique, Instant.now().minus(Duration.ofDays(30)));
        long fresh = api.inbound("sms", "fresh-" + unique + "@voorbeeld.nl", "Vraag over mijn factuur", null)
            .id("conversationId");
        dueTimes.recompute(List.of(late, fresh));
        await().atMost(Duration.ofSeconds(20)).until(() -> dueAt(api, fresh) != null);

        List<Long> byDue = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/conversations?sort=due&limit=100" + (cursor == null ? "" : "&cursor=" + cursor))
                .json();
            page.get("items").forEach(item -> byDue.add(item.get("id").asLong()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        assertThat(byDue).contains(late, fresh);
        assertThat(byDue.indexOf(late)).isLessThan(byDue.indexOf(fresh));
        assertThat(byDue).doesNotHaveDuplicates();

        String staff = "inbox-" + unique + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", staff, "name", "Inbox " + unique, "password", PASSWORD, "role", "AGENT"));
        Browser browser = new Browser(port);
        browser.logIn(staff, PASSWORD);
        String english = browser.get("/inbox?view=all&channel=sms&sort=due&lang=en").html();
        String dutch = browser.get("/inbox?view=all&channel=sms&sort=due&lang=nl").html();

        assertThat(english).containsPattern("class=\"due overdue\"[^>]*>overdue \\d+ d<")
            .containsPattern("class=\"due\"[^>]*>due in \\d+ (min|h|d)<");
        assertThat(dutch).containsPattern("class=\"due overdue\"[^>]*>\\d+ d over tijd<")
            .containsPattern("class=\"due\"[^>]*>uiterlijk over \\d+ (min|u|d)<");
        assertThat(english.indexOf("late-" + unique)).isLessThan(english.indexOf("Vraag over mijn factuur"));
        api.delete("/api/v1/automation/sla/policies/" + policyId(api, "sms"));
    }

    @Test
    void aConversationHandedBackSoonIsABounceOnTheCoachingDashboard() {
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long first = api.post("/api/v1/teams", Map.of("name", "Front " + unique)).id("id");
        long second = api.post("/api/v1/teams", Map.of("name", "Billing " + unique)).id("id");
        long anna = api.post("/api/v1/agents", Map.of("email", "front-" + unique + "@loyaldesk.test", "name",
            "Front " + unique, "password", PASSWORD, "role", "AGENT", "teamId", first)).id("id");
        long bert = api.post("/api/v1/agents", Map.of("email", "billing-" + unique + "@loyaldesk.test", "name",
            "Bouncer " + unique, "password", PASSWORD, "role", "AGENT", "teamId", second)).id("id");
        String lead = "coach-" + unique + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", lead, "name", "Coach " + unique, "password", PASSWORD, "role", "LEAD"));
        long id = api.inbound("email", "bounce-" + unique + "@voorbeeld.nl", "Mijn factuur klopt niet", null)
            .id("conversationId");
        api.post("/api/v1/conversations/" + id + "/assignment", Map.of("agentId", anna, "teamId", first,
            "note", "Start"));
        api.post("/api/v1/conversations/" + id + "/assignment", Map.of("agentId", bert, "teamId", second,
            "note", "Graag naar facturatie: bedrag klopt niet"));
        // handed straight back: a bounce, counted against the one who handed it back
        api.post("/api/v1/conversations/" + id + "/assignment", Map.of("agentId", anna, "teamId", first,
            "note", "Is niet voor ons"));

        Dashboard.Table bounces = coaching.build(4).table("bounces").orElseThrow();
        List<Dashboard.Cell> bouncer = bounces.rows().stream()
            .filter(row -> ("Bouncer " + unique).equals(row.get(0).text())).findFirst().orElseThrow();
        assertThat(bouncer.get(1).number()).isEqualTo(1.0); // received one hand-over
        assertThat(bouncer.get(2).number()).isEqualTo(1.0); // and bounced it
        assertThat(bouncer.get(3).number()).isEqualTo(100.0);
        List<Dashboard.Cell> escalated = bounces.rows().stream()
            .filter(row -> ("Front " + unique).equals(row.get(0).text())).findFirst().orElseThrow();
        assertThat(escalated.get(2).number()).isZero();

        Browser browser = new Browser(port);
        browser.logIn(lead, PASSWORD);
        assertThat(browser.get("/insight/coaching?weeks=4&lang=en").html()).contains("Hand-overs and bounces",
            "Bouncer " + unique);
        assertThat(browser.get("/insight/coaching?weeks=4&lang=nl").html()).contains("Overdrachten en terugkaatsers");

        // the one who escalated keeps seeing where it went and how it stands
        Browser front = new Browser(port);
        front.logIn("front-" + unique + "@loyaldesk.test", PASSWORD);
        assertThat(front.get("/handed-over?lang=en").html()).contains("Mijn factuur klopt niet", "Bouncer " + unique,
            "with Front " + unique);
        Browser back = new Browser(port);
        back.logIn("billing-" + unique + "@loyaldesk.test", PASSWORD);
        assertThat(back.get("/handed-over?lang=nl").html()).contains("Mijn factuur klopt niet",
            "snel teruggegeven (terugkaatser)");
    }

    @Test
    void badInputIsRefusedAndExplained() {
        Api api = new Api(port);
        long team = api.post("/api/v1/teams", Map.of("name", "Bad " + UUID.randomUUID())).id("id");
        String calendars = "/api/v1/automation/sla/calendars/" + team;

        assertThat(api.put("/api/v1/automation/sla/policies", Map.of("priority", "whenever", "firstReplyMinutes", 60))
            .status()).isEqualTo(400);
        assertThat(api.put("/api/v1/automation/sla/policies", Map.of("priority", "high", "firstReplyMinutes", 0))
            .status()).isEqualTo(400);
        assertThat(api.put("/api/v1/automation/sla/policies", Map.of("priority", "high", "channel", "pigeon",
            "firstReplyMinutes", 60)).status()).isEqualTo(400);
        assertThat(api.put("/api/v1/automation/sla/policies", Map.of("priority", "high")).status()).isEqualTo(400);
        assertThat(api.postRaw("/api/v1/automation/sla/policies", "{").status()).isBetween(400, 499);
        assertThat(api.put(calendars, Map.of("zone", "Mars/Olympus", "week", allDay())).status()).isEqualTo(400);
        assertThat(api.put(calendars, Map.of("zone", "UTC\u0000", "week", allDay())).status()).isEqualTo(400);
        assertThat(api.put(calendars, Map.of("zone", "UTC", "week", Map.of("monday", "17:00-09:00"))).status())
            .isEqualTo(400);
        assertThat(api.put(calendars, Map.of("zone", "UTC", "week", Map.of("funday", "09:00-17:00"))).status())
            .isEqualTo(400);
        assertThat(api.put(calendars, Map.of("zone", "UTC", "week", Map.of("monday", "25:00-26:00"))).status())
            .isEqualTo(400);
        assertThat(api.put(calendars, Map.of("zone", "UTC", "week", Map.of())).status()).isEqualTo(422);
        assertThat(api.put(calendars, Map.of("zone", "UTC", "week", allDay(), "holidays", List.of("morgen"))).status())
            .isEqualTo(400);
        assertThat(api.put("/api/v1/automation/sla/calendars/987654321", Map.of("zone", "UTC", "week", allDay()))
            .status()).isEqualTo(404);
        assertThat(api.put("/api/v1/automation/sla/settings", Map.of("warnPercent", 150, "bounceMinutes", 120))
            .status()).isEqualTo(422);
        assertThat(api.get("/api/v1/automation/sla/breaches?weeks=0").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/automation/sla/holidays/nl?year=99999").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/conversations?sort=sideways").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/conversations?sort=due&cursor=bm90LWEtY3Vyc29y").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/automation/sla/holidays/nl?year=2025").body()).contains("2025-04-26", "2025-05-05");

        String admin = "admin-" + UUID.randomUUID() + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", admin, "name", "Admin", "password", PASSWORD, "role", "ADMIN"));
        Browser browser = new Browser(port);
        browser.logIn(admin, PASSWORD);
        Map<String, String> form = new HashMap<>(Map.of("team", String.valueOf(team), "zone", "Nowhere/Town",
            "mondayOpens", "09:00", "mondayCloses", "17:00"));
        Browser.Page refused = browser.post("/settings/sla/calendar?lang=en", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Unknown time zone");
        Browser.Page wrongNumber = browser.post("/settings/sla/settings?lang=nl", Map.of("warnPercent", "veel",
            "bounceMinutes", "120"));
        assertThat(wrongNumber.status()).isLessThan(500);
        assertThat(browser.post("/settings/sla/settings?lang=nl", Map.of("warnPercent", "0", "bounceMinutes", "120"))
            .html()).contains("Waarschuw tussen 1% en 99% van de norm.");
        assertThat(browser.get("/inbox?sort=sideways").status()).isBetween(400, 499);
    }

    /** A new team with a lead, {@code lead-<unique>@loyaldesk.test}; returns the team's id. */
    private static long teamWithLead(Api api, String name, String unique) {
        long team = api.post("/api/v1/teams", Map.of("name", name + unique)).id("id");
        api.post("/api/v1/agents", Map.of("email", "lead-" + unique + "@loyaldesk.test", "name", "Lead " + unique,
            "password", PASSWORD, "role", "LEAD", "teamId", team));
        return team;
    }

    /** The next alert about this conversation within the seconds given, or null. */
    private static String next(BlockingQueue<String> alerts, long id, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
            String alert = alerts.poll(left, TimeUnit.NANOSECONDS);
            if (alert != null && alert.contains("\"conversationId\":" + id + ",")) {
                return alert;
            }
        }
        return null;
    }

    private static Map<String, String> allDay() {
        Map<String, String> week = new HashMap<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            week.put(day, "00:00-00:00");
        }
        return week;
    }

    private static Instant dueAt(Api api, long id) {
        JsonNode due = api.get("/api/v1/conversations/" + id).json().get("summary").get("dueAt");
        return due == null || due.isNull() ? null : Instant.parse(due.asString()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static List<String> timeline(Api api, long id) {
        List<String> texts = new ArrayList<>();
        api.get("/api/v1/conversations/" + id).json().get("timeline").forEach(entry -> texts.add(entry.get("body").asString()));
        return texts;
    }

    private static long policyId(Api api, String channel) {
        for (JsonNode policy : api.get("/api/v1/automation/sla/policies").json()) {
            if (policy.get("channel").asString().equals(channel)) {
                return policy.get("id").asLong();
            }
        }
        throw new IllegalStateException("no policy on " + channel);
    }

    private static long importOpen(Api api, String subject, Instant at) {
        return api.post("/api/v1/conversations/import", Map.of("conversations", List.of(Map.of(
            "customer", Map.of("email", subject + "@voorbeeld.nl", "name", "Klant"), "subject", subject,
            "channel", "sms", "status", "open", "messages", List.of(Map.of("kind", "inbound", "at", at.toString(),
                "text", "Al een maand geen antwoord")))))).json().get("conversationIds").get(0).asLong();
    }
}
