package org.loyaldesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Service notices as a team lead's integration posts them and as the portal asks which concern a
 * customer: a recall reaches the buyers of the product only, and bad input stores nothing.
 */
@LoyaldeskTest
@RecordApplicationEvents
class NoticesApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ServiceNotices notices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Api lead;
    /** In every SKU and title of this test, so that notices of other tests sharing the database can be told apart. */
    String word;

    @BeforeEach
    void setUp() {
        lead = new Api(port);
        word = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aNoticeAboutAProductReachesTheCustomerWhoOrderedItAndNotOneWhoDidNot() {
        String sku = "KK-ESP-" + word;
        long buyer = customerWhoOrdered(sku);
        long other = customerWhoOrdered("KK-MLK-" + word);

        Api.Response recall = lead.post("/api/v1/notices", notice("outage", "Recall " + word, Map.of("skus",
            List.of(sku.toLowerCase()))));
        long everyone = lead.post("/api/v1/notices", notice("info", "News " + word, Map.of())).id("id");

        assertThat(recall.status()).isEqualTo(201);
        assertThat(recall.header("Location").orElseThrow()).endsWith("/api/v1/notices/" + recall.id("id"));
        assertThat(recall.json().get("severity").asString()).isEqualTo("outage");
        assertThat(recall.json().get("skus").get(0).asString()).isEqualTo(sku);
        assertThat(ids(notices.concerning(buyer, Instant.now()))).contains(recall.id("id"), everyone);
        assertThat(ids(notices.concerning(other, Instant.now()))).contains(everyone).doesNotContain(recall.id("id"));
    }

    @Test
    void theMostSevereNoticeComesFirst() {
        long customer = customerWhoOrdered("KK-ANY-" + word);
        long info = lead.post("/api/v1/notices", notice("info", "News " + word, Map.of())).id("id");
        long outage = lead.post("/api/v1/notices", notice("outage", "Down " + word, Map.of())).id("id");
        long warning = lead.post("/api/v1/notices", notice("warning", "Late " + word, Map.of())).id("id");

        List<Long> shown = ids(notices.concerning(customer, Instant.now())).stream()
            .filter(id -> List.of(info, outage, warning).contains(id)).toList();

        assertThat(shown).containsExactly(outage, warning, info);
    }

    @Test
    void endedExpiredAndFutureNoticesAreNotShown() {
        long customer = customerWhoOrdered("KK-ANY-" + word);
        Instant now = Instant.now();
        long current = lead.post("/api/v1/notices", notice("info", "Now " + word, Map.of())).id("id");
        long ended = lead.post("/api/v1/notices", notice("info", "Ended " + word, Map.of())).id("id");
        long expired = lead.post("/api/v1/notices", notice("info", "Expired " + word, Map.of(
            "from", now.minus(Duration.ofHours(3)).toString(), "until", now.minus(Duration.ofHours(1)).toString())))
            .id("id");
        long future = lead.post("/api/v1/notices", notice("info", "Future " + word, Map.of(
            "from", now.plus(Duration.ofDays(1)).toString()))).id("id");

        Api.Response end = lead.post("/api/v1/notices/" + ended + "/end", Map.of());
        Api.Response again = lead.post("/api/v1/notices/" + ended + "/end", Map.of());

        assertThat(end.status()).isEqualTo(200);
        assertThat(end.json().get("endedAt").isNull()).isFalse();
        assertThat(again.json().get("endedAt").asString()).isEqualTo(end.json().get("endedAt").asString());
        assertThat(ids(notices.concerning(customer, Instant.now()))).contains(current)
            .doesNotContain(ended, expired, future);
        assertThat(ids(notices.concerning(customer, now.plus(Duration.ofDays(2))))).contains(future)
            .doesNotContain(ended);
        assertThat(ids(notices.concerning(customer, now.minus(Duration.ofHours(2))))).contains(expired);
        List<Long> listed = lead.get("/api/v1/notices?limit=500").json().findValues("id").stream()
            .map(node -> node.asLong()).toList();
        assertThat(listed).contains(current, ended, expired, future);
    }

    @Test
    void anAgentCanReadNoticesButNotPostOrEndThem() {
        long agentId = lead.post("/api/v1/agents", Map.of("email", "agent-" + word + "@loyaldesk.test", "name",
            "Agent " + word, "password", "correct-horse-battery", "role", "AGENT")).id("id");
        Api agent = lead.as(lead.post("/api/v1/tokens", Map.of("name", "agent " + word, "role", "AGENT",
            "agentId", agentId)).json().get("secret").asString());
        long existing = lead.post("/api/v1/notices", notice("info", "Kept " + word, Map.of())).id("id");
        long before = stored();

        Api.Response post = agent.post("/api/v1/notices", notice("outage", "Sneaky " + word, Map.of()));
        Api.Response end = agent.post("/api/v1/notices/" + existing + "/end", Map.of());

        assertThat(post.status()).isEqualTo(403);
        assertThat(post.json().get("title").asString()).isEqualTo("Forbidden");
        assertThat(end.status()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
        assertThat(agent.get("/api/v1/notices/" + existing).json().get("endedAt").isNull()).isTrue();
        assertThat(agent.get("/api/v1/notices").status()).isEqualTo(200);
    }

    @Test
    void badInputIsAnsweredWithAProblemAndStoresNothing() {
        long before = stored();
        Instant now = Instant.now();

        List<Api.Response> refused = List.of(
            lead.post("/api/v1/notices", Map.of("severity", "info", "titleEn", " ", "textEn", " ")),
            lead.post("/api/v1/notices", Map.of("severity", "info")),
            lead.post("/api/v1/notices", notice("info", "x".repeat(201), Map.of())),
            lead.post("/api/v1/notices", notice("info", "Long text", Map.of("textEn", "x".repeat(4001)))),
            lead.postRaw("/api/v1/notices", "{\"titleEn\":\"Nul\\u0000\",\"textEn\":\"Text\"}"),
            lead.post("/api/v1/notices", notice("info", "Backwards " + word, Map.of("from", now.toString(),
                "until", now.minus(Duration.ofHours(1)).toString()))),
            lead.post("/api/v1/notices", notice("catastrophe", "Unknown " + word, Map.of())),
            lead.post("/api/v1/notices", Map.of("titleNl", "Alleen een titel " + word, "titleEn", "T", "textEn", "x")),
            lead.post("/api/v1/notices", notice("info", "Far " + word, Map.of("until", "+20000-01-01T00:00:00Z"))),
            lead.post("/api/v1/notices", notice("info", "Sku " + word, Map.of("skus", List.of("S".repeat(65))))),
            lead.postRaw("/api/v1/notices", "{\"titleEn\":\"T\",\"textEn\":\"x\",\"skus\":[null]}"),
            lead.post("/api/v1/notices", notice("info", "Date " + word, Map.of("from", "gisteren"))));
        Api.Response missing = lead.post("/api/v1/notices/987654321/end", Map.of());

        for (Api.Response response : refused) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(refused.get(5).json().get("detail").asString()).contains("'until' must be after 'from'");
        assertThat(refused.get(6).json().get("detail").asString()).contains("info, warning or outage");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(lead.get("/api/v1/notices/987654321").status()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void postingANoticeTellsProactiveServiceWhomItConcerns() {
        Instant until = Instant.now().plus(Duration.ofDays(1));
        ServiceNotice posted = notices.post(new NoticeInput("warning", null, null, "Delay " + word, "Parcels late",
            null, until, List.of(" kk-esp-" + word, "")));

        assertThat(events.stream(ServiceNoticePosted.class)).singleElement().satisfies(event -> {
            assertThat(event.noticeId()).isEqualTo(posted.id());
            assertThat(event.severity()).isEqualTo(Severity.WARNING);
            assertThat(event.skus()).containsExactly("KK-ESP-" + word);
            assertThat(event.until()).isEqualTo(until);
        });
    }

    private long customerWhoOrdered(String sku) {
        long customer = lead.inbound("api", "notice-" + UUID.randomUUID() + "@voorbeeld.nl", "Hallo", null)
            .id("customerId");
        Api.Response order = lead.post("/api/v1/customers/" + customer + "/orders", Map.of("orderNumber",
            "KK-" + UUID.randomUUID(), "orderedAt", "2026-10-01T10:00:00Z", "currency", "EUR",
            "lines", List.of(Map.of("sku", sku, "name", "Product " + sku, "quantity", 1, "amount", "10.00"))));
        assertThat(order.status()).isEqualTo(201);
        return customer;
    }

    private static Map<String, Object> notice(String severity, String title, Map<String, Object> more) {
        Map<String, Object> notice = new HashMap<>(Map.of("severity", severity, "titleEn", title,
            "textEn", "Details of " + title, "titleNl", "NL " + title, "textNl", "Details van " + title));
        notice.putAll(more);
        return notice;
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM notice_notice").query(Long.class).single();
    }

    private static List<Long> ids(List<ServiceNotice> notices) {
        return notices.stream().map(ServiceNotice::id).toList();
    }
}
