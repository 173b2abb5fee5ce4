package org.loyaldesk.insight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loyaldesk.Api;
import org.loyaldesk.Chromium;
import org.loyaldesk.ChromiumSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A team lead's pages in a real Chromium on a laptop (1280 px) and a small screen (1024 px), in Dutch and English,
 * on the demo shop: every table shows all of its columns, every column has a name, and no time shows as ISO.
 * Screenshots go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "loyaldesk.demo=true", "loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN,
        "loyaldesk.insight.first-training=1s", "loyaldesk.insight.training-interval=2s" })
class LeadPagesInChromiumTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T");

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @LocalServerPort
    int port;

    @Test
    void aLeadSeesWholeTablesInWordsOnALaptopAndASmallScreen() {
        for (int width : List.of(1280, 1024)) {
            Page page = Chromium.logIn(chromium.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)),
                base(), "fatima@loyaldesk.demo");
            waitForTheDemoToBeRead(page);
            for (String lang : List.of("nl", "en")) {
                page.navigate(base() + "/insight/coaching?lang=" + lang);
                assertThat(page.locator("#table-agents table")).isVisible();
                chartsDrawn(page);
                screenshot(page, "coaching-" + lang + "-" + width);
                assertWhole(page, "#table-agents");
                assertWhole(page, "#table-teams");
                readable(page, "coaching");

                page.locator("#table-agents tbody a").first().click();
                assertThat(page.locator("main table")).isVisible();
                screenshot(page, "drilldown-" + lang + "-" + width);
                readable(page, "drill-down");

                page.navigate(base() + "/insight/loyalty?lang=" + lang);
                assertThat(page.locator("#table-trend table")).isVisible();
                chartsDrawn(page);
                screenshot(page, "loyalty-" + lang + "-" + width);
                readable(page, "loyalty");

                page.locator("#table-conversations tbody a[href^='/conversations/']").first().click();
                assertThat(page.locator("canvas.trajectory-chart[data-rendered]")).hasCount(1);
                // "70.8 h" next to "−2,2": the panel's figures in one language
                String figures = String.join(" ", page.locator(".insight-panel .drivers, .insight-panel figcaption")
                    .allInnerTexts());
                assertThat(figures).doesNotContainPattern(lang.equals("nl") ? "\\d\\.\\d" : "\\d,\\d");
                panelShot(page, "leads-signals-" + lang + "-" + width);

                page.navigate(base() + "/insight/loyalty?lang=" + lang);
                page.locator("#table-customers tbody a").first().click();
                assertThat(page.locator("ul.reasons li").first()).isVisible();
                screenshot(page, "customer-" + lang + "-" + width);
                readable(page, "customer");
            }
        }
    }

    private static void chartsDrawn(Page page) {
        assertThat(page.locator("canvas.dashboard-chart[data-rendered]"))
            .hasCount(page.locator("canvas.dashboard-chart").count());
    }

    /** The table's last column ends inside the page, where the lead sees it without scrolling sideways. */
    private static void assertWhole(Page page, String section) {
        Locator wrap = page.locator(section + " .table-wrap");
        Number scrollWidth = (Number) wrap.evaluate("element => element.scrollWidth");
        Number clientWidth = (Number) wrap.evaluate("element => element.clientWidth");
        assertThat(scrollWidth.intValue()).as("%s wider than its box", section).isLessThanOrEqualTo(clientWidth.intValue());
        double right = page.locator(section + " th").last().boundingBox().x + page.locator(section + " th").last()
            .boundingBox().width;
        assertThat(right).as("%s last column inside the window", section)
            .isLessThanOrEqualTo(page.viewportSize().width);
    }

    private static void readable(Page page, String what) {
        Number pageWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("the %s page scrolls sideways", what)
            .isLessThanOrEqualTo(page.viewportSize().width);
        String text = page.locator("main").innerText();
        assertThat(ISO_TIME.matcher(text).find()).as("an ISO time on the %s page", what).isFalse();
        assertThat(page.locator("main th").allInnerTexts()).as("a column without a name on the %s page", what)
            .allMatch(header -> !header.isBlank());
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

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, "leads-" + name);
    }

    /** The panel refreshes itself when a reading arrives: a shot taken while it is swapped is taken again. */
    private static void panelShot(com.microsoft.playwright.Page page, String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                page.locator(".insight-panel").screenshot(new Locator.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve(name + ".png")));
                return;
            } catch (com.microsoft.playwright.PlaywrightException swapped) {
                if (attempt == 3) {
                    throw swapped;
                }
            }
        }
    }
}
