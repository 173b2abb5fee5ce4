package org.loyaldesk.proactive;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.OrderImport;
import org.loyaldesk.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * On the demo helpdesk in Chromium, the lead's side of proactive service in Dutch and English: a spike of
 * complaints about one product shows on the overview, the lead opens it, confirms it as an incident with a notice
 * in both languages, and resolves it; the linked conversation shows the notice as a suggested reply. Screenshots go
 * to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN })
class ProactiveInChromiumTests {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    Spikes spikes;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aLeadConfirmsASpikeAsAnIncidentAndResolvesItInDutchAndEnglish() {
        String base = "http://localhost:" + port;
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String sku = "KK-" + unique.toUpperCase();
        importOrdinaryWeeks(api, unique);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM proactive_contact WHERE at < ?")
            .param(java.time.OffsetDateTime.now().minusDays(20)).query(Integer.class).single() > 0);
        List<Long> complaints = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = "pan-" + i + "-" + unique + "@voorbeeld.nl";
            long customer = customers.identify(ContactAddress.email(email), "Klant " + i, Language.NL).id();
            customers.importOrder(customer, new OrderImport("P-" + unique + "-" + i, Instant.now().minus(Duration.ofDays(9)),
                "EUR", List.of(new OrderImport.Line(sku, "Snelkookpan Deluxe", 1, new BigDecimal("89.95")))));
            complaints.add(api.inbound("api", email, "Het deksel van de snelkookpan sluit niet, de pan lekt stoom",
                "pan-" + unique + "-" + i).id("conversationId"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> spikes.open().stream()
            .anyMatch(spike -> spikes.conversations(spike.id(), 50).stream().anyMatch(complaints::contains)));

        Page lead = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)),
            base, "fatima@loyaldesk.demo");
        lead.navigate(base + "/proactive?lang=nl");
        assertThat(lead.locator("h1")).hasText("Pieken en incidenten");
        assertThat(lead.locator("#spike-list tbody tr.spike-open").first()).containsText("deksel");
        Chromium.screenshot(lead, "proactive-overview-nl");
        lead.navigate(base + "/proactive?lang=en");
        assertThat(lead.locator("h1")).hasText("Spikes and incidents");
        Chromium.screenshot(lead, "proactive-overview-en");

        lead.locator("#spike-list tbody tr.spike-open a").first().click();
        assertThat(lead.locator("ul.spike-complaints li")).not().hasCount(0);
        Chromium.screenshot(lead, "proactive-spike-en");
        lead.locator("a.button.primary").click();
        assertThat(lead.locator("h1")).hasText("Declare an incident");
        if (lead.locator("input[name=skus]").inputValue().isBlank()) {
            lead.locator("input[name=skus]").fill(sku);
        }
        lead.locator("input[name=title]").fill("Deksel sluit niet");
        lead.locator("textarea[name=noticeNl]").fill("Bij een deel van de snelkookpannen sluit het deksel niet. "
            + "We sturen u een nieuw deksel.");
        lead.locator("textarea[name=noticeEn]").fill("On some pressure cookers the lid does not close. "
            + "We will send you a new lid.");
        Chromium.screenshot(lead, "proactive-declare-en");
        lead.locator("form.notice-form button[type=submit]").click();
        assertThat(lead.locator(".flash.notice")).containsText("The incident is declared");
        Chromium.screenshot(lead, "proactive-declared-en");
        // a complaint still being read when the lead declared is linked a moment later
        for (int i = 0; i < 40 && lead.locator("ul.spike-complaints li").count() < 6; i++) {
            lead.waitForTimeout(500);
            lead.reload();
        }
        assertThat(lead.locator("ul.spike-complaints li")).hasCount(6);
        Chromium.screenshot(lead, "proactive-incident-en");
        String incidentPage = lead.url().replaceAll("\\?.*", "");
        lead.navigate(incidentPage + "?lang=nl");
        assertThat(lead.locator("h2#warn-title")).hasText("De eigenaren waarschuwen");
        Chromium.screenshot(lead, "proactive-incident-nl");

        lead.navigate(base + "/conversations/" + complaints.getFirst() + "?lang=nl");
        assertThat(lead.locator(".incident-panel")).containsText("Bij een deel van de snelkookpannen");
        lead.locator(".incident-panel .use-notice").click();
        assertThat(lead.locator("#reply-text")).hasValue("Bij een deel van de snelkookpannen sluit het deksel niet. "
            + "We sturen u een nieuw deksel.");
        Chromium.screenshot(lead, "proactive-conversation-nl");

        lead.navigate(incidentPage + "?lang=en");
        lead.locator("textarea[name=resolutionNl]").fill("Het nieuwe deksel is onderweg.");
        lead.locator("textarea[name=resolutionEn]").fill("The new lid is on its way.");
        lead.locator("input[name=fixLink]").fill("https://shop.example/deksel");
        lead.locator("form.notice-form button[type=submit]").click();
        assertThat(lead.locator(".flash.notice")).containsText("every linked conversation is being answered");
        for (int i = 0; i < 40 && lead.locator("ul.spike-complaints .tag").count() < 6; i++) {
            lead.waitForTimeout(500);
            lead.reload();
        }
        assertThat(lead.locator("ul.spike-complaints .tag")).hasCount(6);
        Chromium.screenshot(lead, "proactive-resolved-en");
    }

    private static void importOrdinaryWeeks(Api api, String unique) {
        List<Map<String, Object>> history = new ArrayList<>();
        for (int day = 1; day <= 27; day++) {
            String text = day % 2 == 0 ? "Waar blijft mijn bestelling?" : "De factuur klopt niet";
            history.add(Map.of("customer", Map.of("email", "ooit-" + day + "-" + unique + "@voorbeeld.nl", "name",
                "Klant"), "subject", text, "channel", "email", "status", "solved", "messages", List.of(Map.of("kind",
                "inbound", "at", Instant.now().minus(Duration.ofDays(day)).toString(), "text", text))));
        }
        api.post("/api/v1/conversations/import", Map.of("conversations", history));
    }
}
