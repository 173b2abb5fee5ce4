package org.loyaldesk.insight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loyalty and coaching dashboards and the conversation's signal panel in a real Chromium, in
 * English and Dutch, on the demo shop as it is on first start: every chart is drawn with data.
 * Screenshots go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
        "loyaldesk.insight.first-training=1s", "loyaldesk.insight.training-interval=2s" })
class DashboardsInChromiumTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Test
    void aLeadSeesEveryDashboardWithChartsInEnglishAndDutch() {
        Page page = logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)),
            "sanne@loyaldesk.demo");
        waitForTheDemoToBeRead(page);
        for (String lang : List.of("en", "nl")) {
            for (String dashboard : List.of("loyalty", "coaching")) {
                page.navigate(base() + "/insight/" + dashboard + "?lang=" + lang);
                int charts = page.locator("canvas.dashboard-chart").count();
                assertThat(charts).isGreaterThanOrEqualTo(4);
                assertThat(page.locator("canvas.dashboard-chart[data-rendered]")).hasCount(charts);
                JsonNode data = JSON.readTree(page.request().get(base() + "/insight/" + dashboard + "/data").text());
                data.get("charts").properties().forEach(chart -> assertThat(chart.getValue().get("labels").size())
                    .as(dashboard + " " + chart.getKey()).isPositive());
                assertThat(page.locator(".report-table table").first()).isVisible();
                assertThat(page.locator(".mainnav")).containsText(lang.equals("nl") ? "Loyaliteit" : "Loyalty");
                screenshot(page, dashboard + "-" + lang);
            }
            page.navigate(base() + "/insight/loyalty?lang=" + lang);
            page.locator("#table-conversations a[href^='/conversations/']").first().click();
            assertThat(page.locator(".insight-panel")).isVisible();
            assertThat(page.locator("canvas.trajectory-chart[data-rendered]")).hasCount(1);
            assertThat(page.locator(".insight-panel h2")).hasText(lang.equals("nl") ? "Signalen" : "Signals");
            page.locator(".insight-panel").scrollIntoViewIfNeeded();
            screenshot(page, "conversation-signals-" + lang);
        }
        page.navigate(base() + "/settings/insight?lang=en");
        assertThat(page.locator(".model-auc")).containsText("AUC");
        screenshot(page, "models-en");
        // the demo's conversations are read in the background after the start: the export grows until they are
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofSeconds(2))
            .until(() -> page.request().get(base() + "/insight/loyalty/export/conversations.csv").text().lines().count() > 100);
    }

    private void waitForTheDemoToBeRead(Page page) {
        for (int attempt = 0; attempt < 60; attempt++) {
            JsonNode trend = JSON.readTree(page.request().get(base() + "/insight/loyalty/data").text())
                .get("charts").get("trend");
            JsonNode models = new Api(port).get("/api/v1/insight/models").json();
            if (trend.get("labels").size() >= 4 && !models.get("churn").get("auc").isNull()) {
                return;
            }
            page.waitForTimeout(500);
        }
        throw new AssertionError("The demo history was not read within 30 s");
    }

    private Page logIn(BrowserContext context, String email) {
        return Chromium.logIn(context, base(), email);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, "insight-" + name);
    }
}
