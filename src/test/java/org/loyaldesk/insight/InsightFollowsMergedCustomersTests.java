package org.loyaldesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two records of one person merged: what insight knows of the duplicate now counts for the survivor. */
@LoyaldeskTest
class InsightFollowsMergedCustomersTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConversationSignals signals;

    Api api;
    long duplicate;
    long duplicateConversation;
    long survivor;

    @BeforeEach
    void twoRecordsOfOnePerson() {
        api = new Api(port);
        String run = UUID.randomUUID().toString();
        Api.Response fromWork = api.inbound("api", "werk-" + run + "@voorbeeld.nl", "Mijn bestelling is kapot aangekomen.",
            null);
        duplicate = fromWork.id("customerId");
        duplicateConversation = fromWork.id("conversationId");
        survivor = api.inbound("whatsapp", "thuis-" + run + "@voorbeeld.nl", "Hallo, een vraag over mijn account.", null)
            .id("customerId");
        await().atMost(Duration.ofSeconds(20)).until(() -> signals.of(duplicateConversation).isPresent());
    }

    @Test
    void theDuplicatesConversationReadingsCountForTheSurvivor() {
        merge();

        assertThat(signals.of(duplicateConversation).orElseThrow().customerId()).isEqualTo(survivor);
        assertThat(count("insight_conversation_signal", duplicate)).isZero();
    }

    @Test
    void recoveryActionsFollowTheMerge() {
        assertThat(api.post("/api/v1/conversations/" + duplicateConversation + "/recovery-actions",
            Map.of("kind", "apology", "note", "Excuses aangeboden")).status()).isEqualTo(201);

        merge();

        assertThat(api.get("/api/v1/conversations/" + duplicateConversation + "/recovery-actions").json()
            .findValuesAsString("customerId")).containsExactly(String.valueOf(survivor));
        assertThat(count("insight_recovery_action", duplicate)).isZero();
    }

    @Test
    void aChurnMarkOfTheDuplicateBecomesTheSurvivors() {
        assertThat(api.post("/api/v1/customers/" + duplicate + "/churned", Map.of("reason", "overgestapt")).status())
            .isEqualTo(200);

        merge();

        assertThat(count("insight_customer_churn", survivor)).isEqualTo(1);
        assertThat(count("insight_customer_churn", duplicate)).isZero();
    }

    @Test
    void theDuplicatesChurnRiskIsDroppedAndTheSurvivorsComputedAgain() {
        assertThat(api.get("/api/v1/customers/" + duplicate + "/churn-risk").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + survivor + "/churn-risk").status()).isEqualTo(200);
        Instant before = Instant.now();

        merge();

        assertThat(count("insight_customer_risk", duplicate)).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT computed_at FROM insight_customer_risk WHERE customer_id = ?").param(survivor)
            .query(Instant.class).single().isAfter(before));
    }

    private void merge() {
        assertThat(api.post("/api/v1/customers/" + survivor + "/merge", Map.of("duplicateId", duplicate)).status())
            .isEqualTo(200);
    }

    private long count(String table, long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?").param(customerId)
            .query(Long.class).single();
    }
}
