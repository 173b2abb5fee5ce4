package org.loyaldesk.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a team lead notices in the insight tables and their exports: times, numbers and codes in their own
 * language, the customer and the agent of every conversation in the export, a file Dutch Excel opens in
 * columns, and a week whose first-contact resolution is not known yet shown as pending instead of 0 %.
 */
@LoyaldeskTest
class LeadTablesTests {

    private static final String PASSWORD = "correct-horse-battery";
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T");
    /** Codes that must show as words: channels, statuses, contact reasons, and message keys left unresolved. */
    private static final Pattern CODE = Pattern.compile("^(email|chat|phone|whatsapp|new|open|pending|on_hold|solved|"
        + "closed|order-status|return-refund|product-defect|service-complaint|[a-z]+\\.[a-z.-]+)$");

    @LocalServerPort
    int port;

    private String word;
    private String customer;
    private String agent;
    private long conversation;
    private Browser lead;

    @BeforeEach
    void aConversationAnAgentAnsweredTwice() {
        Api api = new Api(port);
        word = UUID.randomUUID().toString().substring(0, 8);
        // a name that starts like a formula: the export must never let a spreadsheet run it
        customer = "=Sëlma Jansen-" + word;
        agent = "Agent " + word;
        long agentId = api.post("/api/v1/agents", Map.of("email", "agent-" + word + "@loyaldesk.test", "name", agent,
            "password", PASSWORD, "role", "AGENT")).id("id");
        Api agentApi = api.as(api.post("/api/v1/tokens", Map.of("name", "t " + word, "role", "AGENT", "agentId", agentId))
            .json().get("secret").asString());
        conversation = api.post("/api/v1/messages/inbound", Map.of("channel", "email", "from",
            Map.of("email", "selma-" + word + "@voorbeeld.nl", "name", customer),
            "text", "Mijn pakket " + word + " is niet aangekomen, waar blijft het?")).id("conversationId");
        agentApi.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "We zoeken het uit.",
            "status", "open"));
        agentApi.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "Het is onderweg.",
            "status", "open"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "no".equals(
            api.get("/api/v1/conversations/" + conversation + "/signals").json().get("fcr").asString()));
        api.post("/api/v1/agents", Map.of("email", "lead-" + word + "@loyaldesk.test", "name", "Lead " + word,
            "password", PASSWORD, "role", "LEAD"));
        lead = new Browser(port);
        lead.logIn("lead-" + word + "@loyaldesk.test", PASSWORD);
    }

    @Test
    void aDutchExportOpensInColumnsInExcelWithTheCustomerAndTheAgent() {
        lead.get("/insight/loyalty?lang=nl");
        String csv = lead.get("/insight/loyalty/export/conversations.csv").html();

        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = parse(csv.substring(1), ';');
        List<String> header = rows.getFirst();
        assertThat(header).contains("Klant", "Medewerker", "Kanaal", "Status", "Eerste reactie (kantoorminuten)");
        List<String> mine = rows.stream().filter(row -> row.getFirst().equals("#" + conversation)).findFirst()
            .orElseThrow();
        assertThat(mine).hasSameSizeAs(header);
        assertThat(mine.get(header.indexOf("Klant"))).isEqualTo("'" + customer);
        assertThat(mine.get(header.indexOf("Medewerker"))).isEqualTo(agent);
        assertThat(mine.get(header.indexOf("Kanaal"))).isEqualTo("E-mail");
        assertThat(mine.get(header.indexOf("Status"))).isEqualTo("Open");
        assertThat(mine.get(header.indexOf("Begonnen"))).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(rows.stream().flatMap(List::stream)).as("numbers with a decimal comma, never a point")
            .noneMatch(cell -> cell.matches("-?\\d+\\.\\d+")).anyMatch(cell -> cell.matches("-?\\d+,\\d+"));
    }

    @Test
    void anEnglishExportKeepsCommasAndPoints() {
        lead.get("/insight/loyalty?lang=en");
        String csv = lead.get("/insight/loyalty/export/conversations.csv").html();

        List<List<String>> rows = parse(csv.substring(1), ',');
        List<String> header = rows.getFirst();
        assertThat(header).contains("Customer", "Agent", "Channel");
        List<String> mine = rows.stream().filter(row -> row.getFirst().equals("#" + conversation)).findFirst()
            .orElseThrow();
        assertThat(mine).hasSameSizeAs(header);
        assertThat(mine.get(header.indexOf("Customer"))).isEqualTo("'" + customer);
        assertThat(mine.get(header.indexOf("Agent"))).isEqualTo(agent);
        assertThat(mine.get(header.indexOf("Channel"))).isEqualTo("Email");
        assertThat(rows.stream().flatMap(List::stream)).noneMatch(cell -> cell.matches("-?\\d+,\\d+"))
            .anyMatch(cell -> cell.matches("-?\\d+\\.\\d+"));
    }

    @Test
    void leadPagesInDutchShowTimesNumbersAndCodesAsADutchLeadReadsThem() {
        for (String path : List.of("/insight/loyalty", "/insight/coaching", "/insight/coaching/conversations",
            "/insight/customers/" + customerId())) {
            Browser.Page page = lead.get(path + "?lang=nl");
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(ISO_TIME.matcher(page.html()).find()).as("an ISO time on %s", path).isFalse();
            Document html = Jsoup.parse(page.html());
            List<String> cells = html.select("main td, main li, .kpi-value").eachText();
            assertThat(cells).as(path).noneMatch(cell -> CODE.matcher(cell).matches())
                .noneMatch(cell -> cell.matches("-?\\d+\\.\\d{1,2}( .*)?")).noneMatch(cell -> cell.contains("(0.0)"));
            assertThat(html.select("main th").eachText()).as("every column has a name on %s", path)
                .allMatch(header -> !header.isBlank());
        }
        Element mine = Jsoup.parse(lead.get("/insight/loyalty?lang=nl").html())
            .selectFirst("#table-conversations tr:has(a[href=/conversations/" + conversation + "])");
        assertThat(mine).as("the new conversation is on top of the table").isNotNull();
        assertThat(mine.select("td").eachText()).contains(customer, agent, "E-mail", "Open", "Niet bij eerste contact");
    }

    @Test
    void aWeekWhoseFirstContactResolutionIsNotKnownYetIsPendingNotZero() {
        // this week: a conversation that is already "no" (two replies) among ones still open
        Api api = new Api(port);
        for (int i = 0; i < 2; i++) {
            long open = api.post("/api/v1/messages/inbound", Map.of("channel", "chat", "from",
                Map.of("email", "open-" + i + word + "@voorbeeld.nl", "name", "Open " + word), "text",
                "Nog een vraag " + word)).id("conversationId");
            await().atMost(Duration.ofSeconds(20)).until(() -> "pending".equals(
                api.get("/api/v1/conversations/" + open + "/signals").json().get("fcr").asString()));
        }

        for (String lang : List.of("nl", "en")) {
            Document page = Jsoup.parse(lead.get("/insight/loyalty?lang=" + lang).html());
            List<String> header = page.select("#table-trend th").eachText();
            List<String> thisWeek = page.select("#table-trend tbody tr").last().select("td").eachText();
            assertThat(thisWeek.get(header.indexOf(lang.equals("nl") ? "Opgelost bij eerste contact"
                : "First-contact resolution")))
                .isEqualTo(lang.equals("nl") ? "volgt nog" : "pending");
        }
        String data = lead.get("/insight/loyalty/data?lang=en").html();
        assertThat(data).contains("FCR of ").contains("still pending");
    }

    private long customerId() {
        return new Api(port).get("/api/v1/conversations/" + conversation).json().at("/summary/customerId").asLong();
    }

    /** RFC 4180 with the given separator: quoted fields may hold separators, quotes and line breaks. */
    private static List<List<String>> parse(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
